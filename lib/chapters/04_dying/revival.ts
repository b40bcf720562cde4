/**
 * What comes back: from the per-epoch census of a sweep's runs, per hidden layer, how often
 * the share of dead (or inactive) units ever fell from one census to the next, and how far
 * it fell from its peak by the end of training.
 *
 * Why the layers differ, for ReLU trained with plain SGD on a fixed training set: a
 * first-layer unit dead on every training input gets a gradient of exactly 0 on every
 * minibatch, and its inputs are the data, which never change, so it stays dead for good. A
 * deeper unit's inputs are the outputs of the layers below, which move as those layers
 * train, so a unit dead on the data today can receive a positive pre-activation tomorrow.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { EpochMetrics } from "../../lab/sweep.ts";
import type { Finding, FindingProfile } from "../../stats/finding.ts";
import { meanFinding } from "../../stats/row_findings.ts";

/** The census shares a sweep records per epoch and hidden layer. */
export type CensusShare = "deadFraction" | "inactiveFraction";

/** A run as {@linkcode layerRevival} reads it: its status and its per-epoch census. */
export interface CensusRun {
  /** Only completed runs are read. */
  readonly status: string;
  /** One entry per census (epoch 0 before training), each with per-layer shares. */
  readonly perEpoch: readonly EpochMetrics[];
}

/** What came back in one hidden layer (or all of them pooled), over runs. */
export interface LayerRevival {
  /** Hidden layer, 1 nearest the input, or `"all"` for every hidden unit pooled. */
  readonly layer: number | "all";
  /** Completed runs read. */
  readonly runs: number;
  /** Runs in which the share fell from one census to the next at least once. */
  readonly runsThatFell: number;
  /**
   * Share at the end minus the highest share during training, in points, mean over runs
   * with its bootstrap interval: 0 when nothing came back, negative when units did.
   */
  readonly change: Finding;
}

/** Per-layer and pooled revival of one set of runs. */
export interface RevivalFindings {
  /** The census share read. */
  readonly share: CensusShare;
  /** One entry per hidden layer, input side first. */
  readonly layers: readonly LayerRevival[];
  /** Every hidden unit pooled (the layers' mean share: the sweeps' layers are equally wide). */
  readonly pooled: LayerRevival;
}

/** Options of {@linkcode layerRevival}. */
export interface RevivalOptions {
  /** The profile the runs come from. */
  readonly profile: FindingProfile;
  /**
   * Labels that seed the bootstrap (with the layer), so that each finding has its own
   * generator, e.g. `["dying-lr", "relu", "3"]`.
   */
  readonly label: readonly string[];
}

/**
 * Reads per-layer revival off the per-epoch census of completed runs.
 *
 * @param runs Runs of one setting (diverged and failed ones are skipped).
 * @param share `"deadFraction"` or `"inactiveFraction"`.
 * @param options Profile and bootstrap label.
 * @returns Per layer and pooled: runs, runs in which the share fell, change from peak to end.
 * @throws {RangeError} If no run completed, or a run has no per-layer census of `share`.
 *
 * @example A second layer that revives, a first that cannot
 * ```ts
 * import { layerRevival } from "./revival.ts";
 * import { expect } from "chai";
 *
 * // Layer 1 stays at 25% dead; layer 2 rises to 50% and falls back to 25% or 37.5%.
 * const run = (last: number) => ({
 *   status: "completed",
 *   perEpoch: [[0.25, 0], [0.25, 0.5], [0.25, last]].map((deadFraction, epoch) => ({
 *     epoch,
 *     deadFraction,
 *   })),
 * });
 * const { layers } = layerRevival([run(0.25), run(0.375)], "deadFraction", {
 *   profile: "quick", label: ["example"],
 * });
 * expect(layers.map((l) => l.runsThatFell)).to.deep.equal([0, 2]);
 * expect(layers[1]!.change.value).to.be.closeTo(-0.1875, 1e-12);
 * ```
 */
export function layerRevival(
  runs: readonly CensusRun[],
  share: CensusShare,
  options: RevivalOptions,
): RevivalFindings {
  const curves = runs.filter((r) => r.status === "completed").map((run, i) =>
    run.perEpoch.map((epoch) => {
      const values = epoch[share];
      if (!Array.isArray(values) || values.some((v) => typeof v !== "number")) {
        throw new RangeError(
          `Expected runs[${i}].perEpoch to hold per-layer ${share} lists, received ${
            JSON.stringify(values)
          }`,
        );
      }
      return values as number[];
    })
  );
  if (curves.length === 0) {
    throw new RangeError(`Expected some completed runs, received none of ${runs.length}`);
  }
  const layerCount = curves[0]![0]!.length;
  const of = (pick: (census: number[]) => number, layer: number | "all"): LayerRevival => {
    const series = curves.map((curve) => curve.map(pick));
    const fell = series.filter((s) => s.some((v, t) => t > 0 && v < s[t - 1]!)).length;
    const rows = series.map((s) => ({ change: s.at(-1)! - Math.max(...s) }));
    const rng = new Rng(deriveSeed("revival", share, ...options.label, String(layer)));
    const { mean } = meanFinding(rows, "change", {
      rng,
      profile: options.profile,
      unit: "points",
    });
    return { layer, runs: series.length, runsThatFell: fell, change: mean };
  };
  return {
    share,
    layers: Array.from({ length: layerCount }, (_, l) => of((c) => c[l]!, l + 1)),
    pooled: of((c) => c.reduce((a, b) => a + b, 0) / c.length, "all"),
  };
}

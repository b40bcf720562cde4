/**
 * What chapter 5 measures in {@linkcode preluSlopes}: the slope PReLU learns per layer (one
 * per layer or one per unit) at each learning rate, over seeds, and the per-epoch slopes of
 * the runs the chapter draws.
 *
 * @module
 */

import type { ResultRow } from "../../lab/result_row.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import { mean } from "../../stats/summary.ts";
import type { PreluSlopesGrid, PreluSlopesMetric } from "./prelu_slopes.ts";

/** The rows of the prelu-slopes sweep. */
export type PreluSlopesRow = ResultRow<PreluSlopesGrid, PreluSlopesMetric>;

/** The learning rate whose slope curves the chapter draws. */
export const SLOPE_CURVE_LR = 0.1;

/** Final slopes of one layer over the seeds that did not diverge. */
export interface LayerSlopes {
  /** `"prelu"` (one slope per layer) or `"prelu_per_unit"` (the layer's mean slope). */
  readonly activation: string;
  /** The SGD step size. */
  readonly learningRate: number;
  /** Hidden layer, 1 nearest the input. */
  readonly layer: number;
  /** Runs that did not diverge. */
  readonly seeds: number;
  /** Runs that diverged. */
  readonly diverged: number;
  /** Mean, lowest and highest final slope over those seeds; `null` without any. */
  readonly slope: { readonly mean: number; readonly low: number; readonly high: number } | null;
}

/** One seed's slope of one layer after every epoch (epoch 0: the initial 0.25). */
export interface SlopeCurve {
  /** The run's replicate index. */
  readonly replicate: number;
  /** Hidden layer, 1 nearest the input. */
  readonly layer: number;
  /** The slope per epoch, epoch 0 first. */
  readonly slopes: readonly number[];
}

/** Chapter 5's PReLU findings from one profile. */
export interface PreluFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Every sharing, learning rate and layer. */
  readonly layers: readonly LayerSlopes[];
  /** The shared-slope runs at {@linkcode SLOPE_CURVE_LR}, per seed and layer. */
  readonly curves: readonly SlopeCurve[];
}

/**
 * Computes chapter 5's PReLU findings from the prelu-slopes rows of one profile.
 *
 * @param rows The prelu-slopes rows.
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { preluFindings } from "./prelu_findings.ts";
 * import { preluSlopes } from "./prelu_slopes.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = preluFindings((await committedResults(preluSlopes)).rows, "full");
 * expect(findings.curves[0]!.slopes[0]).to.equal(0.25);
 * expect(findings.layers.find((l) => l.learningRate === 1)!.seeds).to.equal(0);
 * ```
 */
export function preluFindings(
  rows: readonly PreluSlopesRow[],
  profile: FindingProfile,
): PreluFindings {
  const activations = [...new Set(rows.map((r) => r.activation))];
  const rates = [...new Set(rows.map((r) => r.learningRate))].sort((a, b) => a - b);
  const slopesOf = (row: PreluSlopesRow, epoch: number) => row.perEpoch[epoch]!.slope as number[];
  const layerCount = rows.length === 0 ? 0 : slopesOf(rows[0]!, 0).length;
  const layers = activations.flatMap((activation) =>
    rates.flatMap((learningRate) => {
      const own = rows.filter((r) =>
        r.activation === activation && r.learningRate === learningRate
      );
      const done = own.filter((r) => r.status === "completed");
      return Array.from({ length: layerCount }, (_, l): LayerSlopes => {
        const final = done.map((r) => slopesOf(r, r.perEpoch.length - 1)[l]!);
        return {
          activation,
          learningRate,
          layer: l + 1,
          seeds: done.length,
          diverged: own.length - done.length,
          slope: final.length === 0
            ? null
            : { mean: mean(final), low: Math.min(...final), high: Math.max(...final) },
        };
      });
    })
  );
  const curves = rows
    .filter((r) =>
      r.activation === "prelu" && r.learningRate === SLOPE_CURVE_LR && r.status === "completed"
    )
    .flatMap((r) =>
      Array.from({ length: layerCount }, (_, l) => ({
        replicate: r.replicate,
        layer: l + 1,
        slopes: r.perEpoch.map((e) => (e.slope as number[])[l]!),
      }))
    );
  return { profile, layers, curves };
}

/**
 * The largest difference, at every epoch both have, between the slope curves of a quick
 * run and the full profile's for the same seeds: 0 when the committed results reproduce.
 *
 * @param quick Findings of a quick run.
 * @param full Findings of the full profile.
 * @returns The largest absolute difference, and how many curves were compared.
 * @throws {RangeError} If no curve is in both.
 *
 * @example The full profile against itself
 * ```ts
 * import { preluFindings, slopeCurveGap } from "./prelu_findings.ts";
 * import { preluSlopes } from "./prelu_slopes.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const full = preluFindings((await committedResults(preluSlopes)).rows, "full");
 * expect(slopeCurveGap(full, full).gap).to.equal(0);
 * ```
 */
export function slopeCurveGap(
  quick: PreluFindings,
  full: PreluFindings,
): { readonly gap: number; readonly curves: number; readonly epochs: number } {
  let gap = 0, curves = 0, epochs = 0;
  for (const q of quick.curves) {
    const f = full.curves.find((c) => c.replicate === q.replicate && c.layer === q.layer);
    if (f === undefined) continue;
    curves++;
    epochs = Math.min(q.slopes.length, f.slopes.length) - 1;
    for (let e = 0; e <= epochs; e++) gap = Math.max(gap, Math.abs(q.slopes[e]! - f.slopes[e]!));
  }
  if (curves === 0) {
    throw new RangeError(
      "Expected curves of the same seeds in both findings, received none in common",
    );
  }
  return { gap, curves, epochs };
}

/**
 * What chapter 3 measures, as findings. At initialisation (`gradients-at-init`), per
 * depth, initialisation and activation: how much of the last hidden layer's gradient
 * reaches the first (the RMS of ∂loss/∂z, and the weight-gradient norm), as geometric
 * means over seeds; the share of ∂loss/∂z entries that are exactly 0; the smallest nonzero
 * entry; and the depth at which the geometric mean falls below {@linkcode VANISHING_LEVEL}.
 * Over training (`gradients-training`): the mean test accuracy, how many seeds trained
 * (reached 90%), and how many runs' first hidden→hidden layer got no gradient at all in
 * some epoch.
 *
 * Each initialisation finding draws its resamples from its own generator, seeded by what it
 * measures, so that adding depths to the sweep leaves every other finding's interval as it
 * was. The training accuracies are drawn as the chapter has always drawn them (one
 * generator, seed 4, over the groups in order), so they keep their committed values.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import { describe } from "../../core/_validate.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import { crossingWithCI } from "../../stats/crossing.ts";
import { Finding, type FindingProfile } from "../../stats/finding.ts";
import { meanFinding } from "../../stats/row_findings.ts";
import { summarize } from "../../stats/results_table.ts";
import { powerOfTen } from "../01_relu/powers_of_ten.ts";
import { DEPTH_ACTIVATIONS } from "./deep_nets.ts";
import type { DepthGrid, DepthTrainingGrid, DepthTrainingMetric } from "./gradient_sweeps.ts";
import { geometricMeanFinding, type RatioFinding } from "./ratio_finding.ts";
import type { UnderflowRow } from "./underflow.ts";

/** The rows of `gradients-at-init`. */
export type InitRow = ResultRow<
  DepthGrid,
  "deltaRatio" | "weightRatio" | "exactZeros" | "smallestGrad"
>;

/** The rows of `gradients-training`. */
export type TrainingRow = ResultRow<DepthTrainingGrid, DepthTrainingMetric>;

/** The share of the last hidden layer's gradient below which the chapter calls it vanished. */
export const VANISHING_LEVEL = 1e-3;

/** {@linkcode VANISHING_LEVEL} as the chapter writes it: `10⁻³`. */
export const VANISHING_TEXT: string = powerOfTen(VANISHING_LEVEL, 1).replace(/^1 × /, "");

/** Test accuracy from which a run counts as trained. */
export const TRAINED_ACCURACY = 0.9;

/** The initialisations the chapter compares, in the order it shows them. */
export const INITS: readonly string[] = ["he", "xavier"];

/** One setting of depth, initialisation and activation. */
export interface DepthSetting {
  /** Hidden layers. */
  readonly depth: number;
  /** `"he"` or `"xavier"`. */
  readonly init: string;
  /** The hidden activation, e.g. `"relu"`. */
  readonly activation: string;
}

/** The gradient of one setting at initialisation, over seeds. */
export interface InitGroup extends DepthSetting {
  /** Runs. */
  readonly runs: number;
  /** RMS of ∂loss/∂z at the first hidden layer over that at the last (geometric mean). */
  readonly deltaRatio: RatioFinding;
  /** Weight-gradient norm of the first hidden→hidden layer over the last's (geometric mean). */
  readonly weightRatio: RatioFinding;
  /** Median over seeds of the last hidden→hidden layer's weight-gradient norm. */
  readonly lastWeightNorm: number;
  /** Mean share of ∂loss/∂z entries, over all hidden layers, that are exactly 0. */
  readonly exactZeros: Finding;
  /** Smallest nonzero |∂loss/∂z| of any hidden layer of any seed. */
  readonly smallestGrad: number;
}

/** Where a setting's geometric-mean ratio, over depth, falls below a level. */
export interface DepthCrossing {
  /** `"he"` or `"xavier"`. */
  readonly init: string;
  /** The activation. */
  readonly activation: string;
  /** The level, e.g. 1e-3. */
  readonly level: number;
  /**
   * `"crossed"` between two measured depths, `"never"` within them, or `"at once"`: already
   * below the level at the shallowest depth measured, so the crossing is not located.
   */
  readonly status: "crossed" | "never" | "at once";
  /** The depth where the mean log-ratio, interpolated linearly between depths, reaches the level; `null` unless crossed. */
  readonly depth: number | null;
  /** Lower end of its 95% bootstrap interval (resampling seeds); `null` if not crossed. */
  readonly low: number | null;
  /** Upper end; `null` if not crossed or if some resamples never cross within the depths measured. */
  readonly high: number | null;
  /** The first measured depth whose geometric mean is below the level, or `null`. */
  readonly firstBelow: number | null;
  /** Seeds. */
  readonly seeds: number;
  /** The profile. */
  readonly profile: FindingProfile;
  /** The shallowest and deepest depths measured. */
  readonly measured: readonly [number, number];
}

/** Chapter 3's findings at initialisation, from one profile of `gradients-at-init`. */
export interface InitFindings {
  /** The profile. */
  readonly profile: FindingProfile;
  /** Seeds per setting. */
  readonly seeds: number;
  /** The depths measured, ascending. */
  readonly depths: readonly number[];
  /** One group per setting, by depth, then initialisation, then activation. */
  readonly groups: readonly InitGroup[];
  /** Per initialisation and activation, where the ratio falls below {@linkcode VANISHING_LEVEL}. */
  readonly crossings: readonly DepthCrossing[];
  /** The rows (per-layer gradients of every run, for the figures). */
  readonly rows: readonly InitRow[];
}

/** One setting over training, over seeds. */
export interface TrainingGroup extends DepthSetting {
  /** Runs. */
  readonly runs: number;
  /** Mean final test accuracy. */
  readonly accuracy: Finding;
  /** Runs that reached {@linkcode TRAINED_ACCURACY}. */
  readonly trained: number;
  /** Runs whose first hidden→hidden layer got a weight gradient of exactly 0 in some recorded epoch. */
  readonly zeroed: number;
}

/** Chapter 3's findings over training, from one profile of `gradients-training`. */
export interface TrainingFindings {
  /** The profile. */
  readonly profile: FindingProfile;
  /** Seeds per setting. */
  readonly seeds: number;
  /** Epochs of training. */
  readonly epochs: number;
  /** Runs that did not complete. */
  readonly incomplete: number;
  /** One group per setting, in the order of the sweep's rows. */
  readonly groups: readonly TrainingGroup[];
  /** The rows (per-epoch curves of every run, for the figures). */
  readonly rows: readonly TrainingRow[];
}

/** All of chapter 3's findings. */
export interface GradientFindings {
  /** At initialisation. */
  readonly init: InitFindings;
  /** Over training. */
  readonly training: TrainingFindings;
  /** Sigmoid networks 20 to 100 layers deep in float32 (seed 1, exact: no interval). */
  readonly underflow: readonly UnderflowRow[];
}

/**
 * Computes the findings at initialisation from the rows of one profile.
 *
 * @param rows The rows of `gradients-at-init`.
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { initFindings, initGroup } from "./findings.ts";
 * import { gradientsAtInitSweep } from "./gradient_sweeps.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = initFindings((await committedResults(gradientsAtInitSweep)).rows, "full");
 * expect(initGroup(findings, 20, "xavier", "sigmoid").deltaRatio.value).to.be.below(1e-10);
 * ```
 */
export function initFindings(rows: readonly InitRow[], profile: FindingProfile): InitFindings {
  const depths = [...new Set(rows.map((r) => r.depth))].sort((a, b) => a - b);
  const groups = depths.flatMap((depth) =>
    INITS.flatMap((init) =>
      DEPTH_ACTIVATIONS.flatMap((activation): InitGroup[] => {
        const own = rows.filter((r) =>
          r.depth === depth && r.init === init && r.activation === activation
        );
        if (own.length === 0) return [];
        const label = [String(depth), init, activation];
        const norms = own.map((r) => (r.perEpoch[0]!.weightNorm as number[])[depth - 1]!);
        const rng = new Rng(deriveSeed("gradients", "exactZeros", ...label));
        return [{
          depth,
          init,
          activation,
          runs: own.length,
          deltaRatio: geometricMeanFinding(own, "deltaRatio", profile, ["deltaRatio", ...label]),
          weightRatio: geometricMeanFinding(own, "weightRatio", profile, ["weightRatio", ...label]),
          lastWeightNorm: _median(norms),
          exactZeros: meanFinding(own, "exactZeros", { rng, profile, digits: 1 }).mean,
          smallestGrad: Math.min(...own.map((r) => r.smallestGrad!)),
        }];
      })
    )
  );
  const crossings = INITS.flatMap((init) =>
    DEPTH_ACTIVATIONS.map((activation) => _crossing(rows, init, activation, profile))
  );
  return { profile, seeds: groups[0]!.runs, depths, groups, crossings, rows };
}

/**
 * Computes the findings over training from the rows of one profile.
 *
 * @param rows The rows of `gradients-training`.
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { trainingFindings, trainingGroup } from "./findings.ts";
 * import { gradientsTrainingSweep } from "./gradient_sweeps.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = trainingFindings((await committedResults(gradientsTrainingSweep)).rows, "full");
 * expect(trainingGroup(findings, 20, "he", "relu").trained).to.equal(10);
 * ```
 */
export function trainingFindings(
  rows: readonly TrainingRow[],
  profile: FindingProfile,
): TrainingFindings {
  const accuracies = summarize(rows, {
    groupBy: ["depth", "init", "activation"],
    metric: "testAccuracy",
    rng: new Rng(4),
  });
  const groups = accuracies.map((s): TrainingGroup => {
    const own = rows.filter((r) =>
      r.depth === s.depth && r.init === s.init && r.activation === s.activation
    );
    return {
      depth: s.depth as number,
      init: s.init as string,
      activation: s.activation as string,
      runs: own.length,
      accuracy: Finding.of(s, { profile }),
      trained: own.filter((r) => r.testAccuracy !== null && r.testAccuracy >= TRAINED_ACCURACY)
        .length,
      zeroed: own.filter((r) => r.perEpoch.some((e) => e.weightFirst === 0)).length,
    };
  });
  return {
    profile,
    seeds: groups[0]!.runs,
    epochs: rows[0]!.epochs,
    incomplete: rows.filter((r) => r.status !== "completed").length,
    groups,
    rows,
  };
}

/**
 * One setting's findings at initialisation.
 *
 * @param findings The findings at initialisation.
 * @param depth Hidden layers.
 * @param init `"he"` or `"xavier"`.
 * @param activation The activation.
 * @returns The group.
 * @throws {RangeError} If the findings have no such setting.
 *
 * @example
 * ```ts
 * import { initFindings, initGroup } from "./findings.ts";
 * import { gradientsAtInitSweep } from "./gradient_sweeps.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = initFindings((await committedResults(gradientsAtInitSweep)).rows, "full");
 * expect(initGroup(findings, 20, "he", "relu").exactZeros.value).to.be.within(0.4, 0.6);
 * expect(() => initGroup(findings, 21, "he", "relu")).to.throw(RangeError, /depth 21/);
 * ```
 */
export function initGroup(
  findings: InitFindings,
  depth: number,
  init: string,
  activation: string,
): InitGroup {
  return _find(findings.groups, { depth, init, activation });
}

/**
 * One setting's findings over training.
 *
 * @param findings The findings over training.
 * @param depth Hidden layers.
 * @param init `"he"` or `"xavier"`.
 * @param activation The activation.
 * @returns The group.
 * @throws {RangeError} If the findings have no such setting.
 *
 * @example
 * ```ts
 * import { trainingFindings, trainingGroup } from "./findings.ts";
 * import { gradientsTrainingSweep } from "./gradient_sweeps.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = trainingFindings((await committedResults(gradientsTrainingSweep)).rows, "full");
 * expect(trainingGroup(findings, 20, "xavier", "sigmoid").trained).to.equal(0);
 * ```
 */
export function trainingGroup(
  findings: TrainingFindings,
  depth: number,
  init: string,
  activation: string,
): TrainingGroup {
  return _find(findings.groups, { depth, init, activation });
}

/**
 * Where one initialisation and activation's ratio falls below the level.
 *
 * @param findings The findings at initialisation.
 * @param init `"he"` or `"xavier"`.
 * @param activation The activation.
 * @returns The crossing.
 * @throws {RangeError} If the findings have no such pair.
 *
 * @example
 * ```ts
 * import { crossingOf, initFindings } from "./findings.ts";
 * import { gradientsAtInitSweep } from "./gradient_sweeps.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = initFindings((await committedResults(gradientsAtInitSweep)).rows, "full");
 * expect(crossingOf(findings, "he", "tanh").status).to.equal("never");
 * ```
 */
export function crossingOf(
  findings: InitFindings,
  init: string,
  activation: string,
): DepthCrossing {
  const found = findings.crossings.find((c) => c.init === init && c.activation === activation);
  if (found === undefined) {
    throw new RangeError(
      `Expected an init and activation the chapter measured, received ${describe(init)} and ${
        describe(activation)
      }`,
    );
  }
  return found;
}

/**
 * A crossing as prose: the depth with its interval, seeds and profile.
 *
 * @param crossing A crossing from the findings.
 * @returns E.g. `"depth 6.9 (95% CI 6.8 to 7.1; 30 seeds, full profile)"`, or why there is none.
 *
 * @example
 * ```ts
 * import { crossingText } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const crossing = {
 *   init: "he", activation: "sigmoid", level: 1e-3, status: "crossed", depth: 6.94, low: 6.81,
 *   high: 7.12, firstBelow: 7, seeds: 30, profile: "full", measured: [2, 20],
 * } as const;
 * expect(crossingText(crossing)).to.equal("depth 6.9 (95% CI 6.8 to 7.1; 30 seeds, full profile)");
 * ```
 */
export function crossingText(crossing: DepthCrossing): string {
  const source = `${crossing.seeds} seeds, ${crossing.profile} profile`;
  const [shallowest, deepest] = crossing.measured;
  if (crossing.status === "never") {
    return `not within depths ${shallowest} to ${deepest} (${source})`;
  }
  if (crossing.status === "at once") return `already at depth ${shallowest} (${source})`;
  const high = crossing.high === null
    ? `beyond ${deepest}, the deepest measured`
    : crossing.high.toFixed(1);
  return `depth ${crossing.depth!.toFixed(1)} (95% CI ${
    crossing.low!.toFixed(1)
  } to ${high}; ${source})`;
}

function _crossing(
  rows: readonly InitRow[],
  init: string,
  activation: string,
  profile: FindingProfile,
): DepthCrossing {
  const own = rows.filter((r) => r.init === init && r.activation === activation);
  const depths = [...new Set(own.map((r) => r.depth))].sort((a, b) => a - b);
  const measured = [depths[0]!, depths.at(-1)!] as const;
  // Falling below the level is the mean of −log₁₀(ratio) rising above −log₁₀(level).
  const logs = own.map((r) => ({
    replicate: r.replicate,
    depth: r.depth,
    vanished: r.deltaRatio === null ? null : -Math.log10(r.deltaRatio),
  }));
  const level = -Math.log10(VANISHING_LEVEL);
  const rng = new Rng(deriveSeed("gradients", "crossing", init, activation));
  const c = crossingWithCI(logs, { x: "depth", metric: "vanished", level, rng });
  const geometric = depths.map((depth) => {
    const at = logs.filter((r) => r.depth === depth && r.vanished !== null);
    return at.reduce((s, r) => s + r.vanished!, 0) / at.length;
  });
  const first = geometric.findIndex((v) => v >= level);
  const status = c.estimate === null ? "never" : c.estimate === measured[0] ? "at once" : "crossed";
  const crossed = status === "crossed";
  return {
    init,
    activation,
    level: VANISHING_LEVEL,
    status,
    depth: crossed ? c.estimate : null,
    low: crossed ? c.low : null,
    high: crossed ? c.high : null,
    firstBelow: first < 0 ? null : depths[first]!,
    seeds: c.seeds,
    profile,
    measured,
  };
}

function _find<G extends DepthSetting>(groups: readonly G[], key: DepthSetting): G {
  const found = groups.find((g) =>
    g.depth === key.depth && g.init === key.init && g.activation === key.activation
  );
  if (found === undefined) {
    throw new RangeError(
      `Expected a setting the chapter measured, received depth ${key.depth}, ` +
        `${describe(key.init)}, ${describe(key.activation)}`,
    );
  }
  return found;
}

function _median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b), mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

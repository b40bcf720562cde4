/**
 * What chapter 4 measures in the ReLU runs of {@linkcode dyingLr}, as findings: per
 * learning rate the share of hidden units dead after training and the test accuracy; the
 * learning rate at which dying takes off; at the demonstration rate, how many units die in
 * the first epoch; and, per learning rate and layer, what comes back.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import { bootstrapCI } from "../../stats/bootstrap.ts";
import { crossingWithCI } from "../../stats/crossing.ts";
import { Finding, type FindingProfile } from "../../stats/finding.ts";
import { type MeanFinding, meanFinding } from "../../stats/row_findings.ts";
import { mean } from "../../stats/summary.ts";
import type { CensusMetric } from "../_shared/census_training.ts";
import type { DyingLrGrid } from "./dying_lr.ts";
import { layerRevival, type RevivalFindings } from "./revival.ts";

/** The rows of the dying-lr sweep. */
export type DyingLrRow = ResultRow<DyingLrGrid, CensusMetric>;

/**
 * The mean of one metric over one activation's runs at one learning rate of dying-lr, with
 * its bootstrap interval from a generator seeded by exactly these four: the one way
 * chapters 4 and 5 compute it, so that both quote ReLU's numbers with the same interval.
 *
 * @param rows The dying-lr rows.
 * @param activation The hidden activation, e.g. `"relu"`.
 * @param learningRate The learning rate.
 * @param metric The metric, e.g. `"deadFraction"`.
 * @param profile The profile the rows come from.
 * @returns The mean over the runs that have a value, or `null` if none has (all diverged).
 *
 * @example
 * ```ts
 * import { dyingLrMean } from "./lr_findings.ts";
 * import { dyingLr } from "./dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const { rows } = await committedResults(dyingLr);
 * expect(dyingLrMean(rows, "relu", 3, "deadFraction", "full")!.mean.short).to.equal("53.4%");
 * expect(dyingLrMean(rows, "prelu", 3, "testAccuracy", "full")).to.equal(null);
 * ```
 */
export function dyingLrMean(
  rows: readonly DyingLrRow[],
  activation: string,
  learningRate: number,
  metric: CensusMetric,
  profile: FindingProfile,
): MeanFinding | null {
  const own = rows.filter((r) => r.activation === activation && r.learningRate === learningRate);
  if (!own.some((r) => r[metric] !== null)) return null;
  const rng = new Rng(deriveSeed("dying-lr", activation, metric, String(learningRate)));
  return meanFinding(own, metric, { rng, profile });
}

/** The learning rate chapter 4 (and 5) watches epoch by epoch: just above the threshold. */
export const DEMO_LR = 3;

/** One learning rate's outcome for ReLU, over seeds. */
export interface LrPoint {
  /** The SGD step size. */
  readonly learningRate: number;
  /** Share of hidden units dead on the training inputs after training. */
  readonly dead: MeanFinding;
  /** Test accuracy after training. */
  readonly accuracy: MeanFinding;
  /** What came back, per layer (from the per-epoch census). */
  readonly revival: RevivalFindings;
}

/** The census at {@linkcode DEMO_LR}, epoch by epoch. */
export interface DemoCensus {
  /** The learning rate. */
  readonly learningRate: number;
  /** Share of hidden units dead after the first epoch (the share at the end is the point's `dead`). */
  readonly afterFirstEpoch: Finding;
  /** Share of the first hidden layer dead after the last epoch. */
  readonly firstLayerAtEnd: Finding;
  /** The first epoch's share of the final deaths: mean after epoch 1 over mean at the end. */
  readonly firstEpochShare: Finding;
}

/** Chapter 4's findings from the ReLU runs of one profile of dying-lr. */
export interface LrFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Seeds per learning rate. */
  readonly seeds: number;
  /** One point per learning rate, ascending. */
  readonly points: readonly LrPoint[];
  /** The dead share that names the threshold. */
  readonly level: number;
  /**
   * The learning rate at which the mean dead share first reaches `level` (interpolated on
   * the log axis), with its bootstrap interval over seeds; without an interval when an end
   * lies beyond the grid, `null` when the mean never gets there.
   */
  readonly threshold: Finding | null;
  /** The census at {@linkcode DEMO_LR}, if the profile has it. */
  readonly demo: DemoCensus | null;
}

/** Options of {@linkcode lrFindings}. */
export interface LrFindingsOptions {
  /**
   * The dead share whose crossing names the threshold.
   * @default 0.25
   */
  readonly level?: number;
}

/**
 * Computes chapter 4's learning-rate findings from the rows of one profile (ReLU only;
 * the other activations are chapter 5's). Every interval has its own generator, seeded by
 * what it measures.
 *
 * @param rows The dying-lr rows.
 * @param profile The profile they come from.
 * @param options The threshold's level.
 * @returns The findings.
 * @throws {RangeError} If the rows hold no ReLU run.
 *
 * @example From the committed full profile
 * ```ts
 * import { lrFindings } from "./lr_findings.ts";
 * import { dyingLr } from "./dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = lrFindings((await committedResults(dyingLr)).rows, "full");
 * expect(findings.points).to.have.length(10);
 * expect(findings.threshold!.value).to.be.within(2, 3);
 * ```
 */
export function lrFindings(
  rows: readonly DyingLrRow[],
  profile: FindingProfile,
  options: LrFindingsOptions = {},
): LrFindings {
  const { level = 0.25 } = options;
  const relu = rows.filter((r) => r.activation === "relu");
  if (relu.length === 0) {
    throw new RangeError(`Expected some ReLU runs among the rows, received ${rows.length} others`);
  }
  const rates = [...new Set(relu.map((r) => r.learningRate))].sort((a, b) => a - b);
  const rng = (...label: string[]) => new Rng(deriveSeed("dying-lr", "relu", ...label));
  const points = rates.map((learningRate): LrPoint => {
    const own = relu.filter((r) => r.learningRate === learningRate);
    const at = String(learningRate);
    return {
      learningRate,
      dead: dyingLrMean(relu, "relu", learningRate, "deadFraction", profile)!,
      accuracy: dyingLrMean(relu, "relu", learningRate, "testAccuracy", profile)!,
      revival: layerRevival(own, "deadFraction", { profile, label: ["dying-lr", "relu", at] }),
    };
  });
  const crossing = crossingWithCI(relu, {
    x: "learningRate",
    metric: "deadFraction",
    level,
    logX: true,
    rng: rng("threshold", String(level)),
  });
  const seeds = crossing.seeds;
  const threshold = crossing.estimate === null ? null : new Finding({
    value: crossing.estimate,
    ...(crossing.low !== null && crossing.high !== null &&
      { interval: [crossing.low, crossing.high] as const }),
    n: seeds,
    profile,
    unit: "number",
    digits: 2,
  });
  const demoRows = relu.filter((r) => r.learningRate === DEMO_LR && r.status === "completed");
  return {
    profile,
    seeds,
    points,
    level,
    threshold,
    demo: demoRows.length < 2 ? null : _demoCensus(demoRows, profile),
  };
}

/**
 * One learning rate's point.
 *
 * @param findings The learning-rate findings.
 * @param learningRate A learning rate of the grid.
 * @returns Its point.
 * @throws {RangeError} If the grid has no such learning rate; the message lists them.
 *
 * @example
 * ```ts
 * import { lrFindings, lrPoint } from "./lr_findings.ts";
 * import { dyingLr } from "./dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = lrFindings((await committedResults(dyingLr)).rows, "full");
 * expect(lrPoint(findings, 0.1).dead.mean.value).to.be.below(0.1);
 * expect(() => lrPoint(findings, 7)).to.throw(RangeError, /0.03, 0.1/);
 * ```
 */
export function lrPoint(findings: LrFindings, learningRate: number): LrPoint {
  const point = findings.points.find((p) => p.learningRate === learningRate);
  if (point === undefined) {
    throw new RangeError(
      `Expected learningRate to be one of ${
        findings.points.map((p) => p.learningRate).join(", ")
      }, received ${learningRate}`,
    );
  }
  return point;
}

function _demoCensus(rows: readonly DyingLrRow[], profile: FindingProfile): DemoCensus {
  const rng = (label: string) => new Rng(deriveSeed("dying-lr", "relu", "demo", label));
  const pooled = (row: DyingLrRow, epoch: number) =>
    mean(row.perEpoch[epoch]!.deadFraction as number[]);
  const last = rows[0]!.perEpoch.length - 1;
  const early = rows.map((r) => pooled(r, 1)), late = rows.map((r) => pooled(r, last));
  const first = rows.map((r) => (r.perEpoch[last]!.deadFraction as number[])[0]!);
  const share = (values: readonly number[], label: string) =>
    meanFinding(values.map((value) => ({ value })), "value", { rng: rng(label), profile }).mean;
  const ratio = (sample: readonly number[]) =>
    mean(sample.map((i) => early[i]!)) / mean(sample.map((i) => late[i]!));
  const indices = rows.map((_, i) => i);
  const ci = bootstrapCI(indices, { rng: rng("first-epoch-share"), statistic: ratio });
  return {
    learningRate: DEMO_LR,
    afterFirstEpoch: share(early, "after-first-epoch"),
    firstLayerAtEnd: share(first, "first-layer-at-end"),
    firstEpochShare: new Finding({
      value: ci.estimate,
      interval: [ci.low, ci.high],
      n: rows.length,
      profile,
      digits: 0,
    }),
  };
}

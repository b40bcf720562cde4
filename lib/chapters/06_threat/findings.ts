/**
 * What chapter 6 measures, as findings: per initial bias, the units dead at birth and
 * after training and the accuracy; per width and learning rate, the units dead and the
 * accuracy, where units dead on the training data still fire, what pruning them changes
 * and how often a whole layer dies; how many dead units new data brings back; and why its
 * learning-rate-3 network loses fewer units than chapter 4's. Every mean has a bootstrap
 * interval over seeds that depends only on the runs it summarises (`runMean`), so a number
 * that appears in two places has one interval.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import { describe } from "../../core/_validate.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import { perEpochRows } from "../../lab/per_epoch_rows.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import type { MeanFinding, PairedFinding } from "../../stats/row_findings.ts";
import { summarize, type SummaryRow } from "../../stats/results_table.ts";
import { runMean, runPaired } from "../_shared/run_findings.ts";
import type { CensusMetric } from "../_shared/census_training.ts";
import { dyingLr, type DyingLrGrid } from "../04_dying/dying_lr.ts";
import { WIDTH_TRAINING_POINTS, widthSweep } from "./width.ts";
import type { InitialBiasGrid, InitialBiasMetric } from "./initial_bias.ts";
import { type RevivalGrid, type RevivalMetric, revivalSweep } from "./revival.ts";
import {
  type DeadElsewhereTotals,
  deadElsewhereTotals,
  type PruningCheck,
  pruningCheck,
  type WidthRow,
} from "./width_summary.ts";

/** Training points of chapter 4's dying-lr runs: `circlesTask`'s default, which it uses. */
export const CHAPTER4_TRAINING_POINTS = 1000;

/** A run of the threat-bias sweep. */
export type BiasRow = ResultRow<InitialBiasGrid, InitialBiasMetric>;

/** A run of the threat-revival sweep. */
export type RevivalRow = ResultRow<RevivalGrid, RevivalMetric>;

/** A run of chapter 4's dying-lr sweep. */
export type DyingLrRow = ResultRow<DyingLrGrid, CensusMetric>;

/** One initial bias at one learning rate, over seeds. */
export interface BiasOutcome {
  /** The constant initial bias of every hidden unit. */
  readonly bias: number;
  /** The SGD step size. */
  readonly learningRate: number;
  /** Runs, diverged ones included. */
  readonly runs: number;
  /** Share of hidden units dead on the training inputs at initialisation. */
  readonly deadAtInit: MeanFinding;
  /** Share dead after training. */
  readonly dead: MeanFinding;
  /** Test accuracy after training. */
  readonly accuracy: MeanFinding;
}

/** Chapter 6's findings on initial biases, from one profile of the threat-bias sweep. */
export interface BiasFindings {
  /** The profile the runs come from. */
  readonly profile: FindingProfile;
  /** Seeds per setting. */
  readonly seeds: number;
  /** Epochs of training. */
  readonly epochs: number;
  /** Every bias and learning rate, in ascending order of bias, then of learning rate. */
  readonly outcomes: readonly BiasOutcome[];
}

/**
 * Computes the initial-bias findings from the runs of one profile. The share dead at birth
 * does not depend on the learning rate (the same seeds draw the same weights), so both
 * learning rates quote one value with one interval.
 *
 * @param rows Runs of `initialBiasSweep`.
 * @param profile Their profile.
 * @returns The findings.
 *
 * @example
 * ```ts
 * import { biasFindings, biasOutcome } from "./findings.ts";
 * import { initialBiasSweep } from "./initial_bias.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = biasFindings((await committedResults(initialBiasSweep)).rows, "full");
 * const atMinusOne = (learningRate: number) => biasOutcome(findings, { bias: -1, learningRate });
 * expect(atMinusOne(0.3).deadAtInit.mean).to.deep.equal(atMinusOne(2).deadAtInit.mean);
 * ```
 */
export function biasFindings(rows: readonly BiasRow[], profile: FindingProfile): BiasFindings {
  const outcomes = _settings(rows, ["bias", "learningRate"]).map(([bias, learningRate]) => {
    const own = rows.filter((r) => r.bias === bias && r.learningRate === learningRate);
    const mean = (metric: InitialBiasMetric, digits: number) =>
      runMean(own, metric, { profile, digits });
    return {
      bias,
      learningRate,
      runs: own.length,
      deadAtInit: mean("deadAtInit", 0),
      dead: mean("deadFraction", 0),
      accuracy: mean("testAccuracy", 1),
    };
  });
  return { profile, seeds: _seeds(rows), epochs: rows[0]?.epochs ?? 0, outcomes };
}

/**
 * One initial bias at one learning rate.
 *
 * @param findings The initial-bias findings.
 * @param setting The bias and learning rate.
 * @returns Its outcome.
 * @throws {RangeError} If the findings have no such setting.
 *
 * @example
 * ```ts
 * import { biasFindings, biasOutcome } from "./findings.ts";
 * import { initialBiasSweep } from "./initial_bias.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = biasFindings((await committedResults(initialBiasSweep)).rows, "full");
 * expect(biasOutcome(findings, { bias: 0, learningRate: 2 }).runs).to.equal(20);
 * ```
 */
export function biasOutcome(
  findings: BiasFindings,
  setting: { readonly bias: number; readonly learningRate: number },
): BiasOutcome {
  return _find(findings.outcomes, setting, "bias and learning rate");
}

/** One width at one learning rate, over seeds. */
export interface WidthOutcome {
  /** Units in each of the two hidden layers. */
  readonly width: number;
  /** The SGD step size. */
  readonly learningRate: number;
  /** Runs, diverged ones included. */
  readonly runs: number;
  /** Share of hidden units dead on the training inputs after training. */
  readonly dead: MeanFinding;
  /** Test accuracy. */
  readonly accuracy: MeanFinding;
}

/** How often one width lost a whole hidden layer, over every learning rate. */
export interface DeadLayerCount {
  /** Units per hidden layer. */
  readonly width: number;
  /** Completed runs. */
  readonly runs: number;
  /** Runs with a hidden layer whose every unit is dead. */
  readonly withDeadLayer: number;
  /** Their test accuracy, or null if there are none. */
  readonly accuracyWithDeadLayer: MeanFinding | null;
  /** The other runs' test accuracy, or null if there are none. */
  readonly accuracyOtherwise: MeanFinding | null;
}

/** Chapter 6's findings on width, from one profile of the threat-width sweep. */
export interface WidthFindings {
  /** The profile the runs come from. */
  readonly profile: FindingProfile;
  /** Seeds per setting. */
  readonly seeds: number;
  /** The runs themselves (for the scatter plots). */
  readonly rows: readonly WidthRow[];
  /** Every width and learning rate, in ascending order of width, then of learning rate. */
  readonly outcomes: readonly WidthOutcome[];
  /** Dead units and those of them that fire on test points or the shifted grid. */
  readonly elsewhere: {
    /** Sums per width and learning rate. */
    readonly totals: readonly DeadElsewhereTotals[];
    /** Per run with a dead unit: the share of its dead units that fire on a test point. */
    readonly onTest: MeanFinding;
    /** Per run with a dead unit: the share that fire somewhere on the shifted grid. */
    readonly onShifted: MeanFinding;
  };
  /** What removing the dead units changed. */
  readonly pruning: PruningCheck;
  /** Runs that lost a whole hidden layer, per width. */
  readonly deadLayers: readonly DeadLayerCount[];
  /** Runs at chance level (test accuracy at most `threshold`) and how many lost a layer. */
  readonly atChance: {
    readonly threshold: number;
    readonly runs: number;
    readonly withDeadLayer: number;
  };
}

/** Test accuracy at or below which a two-class network counts as at chance level. */
export const CHANCE_LEVEL = 0.55;

/**
 * Computes the width findings from the runs of one profile.
 *
 * @param rows Runs of `widthSweep`.
 * @param profile Their profile.
 * @returns The findings.
 *
 * @example
 * ```ts
 * import { widthFindings, widthOutcome } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = widthFindings((await committedResults(widthSweep)).rows, "full");
 * expect(widthOutcome(findings, { width: 64, learningRate: 3 }).accuracy.mean.value).to.be.above(0.9);
 * expect(findings.pruning.runs).to.equal(480);
 * ```
 */
export function widthFindings(rows: readonly WidthRow[], profile: FindingProfile): WidthFindings {
  const outcomes = _settings(rows, ["width", "learningRate"]).map(([width, learningRate]) => {
    const own = rows.filter((r) => r.width === width && r.learningRate === learningRate);
    return {
      width,
      learningRate,
      runs: own.length,
      dead: runMean(own, "deadFraction", { profile, digits: 0 }),
      accuracy: runMean(own, "testAccuracy", { profile }),
    };
  });
  const completed = rows.filter((r) => r.status === "completed");
  const withDead = completed.filter((r) => r.deadUnits! > 0);
  const shareOf = (key: "activeOnTest" | "activeOnShifted") =>
    runMean(withDead.map((r) => ({ seed: r.seed, share: r[key]! / r.deadUnits! })), "share", {
      profile,
      digits: 0,
    });
  const widths = [...new Set(rows.map((r) => r.width))].sort((a, b) => a - b);
  const deadLayers = widths.map((width) => {
    const runs = completed.filter((r) => r.width === width);
    const cut = runs.filter((r) => r.deadLayers! > 0);
    const intact = runs.filter((r) => r.deadLayers === 0);
    const accuracy = (some: WidthRow[]) =>
      some.length === 0 ? null : runMean(some, "testAccuracy", { profile });
    return {
      width,
      runs: runs.length,
      withDeadLayer: cut.length,
      accuracyWithDeadLayer: accuracy(cut),
      accuracyOtherwise: accuracy(intact),
    };
  });
  const chance = completed.filter((r) => r.testAccuracy! <= CHANCE_LEVEL);
  return {
    profile,
    seeds: _seeds(rows),
    rows,
    outcomes,
    elsewhere: {
      totals: deadElsewhereTotals(rows),
      onTest: shareOf("activeOnTest"),
      onShifted: shareOf("activeOnShifted"),
    },
    pruning: pruningCheck(rows),
    deadLayers,
    atChance: {
      threshold: CHANCE_LEVEL,
      runs: chance.length,
      withDeadLayer: chance.filter((r) => r.deadLayers! > 0).length,
    },
  };
}

/**
 * One width at one learning rate.
 *
 * @param findings The width findings.
 * @param setting The width and learning rate.
 * @returns Its outcome.
 * @throws {RangeError} If the findings have no such setting.
 *
 * @example
 * ```ts
 * import { widthFindings, widthOutcome } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = widthFindings((await committedResults(widthSweep)).rows, "full");
 * expect(() => widthOutcome(findings, { width: 5, learningRate: 3 })).to.throw(RangeError, /width/);
 * ```
 */
export function widthOutcome(
  findings: WidthFindings,
  setting: { readonly width: number; readonly learningRate: number },
): WidthOutcome {
  return _find(findings.outcomes, setting, "width and learning rate");
}

/** One second-phase condition of the revival sweep, over seeds (counts of the 32 units). */
export interface RevivalOutcome {
  /** `"all"` (new data arrives) or `"same"` (the control). */
  readonly phase2: string;
  /** Runs, diverged ones included. */
  readonly runs: number;
  /** Units dead on the phase-1 data after phase 1 (the same runs under both conditions). */
  readonly deadAfterPhase1: MeanFinding;
  /** Of those, units active on the phase-2 data as soon as it arrives. */
  readonly activeOnPhase2Data: MeanFinding;
  /** Of those, units active on the phase-2 data at the end. */
  readonly cameBack: MeanFinding;
  /** Units dead on the phase-2 data at the end. */
  readonly deadAtEnd: MeanFinding;
  /** Test accuracy on fresh points from both halves. */
  readonly accuracy: MeanFinding;
}

/** Chapter 6's findings on revival, from one profile of the threat-revival sweep. */
export interface RevivalFindings {
  /** The profile the runs come from. */
  readonly profile: FindingProfile;
  /** Seeds per condition. */
  readonly seeds: number;
  /** Epochs of each phase. */
  readonly epochs: number;
  /** Both conditions, new data first. */
  readonly conditions: readonly RevivalOutcome[];
  /** Per condition and epoch (both phases): the share of units dead on the data trained on. */
  readonly curve: readonly SummaryRow[];
}

/**
 * Computes the revival findings from the runs of one profile.
 *
 * @param rows Runs of `revivalSweep`.
 * @param profile Their profile.
 * @returns The findings.
 *
 * @example
 * ```ts
 * import { revivalFindings, revivalOutcome } from "./findings.ts";
 * import { revivalSweep } from "./revival.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = revivalFindings((await committedResults(revivalSweep)).rows, "full");
 * const back = (phase2: string) => revivalOutcome(findings, phase2).cameBack.mean.value;
 * expect(back("all")).to.be.above(back("same"));
 * ```
 */
export function revivalFindings(
  rows: readonly RevivalRow[],
  profile: FindingProfile,
): RevivalFindings {
  const present = new Set(rows.map((r) => r.phase2));
  const phases = revivalSweep.grid.phase2.filter((phase2) => present.has(phase2));
  const conditions = phases.map((phase2) => {
    const own = rows.filter((r) => r.phase2 === phase2);
    const count = (metric: RevivalMetric) => runMean(own, metric, { profile, unit: "number" });
    return {
      phase2,
      runs: own.length,
      deadAfterPhase1: count("deadAfterPhase1"),
      activeOnPhase2Data: count("activeOnPhase2Data"),
      cameBack: count("cameBack"),
      deadAtEnd: count("deadAtEnd"),
      accuracy: runMean(own, "testAccuracy", { profile }),
    };
  });
  const curve = summarize(perEpochRows(revivalSweep, rows), {
    groupBy: ["phase2", "epoch"],
    metric: "deadSeen",
    rng: new Rng(deriveSeed("threat-revival", "per epoch", profile)),
  });
  return { profile, seeds: _seeds(rows), epochs: rows[0]?.epochs ?? 0, conditions, curve };
}

/**
 * One second-phase condition.
 *
 * @param findings The revival findings.
 * @param phase2 `"all"` or `"same"`.
 * @returns Its outcome.
 * @throws {RangeError} If the findings have no such condition.
 *
 * @example
 * ```ts
 * import { revivalFindings, revivalOutcome } from "./findings.ts";
 * import { revivalSweep } from "./revival.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = revivalFindings((await committedResults(revivalSweep)).rows, "full");
 * expect(revivalOutcome(findings, "same").activeOnPhase2Data.mean.value).to.equal(0);
 * ```
 */
export function revivalOutcome(findings: RevivalFindings, phase2: string): RevivalOutcome {
  return _find(findings.conditions, { phase2 }, "phase2");
}

/** How one of the compared networks was trained (2-16-16-1 ReLU, He-uniform, batch 32). */
export interface TrainingSetup {
  /** Which chapter and sweep, e.g. `"chapter 4 (dying-lr)"`. */
  readonly chapter: string;
  /** Training points per seed. */
  readonly trainingPoints: number;
  /** Passes over them. */
  readonly epochs: number;
  /** SGD steps in all (batches of 32, the last one short). */
  readonly steps: number;
}

/**
 * Chapter 4's ReLU network at learning rate 3 against this chapter's width-16 one: the
 * same 2-16-16-1 network with the same He-uniform initial weights on the same first seeds,
 * trained for the same number of SGD steps, but on 1,000 training points for 30 epochs
 * there and on 500 for 60 here.
 */
export interface Chapter4Comparison {
  /** Chapter 4's setup, then this chapter's. */
  readonly setups: readonly [TrainingSetup, TrainingSetup];
  /** Chapter 4's share of units dead after training (its seeds). */
  readonly chapter4: MeanFinding;
  /** This chapter's, at width 16 and learning rate 3 (the width table's finding). */
  readonly here: MeanFinding;
  /** Chapter 4 minus this chapter, paired over the seeds both ran. */
  readonly difference: PairedFinding;
}

/**
 * Sets chapter 4's learning-rate-3 ReLU runs beside this chapter's width-16 runs.
 *
 * @param dying Runs of chapter 4's `dyingLr` sweep.
 * @param width The width findings.
 * @returns The two dead shares and their paired difference.
 * @throws {RangeError} If either side lacks its runs.
 *
 * @example
 * ```ts
 * import { chapter4Comparison, widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const width = widthFindings((await committedResults(widthSweep)).rows, "full");
 * const comparison = chapter4Comparison((await committedResults(dyingLr)).rows, width);
 * expect(comparison.difference.n).to.equal(comparison.chapter4.mean.n);
 * ```
 */
export function chapter4Comparison(
  dying: readonly DyingLrRow[],
  width: WidthFindings,
): Chapter4Comparison {
  const { profile } = width;
  const chapter4 = dying.filter((r) => r.activation === "relu" && r.learningRate === 3);
  const here = width.rows.filter((r) => r.width === 16 && r.learningRate === 3);
  const setup = (name: string) => (r: { seed: number; deadFraction: number | null }) => ({
    setup: name,
    seed: r.seed,
    deadFraction: r.deadFraction,
  });
  const both = [...chapter4.map(setup("chapter 4")), ...here.map(setup("chapter 6"))];
  const trained = (chapter: string, trainingPoints: number, epochs: number) => ({
    chapter,
    trainingPoints,
    epochs,
    steps: epochs * Math.ceil(trainingPoints / 32),
  });
  return {
    setups: [
      trained("chapter 4 (dying-lr)", CHAPTER4_TRAINING_POINTS, dyingLr.grid.epochs[0]!),
      trained("chapter 6 (threat-width)", WIDTH_TRAINING_POINTS, widthSweep.grid.epochs[0]!),
    ],
    chapter4: runMean(chapter4, "deadFraction", { profile, digits: 0 }),
    here: widthOutcome(width, { width: 16, learningRate: 3 }).dead,
    difference: runPaired(both, {
      field: "setup",
      a: "chapter 4",
      b: "chapter 6",
      metric: "deadFraction",
      higherIsBetter: false,
      profile,
      digits: 0,
    }),
  };
}

/** Every combination of two numeric fields that the rows hold, in ascending order. */
function _settings<R extends Readonly<Record<K, number>>, K extends string>(
  rows: readonly R[],
  fields: readonly [K, K],
): [number, number][] {
  const seen = new Map<string, [number, number]>();
  for (const row of rows) {
    const pair: [number, number] = [row[fields[0]], row[fields[1]]];
    seen.set(JSON.stringify(pair), pair);
  }
  return [...seen.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function _seeds(rows: readonly { readonly replicate: number }[]): number {
  return new Set(rows.map((r) => r.replicate)).size;
}

function _find<T extends object>(items: readonly T[], key: Partial<T>, what: string): T {
  const entries = Object.entries(key) as [keyof T, unknown][];
  const found = items.find((item) => entries.every(([k, v]) => item[k] === v));
  if (found === undefined) {
    throw new RangeError(
      `Expected a ${what} the findings hold, received ${describe(key)}`,
    );
  }
  return found;
}

/**
 * What chapter 8 measures, as findings: per dataset and activation, the test accuracy and
 * the share of hidden units never active; per dataset, each contender minus ReLU, paired by
 * seed, called better or worse only when its interval excludes 0; and what that says about
 * "at best slightly better". Intervals come from `runMean` and `runPaired`, seeded by the
 * runs they summarise.
 *
 * @module
 */

import { describe } from "../../core/_validate.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import type { MeanFinding, PairedFinding } from "../../stats/row_findings.ts";
import { runMean, runPaired } from "../_shared/run_findings.ts";
import {
  VERDICT_ACTIVATIONS,
  type VerdictGrid,
  type VerdictMetric,
  VERY_LEAKY_SLOPE,
} from "./verdict.ts";
import { VERDICT_DATASETS } from "./recipes.ts";

/** A run of the verdict sweep. */
export type VerdictRow = ResultRow<VerdictGrid, VerdictMetric>;

/** A mean gain below this (one percentage point of test accuracy) counts as "slight". */
export const SLIGHT = 0.01;

/** The activation spec of Xu et al.'s very leaky slope, a = 1/5.5. */
export const VERY_LEAKY: string = `leaky_relu(${VERY_LEAKY_SLOPE})`;

/**
 * How an activation spec reads in tables and legends: the very leaky slope as `1/5.5`
 * rather than its seventeen digits, every other spec as it is.
 *
 * @param spec An activation spec of the verdict.
 * @returns Its label.
 *
 * @example
 * ```ts
 * import { activationLabel, VERY_LEAKY } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(activationLabel(VERY_LEAKY)).to.equal("leaky_relu(1/5.5)");
 * expect(activationLabel("gelu")).to.equal("gelu");
 * ```
 */
export function activationLabel(spec: string): string {
  return spec === VERY_LEAKY ? "leaky_relu(1/5.5)" : spec;
}

/** One activation on one dataset, over seeds. */
export interface ActivationOutcome {
  /** The dataset. */
  readonly dataset: string;
  /** The activation spec. */
  readonly activation: string;
  /** Runs, diverged ones included. */
  readonly runs: number;
  /** Runs that diverged (left out of the means). */
  readonly diverged: number;
  /** Test accuracy over the runs that did not diverge, or null if every run diverged. */
  readonly accuracy: MeanFinding | null;
  /**
   * Training accuracy: the last epoch's running accuracy over its minibatches (so, on
   * Fashion-MNIST's single epoch, an average over the whole of training), or null if every
   * run diverged.
   */
  readonly trainAccuracy: MeanFinding | null;
  /**
   * Share of hidden units with no positive pre-activation on the training inputs (for ReLU:
   * dead), or null if every run diverged.
   */
  readonly inactive: MeanFinding | null;
}

/** One contender against ReLU on one dataset. */
export interface VersusRelu {
  /** The dataset. */
  readonly dataset: string;
  /** The contender's activation spec. */
  readonly activation: string;
  /**
   * Test accuracy, contender minus ReLU, paired by seed (diverged runs left unpaired), or
   * null with fewer than two pairs.
   */
  readonly paired: PairedFinding | null;
  /** Where the paired interval lies: above 0, below 0, across it; or too few pairs. */
  readonly verdict: "better" | "worse" | "no clear difference" | "too few pairs";
}

/** Chapter 8's findings from one profile of the verdict sweep. */
export interface VerdictFindings {
  /** The profile the runs come from. */
  readonly profile: FindingProfile;
  /** Seeds per dataset and activation. */
  readonly seeds: number;
  /** The datasets, in the chapter's order. */
  readonly datasets: readonly string[];
  /** The activations, ReLU first. */
  readonly activations: readonly string[];
  /** Every dataset and activation. */
  readonly outcomes: readonly ActivationOutcome[];
  /** Every contender against ReLU on every dataset, dataset by dataset. */
  readonly versus: readonly VersusRelu[];
}

/**
 * Computes chapter 8's findings from the runs of one profile.
 *
 * @param rows Runs of `verdictSweep` (every activation on the same seeds).
 * @param profile Their profile.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { verdictFindings, versusRelu } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = verdictFindings((await committedResults(verdictSweep)).rows, "full");
 * expect(versusRelu(findings, "circles", "leaky_relu(0.01)").paired?.n).to.equal(20);
 * ```
 */
export function verdictFindings(
  rows: readonly VerdictRow[],
  profile: FindingProfile,
): VerdictFindings {
  const present = (all: readonly string[], field: "dataset" | "activation") =>
    all.filter((value) => rows.some((r) => r[field] === value));
  const datasets = present(VERDICT_DATASETS, "dataset");
  const activations = present(VERDICT_ACTIVATIONS, "activation");
  const of = (dataset: string, activation: string) =>
    rows.filter((r) => r.dataset === dataset && r.activation === activation);
  const outcomes = datasets.flatMap((dataset) =>
    activations.map((activation) => {
      const own = of(dataset, activation);
      const done = own.filter((r) => r.testAccuracy !== null);
      return {
        dataset,
        activation,
        runs: own.length,
        diverged: own.filter((r) => r.status === "diverged").length,
        accuracy: done.length === 0 ? null : runMean(own, "testAccuracy", { profile }),
        trainAccuracy: done.length === 0 ? null : runMean(own, "accuracy", { profile }),
        inactive: done.length === 0
          ? null
          : runMean(own, "inactiveFraction", { profile, digits: 0 }),
      };
    })
  );
  const versus = datasets.flatMap((dataset) =>
    activations.filter((a) => a !== "relu").map((activation): VersusRelu => {
      const seeds = (a: string) =>
        new Set(of(dataset, a).filter((r) => r.testAccuracy !== null).map((r) => r.seed));
      const reluSeeds = seeds("relu");
      const pairs = [...seeds(activation)].filter((seed) => reluSeeds.has(seed)).length;
      if (pairs < 2) return { dataset, activation, paired: null, verdict: "too few pairs" };
      const paired = runPaired([...of(dataset, activation), ...of(dataset, "relu")], {
        field: "activation",
        a: activation,
        b: "relu",
        metric: "testAccuracy",
        profile,
        digits: 2,
      });
      const { difference } = paired;
      const verdict = !difference.excludes()
        ? "no clear difference"
        : difference.value > 0
        ? "better"
        : "worse";
      return { dataset, activation, paired, verdict };
    })
  );
  return {
    profile,
    seeds: new Set(rows.map((r) => r.replicate)).size,
    datasets,
    activations,
    outcomes,
    versus,
  };
}

/**
 * One activation on one dataset.
 *
 * @param findings The chapter's findings.
 * @param dataset A dataset of the verdict.
 * @param activation An activation spec of the verdict.
 * @returns Its outcome.
 * @throws {RangeError} If the findings have no such pair.
 *
 * @example
 * ```ts
 * import { outcomeOn, verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = verdictFindings((await committedResults(verdictSweep)).rows, "full");
 * expect(outcomeOn(findings, "spirals", "prelu").diverged).to.equal(14);
 * ```
 */
export function outcomeOn(
  findings: VerdictFindings,
  dataset: string,
  activation: string,
): ActivationOutcome {
  return _find(findings.outcomes, dataset, activation);
}

/**
 * One contender against ReLU on one dataset.
 *
 * @param findings The chapter's findings.
 * @param dataset A dataset of the verdict.
 * @param activation A contender's spec (not `"relu"`).
 * @returns The comparison.
 * @throws {RangeError} If the findings have no such comparison.
 *
 * @example
 * ```ts
 * import { verdictFindings, versusRelu } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = verdictFindings((await committedResults(verdictSweep)).rows, "full");
 * expect(() => versusRelu(findings, "circles", "relu")).to.throw(RangeError, /relu/);
 * ```
 */
export function versusRelu(
  findings: VerdictFindings,
  dataset: string,
  activation: string,
): VersusRelu {
  return _find(findings.versus, dataset, activation);
}

/** What the leaky comparisons add up to. */
export interface LeakySummary {
  /** Every Leaky ReLU slope against ReLU on every dataset. */
  readonly comparisons: readonly VersusRelu[];
  /** The comparisons where Leaky ReLU is clearly better. */
  readonly better: readonly VersusRelu[];
  /** The comparisons where it is clearly worse. */
  readonly worse: readonly VersusRelu[];
  /** The comparison with the largest mean gain. */
  readonly largest: VersusRelu;
  /** Whether "at best slightly better" holds: no mean gain reaches {@linkcode SLIGHT}. */
  readonly atBestSlightly: boolean;
  /** The dataset where ReLU leaves the most units dead, and that share. */
  readonly reluMostDead: ActivationOutcome;
}

/**
 * Adds up the Leaky ReLU comparisons (every slope, every dataset).
 *
 * @param findings The chapter's findings.
 * @returns The summary.
 *
 * @example
 * ```ts
 * import { leakySummary, verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const summary = leakySummary(verdictFindings((await committedResults(verdictSweep)).rows, "full"));
 * expect(summary.comparisons).to.have.length(15); // three slopes, five datasets
 * ```
 */
export function leakySummary(findings: VerdictFindings): LeakySummary {
  const comparisons = findings.versus.filter((v) => v.activation.startsWith("leaky_relu"));
  const gain = (v: VersusRelu) => v.paired?.difference.value ?? -Infinity;
  const largest = comparisons.reduce((best, v) => gain(v) > gain(best) ? v : best);
  const relu = findings.outcomes.filter((o) => o.inactive !== null && o.activation === "relu");
  return {
    comparisons,
    better: comparisons.filter((v) => v.verdict === "better"),
    worse: comparisons.filter((v) => v.verdict === "worse"),
    largest,
    atBestSlightly: gain(largest) < SLIGHT,
    reluMostDead: relu.reduce((most, o) =>
      o.inactive!.mean.value > most.inactive!.mean.value ? o : most
    ),
  };
}

function _find<T extends { readonly dataset: string; readonly activation: string }>(
  items: readonly T[],
  dataset: string,
  activation: string,
): T {
  const found = items.find((i) => i.dataset === dataset && i.activation === activation);
  if (found === undefined) {
    throw new RangeError(
      `Expected a dataset and activation the findings hold, received ${describe(dataset)} and ${
        describe(activation)
      }`,
    );
  }
  return found;
}

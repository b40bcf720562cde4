/**
 * What a leak does where training breaks, from chapter 4's `dying-lr` sweep (chapter 5's
 * evidence on Leaky ReLU): at each high learning rate, ReLU's and Leaky ReLU's (a = 0.01)
 * test accuracy, their paired difference, the share of Leaky ReLU's units left inactive, and
 * how many runs of the larger leak (a = 0.1) diverged; beside them, ReLU at a gentle rate.
 * Chapters 7 and 8 quote these when they say what a leak does and does not rescue.
 *
 * @module
 */

import { describe } from "../../core/_validate.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import type { MeanFinding, PairedFinding } from "../../stats/row_findings.ts";
import type { CensusMetric } from "../_shared/census_training.ts";
import { runMean } from "../_shared/run_findings.ts";
import type { DyingLrGrid } from "../04_dying/dying_lr.ts";
import { LEAK, leakLrFindings, leakVersusRelu } from "../05_leaky_prelu/leak_vs_lr.ts";

/** A run of chapter 4's dying-lr sweep. */
export type DyingRow = ResultRow<DyingLrGrid, CensusMetric>;

/** The leak chapters 7 and 8 weigh against ReLU. */
export const SMALL_LEAK: typeof LEAK = LEAK;

/** The larger leak of the same sweep. */
export const LARGER_LEAK = "leaky_relu(0.1)";

/** ReLU and Leaky ReLU at one learning rate. */
export interface LeakAtRate {
  /** The SGD step size. */
  readonly learningRate: number;
  /** ReLU's test accuracy. */
  readonly relu: MeanFinding;
  /** Leaky ReLU's (a = 0.01) test accuracy. */
  readonly leaky: MeanFinding;
  /** Leaky ReLU minus ReLU, test accuracy, paired by seed. */
  readonly gain: PairedFinding;
  /** Share of Leaky ReLU's hidden units with no positive input on the training data. */
  readonly leakyInactive: MeanFinding;
  /** Runs of the larger leak (a = 0.1) that diverged. */
  readonly largerLeakDiverged: number;
  /** Runs per activation. */
  readonly runs: number;
}

/** What a leak does at high learning rates, and what a gentle rate gives ReLU. */
export interface LeakFindings {
  /** The profile of the dying-lr runs. */
  readonly profile: FindingProfile;
  /** The gentle learning rate. */
  readonly gentleRate: number;
  /** ReLU's test accuracy at the gentle rate. */
  readonly gentle: MeanFinding;
  /** One entry per high learning rate, in ascending order. */
  readonly rates: readonly LeakAtRate[];
}

/**
 * Computes the leak findings from the dying-lr runs.
 *
 * @param rows Runs of `dyingLr` (ReLU and both leaks at the given rates).
 * @param profile Their profile.
 * @param options The high rates to report and the gentle one.
 * @returns The findings.
 * @throws {RangeError} If a rate has no runs of ReLU or of the small leak.
 *
 * @example From the committed full profile
 * ```ts
 * import { leakAt, leakFindings } from "./leak_findings.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const leak = leakFindings((await committedResults(dyingLr)).rows, "full");
 * expect(leakAt(leak, 4).gain.difference.value).to.be.above(0);
 * expect(leak.gentle.mean.value).to.be.above(leakAt(leak, 4).leaky.mean.value);
 * ```
 */
export function leakFindings(
  rows: readonly DyingRow[],
  profile: FindingProfile,
  options: { readonly rates?: readonly number[]; readonly gentleRate?: number } = {},
): LeakFindings {
  const { rates = [2.5, 3, 4, 5], gentleRate = 0.3 } = options;
  const of = (activation: string, learningRate: number) => {
    const own = rows.filter((r) => r.activation === activation && r.learningRate === learningRate);
    if (own.length === 0) {
      throw new RangeError(
        `Expected dying-lr runs of ${activation} at learning rate ${learningRate}, received none`,
      );
    }
    return own;
  };
  const chapter5 = leakLrFindings(rows, profile);
  const accuracy = (activation: string, learningRate: number) =>
    runMean(of(activation, learningRate), "testAccuracy", { profile });
  return {
    profile,
    gentleRate,
    gentle: accuracy("relu", gentleRate),
    rates: [...rates].sort((a, b) => a - b).map((learningRate) => ({
      learningRate,
      relu: accuracy("relu", learningRate),
      leaky: accuracy(SMALL_LEAK, learningRate),
      // Chapter 5's own paired finding, so both chapters quote one interval.
      gain: leakVersusRelu(chapter5, learningRate).accuracy,
      leakyInactive: runMean(of(SMALL_LEAK, learningRate), "inactiveFraction", {
        profile,
        digits: 0,
      }),
      largerLeakDiverged:
        rows.filter((r) =>
          r.activation === LARGER_LEAK && r.learningRate === learningRate && r.status === "diverged"
        ).length,
      runs: of("relu", learningRate).length,
    })),
  };
}

/**
 * The leak findings at one learning rate.
 *
 * @param findings The leak findings.
 * @param learningRate One of their high rates.
 * @returns Its entry.
 * @throws {RangeError} If the findings do not hold that rate.
 *
 * @example
 * ```ts
 * import { leakAt, leakFindings } from "./leak_findings.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const leak = leakFindings((await committedResults(dyingLr)).rows, "full");
 * expect(() => leakAt(leak, 7)).to.throw(RangeError, /7/);
 * ```
 */
export function leakAt(findings: LeakFindings, learningRate: number): LeakAtRate {
  const found = findings.rates.find((r) => r.learningRate === learningRate);
  if (found === undefined) {
    throw new RangeError(
      `Expected a learning rate among ${
        findings.rates.map((r) => r.learningRate).join(", ")
      }, received ${describe(learningRate)}`,
    );
  }
  return found;
}

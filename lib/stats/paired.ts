/**
 * Comparing two conditions run on the same seeds: the paired difference with a
 * bootstrap interval, who wins on how many seeds, and the effect size.
 *
 * @module
 */

import { requireBoolean, requireInRange } from "../core/_validate.ts";
import { bootstrapCI, type BootstrapOptions, type Interval } from "./bootstrap.ts";
import { pairedCohensD, pairedDifferences } from "./effect_size.ts";
import { _requireSample, mean } from "./summary.ts";

/**
 * Options of {@linkcode pairedComparison}.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { pairedComparison } from "relu-lab/lab";
 * import type { PairedOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: PairedOptions = { rng: new Rng(0), higherIsBetter: false, tolerance: 0.001 };
 * expect(pairedComparison([1, 2, 3], [2, 3, 4], options).aWins).to.equal(3);
 * ```
 */
export interface PairedOptions extends Omit<BootstrapOptions, "statistic"> {
  /**
   * Whether a higher value wins (accuracy) or a lower one (loss, dead fraction).
   * @default true
   */
  readonly higherIsBetter?: boolean;
  /**
   * Differences of at most this size count as ties.
   * @default 0
   */
  readonly tolerance?: number;
}

/**
 * The comparison of condition A with condition B over paired runs.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { pairedComparison } from "relu-lab/lab";
 * import type { PairedComparison } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const c: PairedComparison = pairedComparison([0.9, 0.8, 0.7], [0.8, 0.8, 0.6], { rng: new Rng(0) });
 * expect([c.n, c.aWins, c.ties, c.bWins]).to.deep.equal([3, 2, 1, 0]);
 * ```
 */
export interface PairedComparison {
  /** Number of pairs. */
  readonly n: number;
  /** Mean under A. */
  readonly meanA: number;
  /** Mean under B. */
  readonly meanB: number;
  /** Mean of A − B, with its paired bootstrap interval. */
  readonly difference: Interval;
  /** Pairs where A is better by more than the tolerance. */
  readonly aWins: number;
  /** Pairs where B is better by more than the tolerance. */
  readonly bWins: number;
  /** Pairs within the tolerance of each other. */
  readonly ties: number;
  /** aWins / n. */
  readonly shareAWins: number;
  /** Cohen's d of the differences, or `null` if they are all equal. */
  readonly cohensD: number | null;
}

/**
 * Compares paired values of two conditions (index i of `a` and `b` share a seed): the
 * mean difference A − B with a bootstrap interval over pairs (resampling pairs keeps
 * the pairing), wins, losses and ties per pair, and Cohen's d.
 *
 * @param a Values under A, one per seed.
 * @param b Values under B for the same seeds, in the same order.
 * @param options The generator, level, resamples, direction and tie tolerance.
 * @returns The comparison.
 * @throws {RangeError} On different lengths, fewer than two pairs or non-finite values.
 *
 * @example Leaky ReLU vs ReLU test accuracy on five seeds
 * ```ts
 * import { Rng } from "relu-lab";
 * import { pairedComparison } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const leaky = [0.95, 0.93, 0.96, 0.94, 0.95];
 * const relu = [0.94, 0.93, 0.95, 0.92, 0.96];
 * const c = pairedComparison(leaky, relu, { rng: new Rng(0) });
 * expect([c.aWins, c.bWins, c.ties]).to.deep.equal([3, 1, 1]);
 * expect(c.difference.estimate).to.be.closeTo(0.006, 1e-12);
 * expect(c.difference.low).to.be.below(0); // no clear winner on five seeds
 * ```
 */
export function pairedComparison(
  a: readonly number[],
  b: readonly number[],
  options: PairedOptions,
): PairedComparison {
  const { higherIsBetter = true, tolerance = 0, ...bootstrap } = options;
  const differences = pairedDifferences(a, b);
  _requireSample("a", a, 2);
  _requireSample("b", b, 2);
  requireInRange("tolerance", tolerance, 0, Number.MAX_VALUE);
  requireBoolean("higherIsBetter", higherIsBetter);
  const sign = higherIsBetter ? 1 : -1;
  const aWins = differences.filter((d) => sign * d > tolerance).length;
  const bWins = differences.filter((d) => -sign * d > tolerance).length;
  return {
    n: differences.length,
    meanA: mean(a),
    meanB: mean(b),
    difference: bootstrapCI(differences, bootstrap),
    aWins,
    bWins,
    ties: differences.length - aWins - bWins,
    shareAWins: aWins / differences.length,
    cohensD: pairedCohensD(a, b),
  };
}

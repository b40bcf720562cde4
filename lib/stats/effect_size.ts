/**
 * Effect size of a paired difference.
 *
 * @module
 */

import { requireAllFinite } from "../core/_validate.ts";
import { mean, std } from "./summary.ts";

/**
 * Cohen's d for paired samples (often written d_z): the mean of the differences
 * a[i] − b[i] divided by their standard deviation. Around 0.2 is usually called small,
 * 0.5 medium, 0.8 large.
 *
 * @param a One value per pair (e.g. per seed) under condition A.
 * @param b The matching values under condition B, same length (at least 2).
 * @returns d, or `null` when every difference is equal (the standard deviation is 0,
 *   so d is undefined).
 * @throws {RangeError} If the lengths differ, there are fewer than two pairs, or a value is not finite.
 *
 * @example
 * ```ts
 * import { pairedCohensD } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * // Differences 1, 2, 3: mean 2, standard deviation 1.
 * expect(pairedCohensD([2, 4, 6], [1, 2, 3])).to.equal(2);
 * expect(pairedCohensD([2, 3], [1, 2])).to.equal(null);
 * ```
 */
export function pairedCohensD(a: readonly number[], b: readonly number[]): number | null {
  const sd = std(pairedDifferences(a, b));
  return sd === 0 ? null : mean(pairedDifferences(a, b)) / sd;
}

/**
 * The differences a[i] − b[i] of paired values.
 *
 * @param a Values under condition A.
 * @param b Matching values under condition B, same length.
 * @returns The differences.
 * @throws {RangeError} If the lengths differ.
 *
 * @example
 * ```ts
 * import { pairedDifferences } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(pairedDifferences([3, 5], [1, 1])).to.deep.equal([2, 4]);
 * expect(() => pairedDifferences([1], [1, 2])).to.throw(RangeError, /same length/);
 * ```
 */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
    throw new RangeError(
      `Expected a and b to be arrays of the same length, received lengths ${a?.length} and ${b?.length}`,
    );
  }
  requireAllFinite("a", a);
  requireAllFinite("b", b);
  return a.map((value, i) => value - b[i]!);
}

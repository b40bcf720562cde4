/**
 * Mean and standard deviation of a sample.
 *
 * @module
 */

import { describe, requireAllFinite } from "../core/_validate.ts";

/** Throws unless `values` is an array of at least `min` finite numbers. */
export function _requireSample(name: string, values: readonly number[], min: number): void {
  if (!Array.isArray(values) || values.length < min) {
    throw new RangeError(
      `Expected ${name} to be an array of at least ${min} numbers, received ${describe(values)}`,
    );
  }
  requireAllFinite(name, values);
}

/**
 * The arithmetic mean.
 *
 * @param values At least one finite number.
 * @returns Their mean.
 * @throws {RangeError} On an empty array or a non-finite value.
 *
 * @example
 * ```ts
 * import { mean } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(mean([1, 2, 6])).to.equal(3);
 * expect(() => mean([])).to.throw(RangeError, /values/);
 * ```
 */
export function mean(values: readonly number[]): number {
  _requireSample("values", values, 1);
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The sample standard deviation (divisor n − 1, as numpy's `std(ddof=1)` and
 * PyTorch's `std()`).
 *
 * @param values At least two finite numbers.
 * @returns Their standard deviation.
 * @throws {RangeError} With fewer than two values or a non-finite value.
 *
 * @example
 * ```ts
 * import { std } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(std([2, 4, 4, 4, 5, 5, 7, 9])).to.be.closeTo(2.138089935299395, 1e-15);
 * expect(() => std([1])).to.throw(RangeError, /at least 2/);
 * ```
 */
export function std(values: readonly number[]): number {
  _requireSample("values", values, 2);
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (values.length - 1));
}

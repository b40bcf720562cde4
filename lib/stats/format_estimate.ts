/**
 * Estimates as prose: a mean (or difference) with its interval, formatted the same way in
 * every table and every "what the evidence says", e.g. `72.3% (63.8% to 80.4%)`.
 *
 * @module
 */

import { requireBoolean, requireInteger, requireOneOf } from "../core/_validate.ts";

/**
 * A value with an interval; `null` where it could not be computed.
 *
 * @example A summary row fits
 * ```ts
 * import { formatEstimate } from "relu-lab/lab";
 * import type { EstimateLike } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const e: EstimateLike = { mean: 0.5, low: 0.4, high: 0.6 };
 * expect(formatEstimate(e)).to.equal("50.0% (40.0% to 60.0%)");
 * ```
 */
export interface EstimateLike {
  /** The estimate (a mean, or a mean difference). */
  readonly mean: number | null;
  /** Lower end of its interval. */
  readonly low: number | null;
  /** Upper end of its interval. */
  readonly high: number | null;
}

/**
 * Options of {@linkcode formatEstimate}.
 *
 * @example
 * ```ts
 * import { formatEstimate } from "relu-lab/lab";
 * import type { FormatEstimateOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: FormatEstimateOptions = { unit: "number", digits: 2, interval: false };
 * expect(formatEstimate({ mean: 1.234, low: 1, high: 2 }, options)).to.equal("1.23");
 * ```
 */
export interface FormatEstimateOptions {
  /**
   * `"percent"`: a share as `72.3%`; `"points"`: a difference of shares in percentage points,
   * `+1.2`; `"number"`: the value as is.
   * @default "percent"
   */
  readonly unit?: "percent" | "points" | "number";
  /**
   * Digits after the decimal point.
   * @default 1
   */
  readonly digits?: number;
  /**
   * Append the interval in parentheses.
   * @default true
   */
  readonly interval?: boolean;
}

/**
 * Formats an estimate and its interval.
 *
 * @param estimate A mean (or difference) with `low` and `high`, e.g. a `summarize` row.
 * @param options Unit, digits and whether to show the interval.
 * @returns E.g. `"72.3% (63.8% to 80.4%)"`, `"+1.20 (-0.30 to +2.70)"`; `"n/a"` without a
 * mean, and the mean alone without an interval.
 *
 * @example Shares and differences
 * ```ts
 * import { formatEstimate } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(formatEstimate({ mean: 0.723, low: 0.638, high: 0.804 })).to.equal("72.3% (63.8% to 80.4%)");
 * expect(formatEstimate({ mean: 0.012, low: -0.003, high: 0.027 }, { unit: "points", digits: 2 }))
 *   .to.equal("+1.20 (-0.30 to +2.70)");
 * expect(formatEstimate({ mean: 3.25, low: null, high: null }, { unit: "number" })).to.equal("3.3");
 * expect(formatEstimate({ mean: null, low: null, high: null })).to.equal("n/a");
 * ```
 */
export function formatEstimate(
  estimate: EstimateLike,
  options: FormatEstimateOptions = {},
): string {
  const { unit = "percent", digits = 1, interval = true } = options;
  requireOneOf("unit", unit, ["percent", "points", "number"]);
  requireInteger("digits", digits, 0);
  // toFixed takes 0..100; a percentage's text has 2 more digits.
  if (digits > 20) throw new RangeError(`Expected digits to be at most 20, received ${digits}`);
  requireBoolean("interval", interval);
  const one = (v: number) => {
    if (unit === "number") return v.toFixed(digits);
    const text = (100 * v).toFixed(digits);
    return unit === "percent" ? `${text}%` : `${v >= 0 ? "+" : ""}${text}`;
  };
  if (estimate.mean === null) return "n/a";
  const value = one(estimate.mean);
  if (!interval || estimate.low === null || estimate.high === null) return value;
  return `${value} (${one(estimate.low)} to ${one(estimate.high)})`;
}

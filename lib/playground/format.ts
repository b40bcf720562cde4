/**
 * How the playground writes a number for the reader.
 *
 * @module
 */

/**
 * A number for the reader: 3 significant digits (exponent form for very large or small ones),
 * and "—" when it is not finite or absent, so that no view ever writes NaN.
 *
 * @param value The number.
 * @param digits Significant digits. @default 3
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatNumber } from "./format.ts";
 * import { expect } from "chai";
 *
 * expect([formatNumber(0.123456), formatNumber(NaN), formatNumber(null), formatNumber(-2e6)])
 *   .to.deep.equal(["0.123", "—", "—", "-2.00e+6"]);
 * ```
 */
export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) {
    return value.toExponential(digits - 1);
  }
  return String(Number(value.toPrecision(digits)));
}

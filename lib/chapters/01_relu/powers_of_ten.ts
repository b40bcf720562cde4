/**
 * {@linkcode powerOfTen}: a number written as a mantissa times a power of ten, `9.5 × 10⁻⁷`,
 * the one format the early chapters use for quantities that span many decades (gradient
 * ratios, products of derivatives), so that a column or a sentence never mixes `0.000031`
 * with `2.2e-10`.
 *
 * @module
 */

import { describe, requireFinite, requireInteger } from "../../core/_validate.ts";

const _SUPERSCRIPT: Readonly<Record<string, string>> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/**
 * Writes a number as `m × 10ᵏ` with `significant` digits in the mantissa (`0` stays `0`).
 *
 * @param value A finite number.
 * @param significant Significant digits of the mantissa, an integer from 1 to 6.
 * @returns E.g. `"9.5 × 10⁻⁷"`, `"-2.3 × 10²"`, `"1.0 × 10⁰"`.
 * @throws {TypeError | RangeError} On a non-finite value or a bad digit count.
 *
 * @example
 * ```ts
 * import { powerOfTen } from "./powers_of_ten.ts";
 * import { expect } from "chai";
 *
 * expect(powerOfTen(0.25 ** 10)).to.equal("9.5 × 10⁻⁷");
 * expect(powerOfTen(0.61)).to.equal("6.1 × 10⁻¹");
 * expect(powerOfTen(2.96, 1)).to.equal("3 × 10⁰");
 * expect(powerOfTen(0)).to.equal("0");
 * ```
 */
export function powerOfTen(value: number, significant = 2): string {
  requireFinite("value", value);
  requireInteger("significant", significant, 1);
  if (significant > 6) {
    throw new RangeError(`Expected significant to be at most 6, received ${describe(significant)}`);
  }
  if (value === 0) return "0";
  // toExponential rounds the mantissa and carries into the exponent (9.96 → 1.0e+1).
  const [mantissa, exponent] = value.toExponential(significant - 1).split("e");
  const power = String(Number(exponent)).replace(/./g, (c) => _SUPERSCRIPT[c]!);
  return `${mantissa} × 10${power}`;
}

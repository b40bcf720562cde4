/**
 * Special functions the activations need and `Math` lacks.
 *
 * @module
 */

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const ONE_OVER_SQRT_PI = 0.5641895835477563;

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, accurate to about 1e-14.
 *
 * Uses the Maclaurin series for |x| < 2.5 and a continued fraction for erfc beyond.
 *
 * @param x Any number; NaN gives NaN.
 * @returns erf(x), in [−1, 1].
 *
 * @example Known values
 * ```ts
 * import { erf } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(erf(0)).to.equal(0);
 * expect(erf(1)).to.be.closeTo(0.8427007929497149, 1e-14);
 * expect(erf(-1)).to.be.closeTo(-0.8427007929497149, 1e-14);
 * ```
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
    const x2 = x * x;
    let term = x; // (−1)ⁿ x^(2n+1) / n!
    let sum = x;
    for (let n = 1; n < 80; n++) {
      term *= -x2 / n;
      const next = term / (2 * n + 1);
      sum += next;
      if (Math.abs(next) < 1e-17 * Math.abs(sum)) break;
    }
    return TWO_OVER_SQRT_PI * sum;
  }
  const result = 1 - erfcLarge(ax);
  return x < 0 ? -result : result;
}

/** erfc(x) for x ≥ 2.5 by the continued fraction erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + …))). */
function erfcLarge(x: number): number {
  if (x > 27) return 0;
  let fraction = 0;
  for (let n = 60; n >= 1; n--) fraction = (n / 2) / (x + fraction);
  return Math.exp(-x * x) * ONE_OVER_SQRT_PI / (x + fraction);
}

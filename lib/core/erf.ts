/**
 * Special functions the activations need and `Math` lacks.
 *
 * @module
 */

// W. J. Cody's rational approximations (CALERF, 1969/1985; netlib specfun/erf): erf on
// |x| ≤ 0.46875, erfc·exp(x²) on (0.46875, 4] and in 1/x² beyond, each close to double precision.
const _A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947];
const _A4 = 0.185777706184603153;
const _B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const _C = [
  0.564188496988670089,
  8.88314979438837594,
  66.1191906371416295,
  298.635138197400131,
  881.95222124176909,
  1712.04761263407058,
  2051.07837782607147,
  1230.33935479799725,
];
const _C8 = 2.15311535474403846e-8;
const _D = [
  15.7449261107098347,
  117.693950891312499,
  537.181101862009858,
  1621.38957456669019,
  3290.79923573345963,
  4362.61909014324716,
  3439.36767414372164,
  1230.33935480374942,
];
const _P = [
  0.305326634961232344,
  0.360344899949804439,
  0.125781726111229246,
  0.0160837851487422766,
  6.58749161529837803e-4,
];
const _P5 = 0.0163153871373020978;
const _Q = [
  2.56852019228982242,
  1.87295284992346047,
  0.527905102951428412,
  0.0605183413124413191,
  0.00233520497626869185,
];
const ONE_OVER_SQRT_PI = 0.56418958354775628695;

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, accurate to about 1e-16.
 *
 * Uses W. J. Cody's rational approximations (as in netlib's specfun `CALERF`): a
 * rational function of x² for |x| ≤ 0.46875, and erfc(|x|) = e^(−x²)·R(|x|) beyond.
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
 * expect(erf(1)).to.be.closeTo(0.8427007929497149, 1e-15);
 * expect(erf(-1)).to.be.closeTo(-0.8427007929497149, 1e-15);
 * ```
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const ysq = y * y;
    let num = _A4 * ysq, den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + _A[i]!) * ysq;
      den = (den + _B[i]!) * ysq;
    }
    return x * (num + _A[3]!) / (den + _B[3]!);
  }
  const result = 1 - _erfcLarge(y);
  return x < 0 ? -result : result;
}

/** erfc(y) for y > 0.46875, with e^(−y²) split as in Cody's code to keep its accuracy. */
function _erfcLarge(y: number): number {
  if (y >= 26.543) return 0;
  let ratio: number;
  if (y <= 4) {
    let num = _C8 * y, den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + _C[i]!) * y;
      den = (den + _D[i]!) * y;
    }
    ratio = (num + _C[7]!) / (den + _D[7]!);
  } else {
    const z = 1 / (y * y);
    let num = _P5 * z, den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + _P[i]!) * z;
      den = (den + _Q[i]!) * z;
    }
    ratio = (ONE_OVER_SQRT_PI - z * (num + _P[4]!) / (den + _Q[4]!)) / y;
  }
  const rounded = Math.trunc(y * 16) / 16;
  return Math.exp(-rounded * rounded) * Math.exp(-(y - rounded) * (y + rounded)) * ratio;
}

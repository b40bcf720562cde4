/**
 * The smooth activations: sigmoid and tanh (which saturate), GELU (exact, through erf),
 * SiLU, softplus, and the identity.
 *
 * @module
 */

import { type Activation, elementwise, elementwiseViaOutput } from "./activation.ts";
import { erf } from "../erf.ts";

/** The logistic function, computed without overflow for any x. */
function _logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** The logistic's derivative through its output s: s(1 − s). */
function _logisticSlope(s: number): number {
  return s * (1 - s);
}

/**
 * Sigmoid (logistic): 1 / (1 + e⁻ˣ). Its derivative peaks at 0.25, at x = 0.
 *
 * @example
 * ```ts
 * import { sigmoid } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(sigmoid.f(0)).to.equal(0.5);
 * expect(sigmoid.df(0)).to.equal(0.25);
 * ```
 */
export const sigmoid: Activation = elementwiseViaOutput("sigmoid", _logistic, _logisticSlope, {
  forward(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = _logistic(x[i]!);
  },
  forwardKeeping(x, out, kept) {
    for (let i = 0; i < x.length; i++) out[i] = kept[i] = _logistic(x[i]!);
  },
  backwardFromKept(kept, gradOut, gradIn) {
    for (let i = 0; i < kept.length; i++) gradIn[i] = gradOut[i]! * _logisticSlope(kept[i]!);
  },
});

/** tanh's derivative through its output t: 1 − t². */
function _tanhSlope(t: number): number {
  return 1 - t * t;
}

/**
 * Hyperbolic tangent. Its derivative peaks at 1, at x = 0.
 *
 * @example
 * ```ts
 * import { tanh } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(tanh.df(0)).to.equal(1);
 * ```
 */
export const tanh: Activation = elementwiseViaOutput("tanh", Math.tanh, _tanhSlope, {
  forward(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]!);
  },
  forwardKeeping(x, out, kept) {
    for (let i = 0; i < x.length; i++) out[i] = kept[i] = Math.tanh(x[i]!);
  },
  backwardFromKept(kept, gradOut, gradIn) {
    for (let i = 0; i < kept.length; i++) gradIn[i] = gradOut[i]! * _tanhSlope(kept[i]!);
  },
});

const INV_SQRT_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * GELU, exact form x·Φ(x) with Φ the standard normal CDF (PyTorch's default).
 *
 * @example
 * ```ts
 * import { gelu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(gelu.f(1)).to.be.closeTo(0.8413447460685429, 1e-14);
 * ```
 */
export const gelu: Activation = elementwise(
  "gelu",
  (x) => 0.5 * x * (1 + erf(x * INV_SQRT_2)),
  (x) => 0.5 * (1 + erf(x * INV_SQRT_2)) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x),
);

/**
 * SiLU (swish): x · sigmoid(x).
 *
 * @example
 * ```ts
 * import { silu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(silu.f(0)).to.equal(0);
 * expect(silu.df(0)).to.equal(0.5);
 * ```
 */
export const silu: Activation = elementwise("silu", (x) => x * _logistic(x), (x) => {
  const s = _logistic(x);
  return s * (1 + x * (1 - s));
});

/**
 * Softplus: ln(1 + eˣ), a smooth ReLU; derivative sigmoid(x). Computed stably for any x.
 *
 * @example
 * ```ts
 * import { softplus } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(softplus.f(0)).to.be.closeTo(Math.LN2, 1e-15);
 * expect(softplus.f(1000)).to.equal(1000);
 * ```
 */
export const softplus: Activation = elementwise(
  "softplus",
  (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  _logistic,
);

/**
 * Identity: f(x) = x, derivative 1 (NaN at NaN, as every activation's). A linear "activation", for output layers and baselines.
 *
 * @example
 * ```ts
 * import { identity } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(identity.f(-7)).to.equal(-7);
 * ```
 */
export const identity: Activation = elementwise(
  "identity",
  (x) => x,
  (x) => (Number.isNaN(x) ? x : 1),
);

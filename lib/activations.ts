/**
 * Activation functions, each next to its derivative.
 *
 * An {@linkcode Activation} is a plain value: scalar `f` and `df` for reading and
 * plotting, and vectorised `forward`/`backward` over typed arrays for the layers.
 * Parametrised activations are factories (`leakyRelu(0.1)`). PReLU and RReLU have
 * state (a learned or random slope), so they are layers: see `layers/prelu.ts`
 * and `layers/rrelu.ts`.
 *
 * Derivatives at a kink follow PyTorch: ReLU'(0) = 0, LeakyReLU'(0) = a.
 *
 * @module
 */

import type { FloatArray } from "./matrix.ts";
import { rectifyBackward, rectifyForward } from "./kernels/rectifier.ts";
import { erf } from "./special.ts";
import { describe, requireFinite, requireInRange, requirePositive } from "./_validate.ts";

/** An elementwise activation function with its derivative. */
export interface Activation {
  /** Registry name with parameters, e.g. `"leaky_relu(0.1)"`. */
  readonly name: string;
  /** The function at one point. */
  readonly f: (x: number) => number;
  /** Its derivative at one point (at a kink, PyTorch's choice). */
  readonly df: (x: number) => number;
  /** Writes `f(x[i])` into `out[i]` for every i. */
  readonly forward: (x: FloatArray, out: FloatArray) => void;
  /** Writes `gradOut[i] * df(x[i])` into `gradIn[i]` for every i. */
  readonly backward: (x: FloatArray, gradOut: FloatArray, gradIn: FloatArray) => void;
  /**
   * The derivative written through the output, where that is exact: `df(x)` equals
   * `dfFromOutput(f(x))` bit for bit (tanh: 1 − y², sigmoid: y(1 − y)). A layer that keeps
   * its training outputs in float64 then back-propagates without evaluating f again.
   */
  readonly dfFromOutput?: (y: number) => number;
  /**
   * With `dfFromOutput`: `forward` that also keeps each f(x[i]) in float64, for
   * {@linkcode Activation.backwardFromKept}.
   */
  readonly forwardKeeping?: (x: FloatArray, out: FloatArray, kept: Float64Array) => void;
  /** With `dfFromOutput`: writes `gradOut[i] * dfFromOutput(kept[i])` into `gradIn[i]`. */
  readonly backwardFromKept?: (kept: Float64Array, gradOut: FloatArray, gradIn: FloatArray) => void;
}

/** Builds an activation whose vectorised forms loop over the scalar ones. */
function _elementwise(
  name: string,
  f: (x: number) => number,
  df: (x: number) => number,
): Activation {
  return {
    name,
    f,
    df,
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = f(x[i]!);
    },
    backward(x, gradOut, gradIn) {
      for (let i = 0; i < x.length; i++) gradIn[i] = gradOut[i]! * df(x[i]!);
    },
  };
}

/** The loops of an activation that keeps its outputs (see {@linkcode Activation.forwardKeeping}). */
type KeepingLoops = Pick<Required<Activation>, "forward" | "forwardKeeping" | "backwardFromKept">;

/**
 * An elementwise activation whose derivative is defined through its output,
 * df(x) = dfFromOutput(f(x)), so that the two agree bit for bit by construction.
 * `loops` are its forward loops and its backward from kept outputs, written out per
 * activation: a loop shared by all of them calls f through one call site that sees every
 * activation of a sweep, and the compiler then stops inlining f (tanh runs took 1.5 s
 * instead of 0.9 s after sigmoid runs).
 */
function _elementwiseViaOutput(
  name: string,
  f: (x: number) => number,
  dfFromOutput: (y: number) => number,
  loops: KeepingLoops,
): Activation {
  return { ..._elementwise(name, f, (x) => dfFromOutput(f(x))), dfFromOutput, ...loops };
}

/**
 * ReLU: max(0, x). Derivative 1 for x > 0 and 0 for x ≤ 0 (ReLU'(0) = 0, as PyTorch).
 *
 * @example A line bent at the origin
 * ```ts
 * import { relu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect([relu.f(-3), relu.f(0), relu.f(2)]).to.deep.equal([0, 0, 2]);
 * expect([relu.df(-1), relu.df(0), relu.df(1)]).to.deep.equal([0, 0, 1]);
 * ```
 */
export const relu: Activation = {
  name: "relu",
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
  forward: (x, out) => rectifyForward(x, out, 0),
  backward: (x, gradOut, gradIn) => rectifyBackward(x, gradOut, gradIn, 0),
};

/**
 * Leaky ReLU: max(a·x, x) for 0 ≤ a ≤ 1; derivative 1 for x > 0, a for x ≤ 0.
 *
 * @param a Slope for negative inputs, in [0, 1]. a = 0 is ReLU, a = 1 the identity.
 * @returns The activation.
 *
 * @example The article's a = 0.1
 * ```ts
 * import { leakyRelu } from "relu-lab";
 * import { expect } from "chai";
 *
 * const act = leakyRelu(0.1);
 * expect(act.f(-2)).to.be.closeTo(-0.2, 1e-15);
 * expect(act.df(-2)).to.equal(0.1);
 * expect(act.df(0)).to.equal(0.1);
 * ```
 */
export function leakyRelu(a = 0.01): Activation {
  requireInRange("a", a, 0, 1);
  if (a === 0) return relu;
  return {
    name: `leaky_relu(${a})`,
    f: (x) => (x > 0 ? x : a * x),
    df: (x) => (x > 0 ? 1 : a),
    forward: (x, out) => rectifyForward(x, out, a),
    backward: (x, gradOut, gradIn) => rectifyBackward(x, gradOut, gradIn, a),
  };
}

/**
 * ELU: x for x > 0, α(eˣ − 1) otherwise.
 *
 * @param alpha Saturation value for large negative inputs (−α), a positive number.
 * @returns The activation.
 *
 * @example Saturates at −α
 * ```ts
 * import { elu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(elu(1).f(-50)).to.be.closeTo(-1, 1e-12);
 * ```
 */
export function elu(alpha = 1): Activation {
  requirePositive("alpha", alpha);
  return _elementwise(
    `elu(${alpha})`,
    (x) => (x > 0 ? x : alpha * Math.expm1(x)),
    (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
  );
}

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

/**
 * SELU: scale · ELU(x; α) with the self-normalising constants of Klambauer et al. (2017).
 *
 * @example
 * ```ts
 * import { selu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(selu.f(1)).to.be.closeTo(1.0507009873554805, 1e-15);
 * ```
 */
export const selu: Activation = _elementwise(
  "selu",
  (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
  (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
);

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
export const sigmoid: Activation = _elementwiseViaOutput("sigmoid", _logistic, _logisticSlope, {
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
export const tanh: Activation = _elementwiseViaOutput("tanh", Math.tanh, _tanhSlope, {
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
export const gelu: Activation = _elementwise(
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
export const silu: Activation = _elementwise("silu", (x) => x * _logistic(x), (x) => {
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
export const softplus: Activation = _elementwise(
  "softplus",
  (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  _logistic,
);

/**
 * Identity: f(x) = x, derivative 1. A linear "activation", for output layers and baselines.
 *
 * @example
 * ```ts
 * import { identity } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(identity.f(-7)).to.equal(-7);
 * ```
 */
export const identity: Activation = _elementwise("identity", (x) => x, () => 1);

/** The activations the registry knows, with their optional numeric parameter. */
const _REGISTRY: Readonly<Record<string, (param?: number) => Activation>> = {
  relu: () => relu,
  leaky_relu: (a) => leakyRelu(a),
  elu: (alpha) => elu(alpha),
  selu: () => selu,
  gelu: () => gelu,
  silu: () => silu,
  softplus: () => softplus,
  sigmoid: () => sigmoid,
  tanh: () => tanh,
  identity: () => identity,
};

/** Names {@linkcode activationByName} accepts, without parameters. */
export const ACTIVATION_NAMES: readonly string[] = Object.keys(_REGISTRY);

/**
 * Looks up an activation by name, as used in CLI flags, sweep grids and CSV columns.
 * A parameter may follow in parentheses: `"leaky_relu(0.1)"`, `"elu(0.5)"`.
 *
 * @param spec A name from {@linkcode ACTIVATION_NAMES}, optionally with `(parameter)`.
 * @returns The activation; its `name` round-trips through this function.
 *
 * @example
 * ```ts
 * import { activationByName } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(activationByName("leaky_relu(0.1)").f(-1)).to.be.closeTo(-0.1, 1e-15);
 * expect(() => activationByName("swish2")).to.throw(/one of/);
 * ```
 */
export function activationByName(spec: string): Activation {
  const match = typeof spec === "string"
    ? /^([a-z_]+)(?:\((-?[0-9.eE+-]+)\))?$/.exec(spec.trim())
    : null;
  const make = match ? _REGISTRY[match[1]!] : undefined;
  if (!match || !make) {
    throw new RangeError(
      `Expected activation to be one of ${ACTIVATION_NAMES.join(", ")} (optionally with a ` +
        `parameter, e.g. "leaky_relu(0.1)"), received ${describe(spec)}`,
    );
  }
  if (match[2] === undefined) return make();
  const param = Number(match[2]);
  requireFinite(`the parameter of ${match[1]}`, param);
  return make(param);
}

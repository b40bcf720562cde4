/**
 * The {@linkcode Activation} interface: an elementwise function with its derivative, as
 * scalar `f` and `df` for reading and plotting and as vectorised `forward`/`backward`
 * over typed arrays for the layers; and the two builders every activation is made with.
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";

/**
 * An elementwise activation function with its derivative.
 *
 * @example A hand-written activation (the registry's are built the same way)
 * ```ts
 * import type { Activation } from "relu-lab";
 * import { expect } from "chai";
 *
 * const square: Activation = {
 *   name: "square",
 *   f: (x) => x * x,
 *   df: (x) => 2 * x,
 *   forward: (x, out) => x.forEach((v, i) => (out[i] = v * v)),
 *   backward: (x, g, gradIn) => x.forEach((v, i) => (gradIn[i] = g[i]! * 2 * v)),
 * };
 * expect(square.df(3)).to.equal(6);
 * ```
 */
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

/** Builds an activation whose vectorised forms loop over the scalar ones (private to the library). */
export function elementwise(
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
export function elementwiseViaOutput(
  name: string,
  f: (x: number) => number,
  dfFromOutput: (y: number) => number,
  loops: KeepingLoops,
): Activation {
  return { ...elementwise(name, f, (x) => dfFromOutput(f(x))), dfFromOutput, ...loops };
}

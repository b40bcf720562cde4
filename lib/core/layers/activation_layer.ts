/**
 * Applies an {@linkcode Activation} elementwise as a layer.
 *
 * @module
 */

import type { Activation } from "../activations/mod.ts";
import { type Matrix, requireShape } from "../matrix.ts";
import { describe, requireInteger } from "../_validate.ts";
import {
  type Layer,
  type Mode,
  type Parameter,
  requireForward,
  requireMode,
  reuse,
} from "./layer.ts";

/** Gives `reuse` the dtype of the kept outputs. */
const _FLOAT64 = new Float64Array(0);

/**
 * An activation layer; it has no parameters.
 *
 * @example
 * ```ts
 * import { ActivationLayer, fromRows, relu } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layer = new ActivationLayer(relu, 2);
 * const y = layer.forward(fromRows([[-1, 2]]), "eval");
 * expect(Array.from(y.data)).to.deep.equal([0, 2]);
 * ```
 */
export class ActivationLayer implements Layer {
  readonly kind: string;
  readonly outputSize: number;
  #input: Matrix | undefined;
  #output: Matrix | undefined;
  #gradInput: Matrix | undefined;
  /** f(x) in float64 from the last training forward pass, for activations with `forwardKeeping`. */
  #kept: Matrix | undefined;

  /**
   * A layer applying `activation` to rows of `inputSize` features.
   *
   * @example
   * ```ts
   * import { ActivationLayer, tanh } from "relu-lab";
   * import { expect } from "chai";
   *
   * expect(new ActivationLayer(tanh, 4).kind).to.equal("activation:tanh");
   * ```
   *
   * @param activation The function to apply.
   * @param inputSize Features per row (kept for shape checks).
   */
  constructor(readonly activation: Activation, readonly inputSize: number) {
    requireInteger("inputSize", inputSize, 1);
    const a = activation as Partial<Activation> | null;
    if (
      typeof a?.name !== "string" || typeof a.forward !== "function" ||
      typeof a.backward !== "function" || typeof a.f !== "function" || typeof a.df !== "function"
    ) {
      throw new TypeError(
        `Expected activation to be an Activation, received ${describe(activation)}`,
      );
    }
    this.kind = `activation:${activation.name}`;
    this.outputSize = inputSize;
  }

  forward(x: Matrix, mode: Mode): Matrix {
    requireMode(mode);
    requireShape("x", x, this.inputSize);
    const out = reuse(this.#output, x.rows, x.cols, x.data);
    const { forwardKeeping } = this.activation;
    if (mode === "train" && forwardKeeping) {
      // Keep f(x) in float64 for backward: dfFromOutput(f(x)) is df(x) bit for bit, and
      // f (an exponential or tanh) is then evaluated once per value instead of twice.
      const kept = reuse(this.#kept, x.rows, x.cols, _FLOAT64);
      forwardKeeping(x.data, out.data, kept.data as Float64Array);
      this.#kept = kept;
    } else {
      this.activation.forward(x.data, out.data);
      this.#kept = undefined;
    }
    this.#input = x;
    this.#output = out;
    return out;
  }

  backward(gradOut: Matrix): Matrix {
    const x = requireForward(this.kind, this.#input);
    requireShape("gradOut", gradOut, this.outputSize, x.rows);
    const gradIn = reuse(this.#gradInput, x.rows, x.cols, x.data);
    const kept = this.#kept, { backwardFromKept } = this.activation;
    if (kept && backwardFromKept) {
      backwardFromKept(kept.data as Float64Array, gradOut.data, gradIn.data);
    } else this.activation.backward(x.data, gradOut.data, gradIn.data);
    this.#gradInput = gradIn;
    return gradIn;
  }

  parameters(): Parameter[] {
    return [];
  }
}

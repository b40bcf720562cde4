/**
 * RReLU (Xu et al., 2015): Leaky ReLU with a random slope in training and the mean
 * slope in evaluation.
 *
 * @module
 */

import { type Matrix, requireShape } from "../matrix.ts";
import type { Rng } from "../random.ts";
import { requireInRange, requireInteger, requireRngLike } from "../_validate.ts";
import {
  type Layer,
  type Mode,
  type Parameter,
  requireForward,
  requireMode,
  reuse,
} from "./layer.ts";

/**
 * Options for {@linkcode RReLU}.
 *
 * @example
 * ```ts
 * import { Rng, RReLU } from "relu-lab";
 * import type { RReLUOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: RReLUOptions = { lower: 0.1, upper: 0.2 };
 * expect(new RReLU(3, new Rng(0), options).upper).to.equal(0.2);
 * ```
 */
export interface RReLUOptions {
  /** Lowest slope. @default 1/8 */
  lower?: number;
  /** Highest slope. @default 1/3 */
  upper?: number;
}

/**
 * In training, each negative input x gets its own slope a ~ U(lower, upper): f(x) = a·x;
 * in evaluation a = (lower + upper) / 2. Positive inputs pass unchanged; a NaN input gives
 * NaN forward and backward.
 *
 * @example Evaluation uses the mean slope
 * ```ts
 * import { fromRows, Rng, RReLU } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layer = new RReLU(1, new Rng(0), { lower: 0.1, upper: 0.3 });
 * const y = layer.forward(fromRows([[-1]], "float64"), "eval");
 * expect(y.data[0]).to.be.closeTo(-0.2, 1e-15);
 * ```
 */
export class RReLU implements Layer {
  readonly kind = "rrelu";
  readonly outputSize: number;
  /** Lowest training-time slope. */
  readonly lower: number;
  /** Highest training-time slope. */
  readonly upper: number;
  #slopes: Matrix | undefined;
  #input: Matrix | undefined;
  #output: Matrix | undefined;
  #gradInput: Matrix | undefined;

  /**
   * An RReLU layer of `inputSize` units whose training-time slopes come from `rng`.
   *
   * @example PyTorch's default range
   * ```ts
   * import { Rng, RReLU } from "relu-lab";
   * import { expect } from "chai";
   *
   * const layer = new RReLU(2, new Rng(0));
   * expect([layer.lower, layer.upper]).to.deep.equal([1 / 8, 1 / 3]);
   * ```
   *
   * @param inputSize Units in the layer.
   * @param rng Generator for the training-time slopes.
   * @param options Slope range.
   */
  constructor(readonly inputSize: number, private readonly rng: Rng, options: RReLUOptions = {}) {
    requireInteger("inputSize", inputSize, 1);
    requireRngLike("rng", rng);
    this.lower = options.lower ?? 1 / 8;
    this.upper = options.upper ?? 1 / 3;
    requireInRange("lower", this.lower, 0, 1);
    requireInRange("upper", this.upper, this.lower, 1);
    this.outputSize = inputSize;
  }

  forward(x: Matrix, mode: Mode): Matrix {
    requireMode(mode);
    requireShape("x", x, this.inputSize);
    const out = reuse(this.#output, x.rows, x.cols, x.data);
    const slopes = reuse(this.#slopes, x.rows, x.cols, x.data);
    const mean = (this.lower + this.upper) / 2;
    for (let i = 0; i < x.data.length; i++) {
      const v = x.data[i]!;
      const a = v > 0 ? 1 : mode === "train" ? this.rng.uniform(this.lower, this.upper) : mean;
      // A NaN input keeps NaN as its slope, so that backward gives NaN too (its draw is
      // still made: the slopes of the other inputs do not depend on where NaNs are).
      slopes.data[i] = v === v ? a : v;
      out.data[i] = a * v;
    }
    this.#input = x;
    this.#output = out;
    this.#slopes = slopes;
    return out;
  }

  backward(gradOut: Matrix): Matrix {
    const slopes = requireForward(this.kind, this.#slopes);
    requireShape("gradOut", gradOut, this.outputSize, slopes.rows);
    const gradIn = reuse(this.#gradInput, slopes.rows, slopes.cols, slopes.data);
    for (let i = 0; i < gradIn.data.length; i++) {
      gradIn.data[i] = slopes.data[i]! * gradOut.data[i]!;
    }
    this.#gradInput = gradIn;
    return gradIn;
  }

  parameters(): Parameter[] {
    return [];
  }
}

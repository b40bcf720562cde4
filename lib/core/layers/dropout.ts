/**
 * Inverted dropout (Srivastava et al., 2014).
 *
 * @module
 */

import { type FloatArray, type Matrix, requireShape } from "../matrix.ts";
import type { Rng } from "../random.ts";
import { requireInHalfOpen, requireInteger, requireRngLike } from "../_validate.ts";
import {
  type Layer,
  type Mode,
  type Parameter,
  requireForward,
  requireMode,
  reuse,
} from "./layer.ts";

/**
 * In training, zeroes each input with probability `rate` and scales the survivors by
 * 1/(1 − rate); in evaluation passes inputs unchanged.
 *
 * Set `freezeMask` to reuse the last mask (gradient checks need a fixed mask).
 *
 * @example Evaluation is the identity
 * ```ts
 * import { Dropout, fromRows, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layer = new Dropout(2, 0.5, new Rng(0));
 * const y = layer.forward(fromRows([[1, 2]]), "eval");
 * expect(Array.from(y.data)).to.deep.equal([1, 2]);
 * ```
 */
export class Dropout implements Layer {
  readonly kind = "dropout";
  readonly outputSize: number;
  /** Reuse the previous training mask instead of drawing a new one. */
  freezeMask = false;
  #mask: Matrix | undefined;
  #output: Matrix | undefined;
  #gradInput: Matrix | undefined;

  /**
   * A dropout layer over rows of `inputSize` features, dropping each with probability `rate`.
   *
   * @example
   * ```ts
   * import { Dropout, Rng } from "relu-lab";
   * import { expect } from "chai";
   *
   * expect(new Dropout(4, 0.2, new Rng(0)).rate).to.equal(0.2);
   * expect(() => new Dropout(4, 1, new Rng(0))).to.throw(RangeError, "Expected rate to be in [0, 1), received 1");
   * ```
   *
   * @param inputSize Features per row.
   * @param rate Probability of dropping a unit, in [0, 1).
   * @param rng Generator for the masks.
   */
  constructor(readonly inputSize: number, readonly rate: number, private readonly rng: Rng) {
    requireInteger("inputSize", inputSize, 1);
    requireInHalfOpen("rate", rate, 0, 1);
    requireRngLike("rng", rng);
    this.outputSize = inputSize;
  }

  /** The last training mask (0 or 1/(1 − rate) per entry), if any. */
  get mask(): FloatArray | undefined {
    return this.#mask?.data;
  }

  forward(x: Matrix, mode: Mode): Matrix {
    requireMode(mode);
    requireShape("x", x, this.inputSize);
    const out = reuse(this.#output, x.rows, x.cols, x.data);
    if (mode === "eval") {
      out.data.set(x.data);
      this.#mask = undefined;
    } else {
      const frozen = this.freezeMask && this.#mask?.data.length === x.data.length;
      const mask = frozen ? this.#mask! : reuse(this.#mask, x.rows, x.cols, x.data);
      const keep = 1 / (1 - this.rate);
      for (let i = 0; i < x.data.length; i++) {
        if (!frozen) mask.data[i] = this.rng.uniform() < this.rate ? 0 : keep;
        out.data[i] = x.data[i]! * mask.data[i]!;
      }
      this.#mask = mask;
    }
    this.#output = out;
    return out;
  }

  backward(gradOut: Matrix): Matrix {
    const out = requireForward(this.kind, this.#output);
    requireShape("gradOut", gradOut, this.outputSize, out.rows);
    const gradIn = reuse(this.#gradInput, out.rows, out.cols, out.data);
    const mask = this.#mask?.data;
    for (let i = 0; i < gradIn.data.length; i++) {
      gradIn.data[i] = mask ? gradOut.data[i]! * mask[i]! : gradOut.data[i]!;
    }
    this.#gradInput = gradIn;
    return gradIn;
  }

  parameters(): Parameter[] {
    return [];
  }
}

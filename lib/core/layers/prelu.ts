/**
 * PReLU (He et al., 2015): Leaky ReLU whose negative slope a is learned.
 *
 * @module
 */

import { rectifyBackward, rectifyForward } from "../kernels/rectifier.ts";
import { allocate, DTYPES, type Matrix, requireShape } from "../matrix.ts";
import { requireFinite, requireInteger, requireOneOf } from "../_validate.ts";
import type { Dtype } from "../matrix.ts";
import {
  type Layer,
  type Mode,
  type Parameter,
  requireForward,
  requireMode,
  reuse,
} from "./layer.ts";

/**
 * Options for {@linkcode PReLU}.
 *
 * @example
 * ```ts
 * import { PReLU } from "relu-lab";
 * import type { PReLUOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: PReLUOptions = { slopes: "per_unit", init: 0.1 };
 * expect(new PReLU(5, options).slope.value.length).to.equal(5);
 * ```
 */
export interface PReLUOptions {
  /** One slope for the whole layer (PyTorch's default) or one per unit. @default "shared" */
  slopes?: "shared" | "per_unit";
  /** Initial slope. @default 0.25 */
  init?: number;
  /** Storage type. @default "float32" */
  dtype?: Dtype;
}

/**
 * f(x) = x for x > 0, a·x otherwise, with a learnable. ∂f/∂x at 0 is a, as in PyTorch. A NaN
 * input gives NaN forward and backward (and a NaN slope gradient).
 * The slope is not decayed by L1/L2 penalties (PyTorch's advice).
 *
 * @example Learns from the negative side only
 * ```ts
 * import { fromRows, PReLU } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layer = new PReLU(2, { dtype: "float64" });
 * const y = layer.forward(fromRows([[-2, 3]], "float64"), "train");
 * expect(Array.from(y.data)).to.deep.equal([-0.5, 3]);
 * layer.backward(fromRows([[1, 1]], "float64"));
 * expect(layer.slope.grad[0]).to.equal(-2);
 * ```
 */
export class PReLU implements Layer {
  readonly kind: string;
  readonly outputSize: number;
  /** The learnable slope(s): length 1 if shared, else one per unit. */
  readonly slope: Parameter;
  #input: Matrix | undefined;
  #output: Matrix | undefined;
  #gradInput: Matrix | undefined;

  /**
   * A PReLU layer of `inputSize` units, its slope(s) starting at `init`.
   *
   * @example One slope per unit
   * ```ts
   * import { PReLU } from "relu-lab";
   * import { expect } from "chai";
   *
   * const layer = new PReLU(3, { slopes: "per_unit", init: 0.1 });
   * expect(Array.from(layer.slope.value)).to.deep.equal([0.1, 0.1, 0.1].map(Math.fround));
   * ```
   *
   * @param inputSize Units in the layer.
   * @param options Slope sharing, initial slope and dtype.
   */
  constructor(readonly inputSize: number, options: PReLUOptions = {}) {
    requireInteger("inputSize", inputSize, 1);
    const slopes = options.slopes ?? "shared";
    requireOneOf("slopes", slopes, ["shared", "per_unit"]);
    const init = options.init ?? 0.25;
    requireFinite("init", init);
    requireOneOf("dtype", options.dtype ?? "float32", DTYPES);
    const count = slopes === "shared" ? 1 : inputSize;
    this.kind = slopes === "shared" ? "prelu" : "prelu_per_unit";
    this.outputSize = inputSize;
    this.slope = {
      name: "slope",
      shape: [count],
      value: allocate(count, options.dtype ?? "float32").fill(init),
      grad: allocate(count, options.dtype ?? "float32"),
      decay: false,
    };
  }

  forward(x: Matrix, mode: Mode): Matrix {
    requireMode(mode);
    requireShape("x", x, this.inputSize);
    const out = reuse(this.#output, x.rows, x.cols, x.data);
    const a = this.slope.value, shared = a.length === 1;
    // One slope: the rectifier kernel (branch-free). Not for a slope of exactly 0, where the
    // kernel gives ReLU's +0 and a·x is −0 for negative x.
    if (shared && a[0] !== 0) rectifyForward(x.data, out.data, a[0]!);
    else {
      for (let i = 0; i < x.data.length; i++) {
        const v = x.data[i]!;
        out.data[i] = v > 0 ? v : a[shared ? 0 : i % x.cols]! * v;
      }
    }
    this.#input = x;
    this.#output = out;
    return out;
  }

  backward(gradOut: Matrix): Matrix {
    const x = requireForward(this.kind, this.#input);
    requireShape("gradOut", gradOut, this.outputSize, x.rows);
    const gradIn = reuse(this.#gradInput, x.rows, x.cols, x.data);
    const a = this.slope.value, da = this.slope.grad, shared = a.length === 1;
    if (shared && a[0] !== 0) rectifyBackward(x.data, gradOut.data, gradIn.data, a[0]!);
    else {
      for (let i = 0; i < x.data.length; i++) {
        const v = x.data[i]!, g = gradOut.data[i]!;
        gradIn.data[i] = v > 0 ? g : v <= 0 ? a[shared ? 0 : i % x.cols]! * g : v;
      }
    }
    // ∂loss/∂a = Σ x·g over the inputs x ≤ 0 of each slope, in input order.
    da.fill(0);
    for (let i = 0; i < x.data.length; i++) {
      const v = x.data[i]!;
      if (!(v > 0)) da[shared ? 0 : i % x.cols]! += v * gradOut.data[i]!;
    }
    this.#gradInput = gradIn;
    return gradIn;
  }

  parameters(): Parameter[] {
    return [this.slope];
  }
}

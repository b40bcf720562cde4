/**
 * A fully connected layer: y = x·Wᵀ + b, with W stored `[out, in]` as in PyTorch.
 *
 * @module
 */

import { denseBackward } from "../kernels/dense_backward.ts";
import { gemm } from "../kernels/gemm.ts";
import { heUniform, type Initializer, zerosInit } from "../init.ts";
import { allocate, type Dtype, DTYPES, type Matrix, requireShape } from "../matrix.ts";
import type { Rng } from "../random.ts";
import { requireInitializer, requireInteger, requireOneOf, requireRngLike } from "../_validate.ts";
import {
  type Layer,
  type Mode,
  type Parameter,
  requireForward,
  requireMode,
  reuse,
} from "./layer.ts";

/**
 * Options for {@linkcode Dense}.
 *
 * @example
 * ```ts
 * import { Dense, Rng, xavierUniform } from "relu-lab";
 * import type { DenseOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: DenseOptions = { weightInit: xavierUniform(), dtype: "float64" };
 * expect(new Dense(3, 2, new Rng(0), options).weight.value).to.be.instanceOf(Float64Array);
 * ```
 */
export interface DenseOptions {
  /** Weight initialiser. @default heUniform() */
  weightInit?: Initializer;
  /** Bias initialiser. @default zerosInit */
  biasInit?: Initializer;
  /** Storage type. @default "float32" */
  dtype?: Dtype;
}

/**
 * A dense (fully connected) layer.
 *
 * @example Forward and backward on one sample
 * ```ts
 * import { Dense, fromRows, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layer = new Dense(2, 1, new Rng(0), { dtype: "float64" });
 * layer.weight.value.set([2, -1]);
 * layer.bias.value.set([0.5]);
 * const y = layer.forward(fromRows([[1, 3]], "float64"), "train");
 * expect(y.data[0]).to.equal(-0.5);
 * layer.backward(fromRows([[1]], "float64"));
 * expect(Array.from(layer.weight.grad)).to.deep.equal([1, 3]);
 * ```
 */
export class Dense implements Layer {
  readonly kind = "dense";
  /** Weight matrix, shape `[outputSize, inputSize]`. */
  readonly weight: Parameter;
  /** Bias vector, shape `[outputSize]`. */
  readonly bias: Parameter;
  #input: Matrix | undefined;
  #output: Matrix | undefined;
  #gradInput: Matrix | undefined;

  /**
   * A dense layer of `outputSize` units on `inputSize` features, its weights drawn from `rng`.
   *
   * @example He-initialised weights, zero biases
   * ```ts
   * import { Dense, Rng } from "relu-lab";
   * import { expect } from "chai";
   *
   * const layer = new Dense(3, 2, new Rng(0));
   * expect(layer.weight.shape).to.deep.equal([2, 3]);
   * expect(Array.from(layer.bias.value)).to.deep.equal([0, 0]);
   * ```
   *
   * @param inputSize Features in, an integer >= 1.
   * @param outputSize Units, an integer >= 1.
   * @param rng Generator for the initial weights.
   * @param options Initialisers and dtype.
   */
  constructor(
    readonly inputSize: number,
    readonly outputSize: number,
    rng: Rng,
    options: DenseOptions = {},
  ) {
    requireInteger("inputSize", inputSize, 1);
    requireInteger("outputSize", outputSize, 1);
    requireRngLike("rng", rng);
    const dtype = options.dtype ?? "float32";
    requireOneOf("dtype", dtype, DTYPES);
    if (options.weightInit !== undefined) requireInitializer("weightInit", options.weightInit);
    if (options.biasInit !== undefined) requireInitializer("biasInit", options.biasInit);
    const size = inputSize * outputSize;
    this.weight = {
      name: "weight",
      shape: [outputSize, inputSize],
      value: allocate(size, dtype),
      grad: allocate(size, dtype),
      decay: true,
    };
    this.bias = {
      name: "bias",
      shape: [outputSize],
      value: allocate(outputSize, dtype),
      grad: allocate(outputSize, dtype),
      decay: false,
    };
    (options.weightInit ?? heUniform()).fill(this.weight.value, inputSize, outputSize, rng);
    (options.biasInit ?? zerosInit).fill(this.bias.value, inputSize, outputSize, rng);
  }

  forward(x: Matrix, mode: Mode): Matrix {
    requireMode(mode);
    requireShape("x", x, this.inputSize);
    const out = reuse(this.#output, x.rows, this.outputSize, this.weight.value);
    // The kernel starts C at the bias: no separate pass over the output.
    gemm(
      false,
      true,
      x.rows,
      this.outputSize,
      this.inputSize,
      1,
      x.data,
      this.weight.value,
      0,
      out.data,
      this.bias.value,
    );
    this.#input = x;
    this.#output = out;
    return out;
  }

  backward(gradOut: Matrix): Matrix {
    const x = requireForward(this.kind, this.#input);
    const gradIn = reuse(this.#gradInput, x.rows, this.inputSize, x.data);
    this.#backward(x, gradOut, gradIn);
    this.#gradInput = gradIn;
    return gradIn;
  }

  /** `backward` without dx: a third of the work when the layer is the model's first. */
  backwardParameters(gradOut: Matrix): void {
    this.#backward(requireForward(this.kind, this.#input), gradOut);
  }

  /**
   * dW = gradOutᵀ·x, db = column sums of gradOut (1ᵀ·gradOut, added in row order, as the
   * plain loop adds them) and, into `gradIn`, dx = gradOut·W: one kernel call.
   */
  #backward(x: Matrix, gradOut: Matrix, gradIn?: Matrix): void {
    requireShape("gradOut", gradOut, this.outputSize, x.rows);
    denseBackward(
      x.rows,
      this.inputSize,
      this.outputSize,
      gradOut.data,
      x.data,
      this.weight.value,
      this.weight.grad,
      this.bias.grad,
      gradIn?.data,
    );
  }

  parameters(): Parameter[] {
    return [this.weight, this.bias];
  }
}

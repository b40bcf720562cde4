/**
 * Batch normalisation (Ioffe & Szegedy, 2015) over the features of a batch.
 *
 * @module
 */

import {
  allocate,
  type Dtype,
  DTYPES,
  type FloatArray,
  type Matrix,
  requireShape,
} from "../matrix.ts";
import { requireInRange, requireInteger, requireOneOf, requirePositive } from "../_validate.ts";
import {
  type Layer,
  type Mode,
  type Parameter,
  requireForward,
  requireMode,
  reuse,
} from "./layer.ts";

/**
 * Options for {@linkcode BatchNorm}.
 *
 * @example
 * ```ts
 * import { BatchNorm } from "relu-lab";
 * import type { BatchNormOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: BatchNormOptions = { eps: 1e-3, momentum: 0.01, dtype: "float64" };
 * expect(new BatchNorm(4, options).runningMean).to.be.instanceOf(Float64Array);
 * ```
 */
export interface BatchNormOptions {
  /** Added to the variance before the square root. @default 1e-5 */
  eps?: number;
  /** Weight of the newest batch in the running statistics. @default 0.1 */
  momentum?: number;
  /** Storage type. @default "float32" */
  dtype?: Dtype;
}

/**
 * y = γ·(x − μ)/√(σ² + ε) + β per feature. Training uses the batch's mean and biased
 * variance and updates running estimates (unbiased variance, as PyTorch's BatchNorm1d);
 * evaluation uses the running estimates.
 *
 * @example Training output has zero mean per feature
 * ```ts
 * import { BatchNorm, fromRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * const bn = new BatchNorm(1, { dtype: "float64" });
 * const y = bn.forward(fromRows([[1], [3]], "float64"), "train");
 * expect(y.data[0]! + y.data[1]!).to.be.closeTo(0, 1e-12);
 * expect(bn.runningMean[0]).to.be.closeTo(0.2, 1e-12);
 * ```
 */
export class BatchNorm implements Layer {
  readonly kind = "batch_norm";
  readonly outputSize: number;
  /** Scale γ, initialised to 1. */
  readonly gamma: Parameter;
  /** Shift β, initialised to 0. */
  readonly beta: Parameter;
  /** Running mean used in evaluation. */
  readonly runningMean: FloatArray;
  /** Running (unbiased) variance used in evaluation. */
  readonly runningVar: FloatArray;
  /** Added to the variance before the square root. */
  readonly eps: number;
  /** Weight of the newest batch in the running statistics. */
  readonly momentum: number;
  #normalised: Matrix | undefined;
  #invStd: FloatArray;
  #mode: Mode = "train";
  #output: Matrix | undefined;
  #gradInput: Matrix | undefined;

  /**
   * Batch normalisation of `inputSize` features: γ = 1, β = 0, running mean 0, variance 1.
   *
   * @example
   * ```ts
   * import { BatchNorm } from "relu-lab";
   * import { expect } from "chai";
   *
   * const bn = new BatchNorm(2, { momentum: 0.2 });
   * expect([bn.eps, bn.momentum, Array.from(bn.runningVar)]).to.deep.equal([1e-5, 0.2, [1, 1]]);
   * ```
   *
   * @param inputSize Features to normalise.
   * @param options eps, momentum, dtype.
   */
  constructor(readonly inputSize: number, options: BatchNormOptions = {}) {
    requireInteger("inputSize", inputSize, 1);
    this.eps = options.eps ?? 1e-5;
    this.momentum = options.momentum ?? 0.1;
    requirePositive("eps", this.eps);
    requireInRange("momentum", this.momentum, 0, 1);
    const dtype = options.dtype ?? "float32";
    requireOneOf("dtype", dtype, DTYPES);
    const param = (name: string, init: number): Parameter => ({
      name,
      shape: [inputSize],
      value: allocate(inputSize, dtype).fill(init),
      grad: allocate(inputSize, dtype),
      decay: false,
    });
    this.outputSize = inputSize;
    this.gamma = param("gamma", 1);
    this.beta = param("beta", 0);
    this.runningMean = allocate(inputSize, dtype);
    this.runningVar = allocate(inputSize, dtype).fill(1);
    this.#invStd = allocate(inputSize, dtype);
  }

  forward(x: Matrix, mode: Mode): Matrix {
    requireMode(mode);
    requireShape("x", x, this.inputSize);
    const n = x.rows, d = x.cols;
    if (mode === "train" && n < 2) {
      throw new RangeError(`Expected a batch of at least 2 rows for batch norm, received ${n}`);
    }
    const xhat = reuse(this.#normalised, n, d, x.data);
    const out = reuse(this.#output, n, d, x.data);
    for (let j = 0; j < d; j++) {
      let mean = this.runningMean[j]!, variance = this.runningVar[j]!;
      if (mode === "train") {
        mean = 0;
        for (let i = 0; i < n; i++) mean += x.data[i * d + j]!;
        mean /= n;
        variance = 0;
        for (let i = 0; i < n; i++) variance += (x.data[i * d + j]! - mean) ** 2;
        variance /= n;
        const m = this.momentum;
        this.runningMean[j] = (1 - m) * this.runningMean[j]! + m * mean;
        this.runningVar[j] = (1 - m) * this.runningVar[j]! + m * variance * n / (n - 1);
      }
      const invStd = 1 / Math.sqrt(variance + this.eps);
      this.#invStd[j] = invStd;
      const g = this.gamma.value[j]!, b = this.beta.value[j]!;
      for (let i = 0; i < n; i++) {
        const k = i * d + j;
        xhat.data[k] = (x.data[k]! - mean) * invStd;
        out.data[k] = g * xhat.data[k]! + b;
      }
    }
    this.#normalised = xhat;
    this.#output = out;
    this.#mode = mode;
    return out;
  }

  /** Backward through the last forward: batch statistics in training, fixed ones in evaluation. */
  backward(gradOut: Matrix): Matrix {
    const xhat = requireForward(this.kind, this.#normalised);
    requireShape("gradOut", gradOut, this.outputSize, xhat.rows);
    const n = xhat.rows, d = xhat.cols;
    const gradIn = reuse(this.#gradInput, n, d, xhat.data);
    for (let j = 0; j < d; j++) {
      let sumG = 0, sumGX = 0;
      for (let i = 0; i < n; i++) {
        const k = i * d + j;
        sumG += gradOut.data[k]!;
        sumGX += gradOut.data[k]! * xhat.data[k]!;
      }
      this.gamma.grad[j] = sumGX;
      this.beta.grad[j] = sumG;
      const scale = this.gamma.value[j]! * this.#invStd[j]!;
      const train = this.#mode === "train";
      for (let i = 0; i < n; i++) {
        const k = i * d + j;
        // Training: dx = γ/σ · (g − Σg/n − x̂·Σ(g·x̂)/n); evaluation: dx = γ/σ · g.
        const g = gradOut.data[k]!;
        gradIn.data[k] = scale * (train ? g - (sumG + xhat.data[k]! * sumGX) / n : g);
      }
    }
    this.#gradInput = gradIn;
    return gradIn;
  }

  parameters(): Parameter[] {
    return [this.gamma, this.beta];
  }
}

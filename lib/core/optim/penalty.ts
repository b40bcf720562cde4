/**
 * Weight penalties (L2, L1 and their sum). A penalty adds its gradient to the `grad`
 * of every parameter with `decay: true` (weights, not biases, slopes or batch-norm
 * scales) and returns its value, to be added to the loss for reporting.
 *
 * @module
 */

import type { Parameter } from "../layers/layer.ts";
import type { FloatArray } from "../matrix.ts";
import { requireFinite } from "../_validate.ts";

/**
 * A regularisation term of the weights.
 *
 * @example
 * ```ts
 * import { Dense, l2, Rng } from "relu-lab";
 * import type { Penalty } from "relu-lab";
 * import { expect } from "chai";
 *
 * const penalty: Penalty = l2(0.5);
 * const layer = new Dense(1, 1, new Rng(0));
 * layer.weight.value[0] = 2;
 * expect(penalty.apply(layer.parameters())).to.equal(0.5 * 0.5 * 4);
 * ```
 */
export interface Penalty {
  /** Readable description, e.g. `"l2(0.0001)"`. */
  readonly name: string;
  /**
   * Adds ∂penalty/∂w to `grad` of every parameter with `decay: true`, leaving the others
   * untouched; call it after the backward pass and before the optimiser step.
   *
   * @param params The model's parameters.
   * @returns The penalty's value at the current weights.
   */
  apply(params: readonly Parameter[]): number;
}

/**
 * L2 penalty (λ/2)·Σw², gradient λ·w. The ½ makes it exactly PyTorch's
 * `weight_decay = λ` in `torch.optim.SGD` and `torch.optim.Adam`, which add λ·w to the
 * gradient.
 *
 * @param lambda Strength λ, a finite number >= 0.
 * @returns The penalty.
 *
 * @example Value and gradient; biases are left alone
 * ```ts
 * import { l2, type Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const weight: Parameter = {
 *   name: "weight", shape: [2], decay: true,
 *   value: new Float64Array([3, -4]), grad: new Float64Array([1, 1]),
 * };
 * const bias: Parameter = {
 *   name: "bias", shape: [1], decay: false,
 *   value: new Float64Array([5]), grad: new Float64Array([1]),
 * };
 * expect(l2(0.5).apply([weight, bias])).to.equal(0.25 * 25);
 * expect(Array.from(weight.grad)).to.deep.equal([2.5, -1]);
 * expect(Array.from(bias.grad)).to.deep.equal([1]);
 * ```
 */
export function l2(lambda: number): Penalty {
  _requireLambda(lambda);
  return _elementwise(`l2(${lambda})`, lambda / 2, lambda, (w) => w * w, (w) => w);
}

/**
 * L1 penalty λ·Σ|w|, gradient λ·sign(w) with sign(0) = 0 (the subgradient PyTorch's
 * autograd gives `abs` at 0), so a weight at exactly 0 gets no push.
 *
 * @param lambda Strength λ, a finite number >= 0.
 * @returns The penalty.
 *
 * @example
 * ```ts
 * import { l1, type Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "weight", shape: [3], decay: true,
 *   value: new Float64Array([2, 0, -1]), grad: new Float64Array(3),
 * };
 * expect(l1(0.1).apply([w])).to.be.closeTo(0.3, 1e-15);
 * expect(Array.from(w.grad)).to.deep.equal([0.1, 0, -0.1]);
 * ```
 */
export function l1(lambda: number): Penalty {
  _requireLambda(lambda);
  return _elementwise(`l1(${lambda})`, lambda, lambda, Math.abs, Math.sign);
}

/**
 * The sum of several penalties: its value is the sum of theirs, and each adds its own
 * gradient.
 *
 * @param penalties The terms, in the order they are applied.
 * @returns The combined penalty.
 *
 * @example Two L2 terms add up to one with the summed strength
 * ```ts
 * import { l2, type Parameter, sumPenalties } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "weight", shape: [1], decay: true,
 *   value: new Float64Array([2]), grad: new Float64Array([0]),
 * };
 * const penalty = sumPenalties(l2(0.5), l2(1.5));
 * expect(penalty.name).to.equal("l2(0.5) + l2(1.5)");
 * expect(penalty.apply([w])).to.equal(4);
 * expect(w.grad[0]).to.equal(4);
 * ```
 */
export function sumPenalties(...penalties: Penalty[]): Penalty {
  return {
    name: penalties.length === 0 ? "none" : penalties.map((p) => p.name).join(" + "),
    apply: (params) => penalties.reduce((total, p) => total + p.apply(params), 0),
  };
}

/**
 * Elastic net: {@linkcode l1} plus {@linkcode l2}, λ₁·Σ|w| + (λ₂/2)·Σw².
 *
 * @param l1Lambda Strength λ₁ of the L1 term, a finite number >= 0.
 * @param l2Lambda Strength λ₂ of the L2 term, a finite number >= 0.
 * @returns The combined penalty.
 *
 * @example
 * ```ts
 * import { elasticNet, type Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "weight", shape: [1], decay: true,
 *   value: new Float64Array([-2]), grad: new Float64Array([0]),
 * };
 * expect(elasticNet(1, 1).apply([w])).to.equal(2 + 2);
 * expect(w.grad[0]).to.equal(-1 - 2);
 * ```
 */
export function elasticNet(l1Lambda: number, l2Lambda: number): Penalty {
  return sumPenalties(l1(l1Lambda), l2(l2Lambda));
}

/** A penalty valueScale·Σf(w) whose gradient is gradScale·df(w). */
function _elementwise(
  name: string,
  valueScale: number,
  gradScale: number,
  f: (w: number) => number,
  df: (w: number) => number,
): Penalty {
  return {
    name,
    apply(params) {
      let total = 0;
      for (const p of params) if (p.decay) total += _accumulate(p.value, p.grad, gradScale, f, df);
      return valueScale * total;
    },
  };
}

/** Adds scale·df(w) to grad and returns Σf(w). */
function _accumulate(
  w: FloatArray,
  grad: FloatArray,
  scale: number,
  f: (w: number) => number,
  df: (w: number) => number,
): number {
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i]!;
    sum += f(wi);
    grad[i] = grad[i]! + scale * df(wi);
  }
  return sum;
}

function _requireLambda(lambda: number): void {
  requireFinite("lambda", lambda);
  if (lambda < 0) {
    throw new RangeError(`Expected lambda to be a finite number >= 0, received ${lambda}`);
  }
}

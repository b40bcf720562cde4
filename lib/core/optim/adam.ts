/**
 * Adam, following torch.optim.Adam's update rule exactly (bias-corrected moments,
 * ε added outside the square root).
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";
import { requirePositive } from "../_validate.ts";
import type { Optimizer } from "./optimizer.ts";
import { ParameterState, requireStepArguments, requireUnitInterval, zerosLike } from "./_step.ts";

/**
 * Options for {@linkcode adam}.
 *
 * @example
 * ```ts
 * import { adam } from "relu-lab";
 * import type { AdamOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: AdamOptions = { beta1: 0.8, beta2: 0.99, eps: 1e-7 };
 * expect(adam(options).name).to.include("adam");
 * ```
 */
export interface AdamOptions {
  /** Decay rate β₁ of the first-moment (mean) estimate, in [0, 1). @default 0.9 */
  beta1?: number;
  /** Decay rate β₂ of the second-moment (uncentred variance) estimate, in [0, 1). @default 0.999 */
  beta2?: number;
  /** ε added to the denominator for stability, > 0. @default 1e-8 */
  eps?: number;
}

/**
 * Adam as PyTorch defines it. With gradient g, moments m and v (per parameter, both
 * starting at 0) and t the parameter's step count, from 1:
 *
 * - m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g²;
 * - w ← w − (lr / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε).
 *
 * L2 regularisation (PyTorch's `weight_decay`, not AdamW's decoupled decay) is an
 * {@linkcode l2} penalty applied to the gradients before the step.
 *
 * @param options β₁, β₂, ε.
 * @returns An optimiser whose state is m, v and t per parameter.
 *
 * @example The first step has size lr in every coordinate, whatever the gradient's scale
 * ```ts
 * import { adam, type Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "w", shape: [2], decay: true,
 *   value: new Float64Array([0, 0]), grad: new Float64Array([1000, -0.001]),
 * };
 * adam().step([w], 0.01);
 * expect(w.value[0]).to.be.closeTo(-0.01, 1e-9);
 * expect(w.value[1]).to.be.closeTo(0.01, 1e-7);
 * ```
 */
export function adam(options: AdamOptions = {}): Optimizer {
  const { beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = options;
  requireUnitInterval("beta1", beta1);
  requireUnitInterval("beta2", beta2);
  requirePositive("eps", eps);
  const moments = new ParameterState((p) => ({
    m: zerosLike(p.value),
    v: zerosLike(p.value),
    t: 0,
  }));
  return {
    name: `adam(beta1=${beta1}, beta2=${beta2}, eps=${eps})`,
    step(params, learningRate) {
      requireStepArguments(params, learningRate);
      for (const p of params) {
        const state = moments.get(p);
        state.t += 1;
        const stepSize = learningRate / (1 - beta1 ** state.t);
        const correction2Sqrt = Math.sqrt(1 - beta2 ** state.t);
        _adamStep(p.value, p.grad, state.m, state.v, beta1, beta2, eps, stepSize, correction2Sqrt);
      }
    },
    reset: () => moments.clear(),
  };
}

// Kernel.

/** Moments then w ← w − stepSize·m / (√v / correction2Sqrt + ε), as PyTorch orders them. */
function _adamStep(
  w: FloatArray,
  g: FloatArray,
  m: FloatArray,
  v: FloatArray,
  beta1: number,
  beta2: number,
  eps: number,
  stepSize: number,
  correction2Sqrt: number,
): void {
  const a1 = 1 - beta1;
  const a2 = 1 - beta2;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]!;
    // PyTorch 1.13's order; later versions write m as lerp(m, g, 1 − β₁), equal up to rounding.
    m[i] = beta1 * m[i]! + a1 * gi;
    v[i] = beta2 * v[i]! + a2 * gi * gi;
    w[i] = w[i]! - (stepSize * m[i]!) / (Math.sqrt(v[i]!) / correction2Sqrt + eps);
  }
}

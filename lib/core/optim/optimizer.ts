/**
 * The contract every optimiser keeps.
 *
 * @module
 */

import type { Parameter } from "../layers/layer.ts";

/**
 * Updates parameters in place from their gradients. Optimisers are ordered by
 * increasing complexity: {@linkcode sgd} (plain, then momentum, then Nesterov, all one
 * rule) and {@linkcode adam}.
 *
 * @example A hand-written update rule fits fit()
 * ```ts
 * import type { Optimizer } from "relu-lab";
 * import { expect } from "chai";
 *
 * const signSgd: Optimizer = {
 *   name: "sign_sgd",
 *   step(params, learningRate) {
 *     for (const p of params) p.value.forEach((v, i) => (p.value[i] = v - learningRate * Math.sign(p.grad[i]!)));
 *   },
 *   reset() {},
 * };
 * expect(signSgd.name).to.equal("sign_sgd");
 * ```
 */
export interface Optimizer {
  /** Readable description with its settings, e.g. `"sgd(momentum=0.9, nesterov)"`. */
  readonly name: string;
  /**
   * Applies one update to every parameter's `value` from its `grad`. State (velocity,
   * moments) is kept per parameter, in the parameter's dtype, and created on the
   * parameter's first step.
   *
   * @param params The parameters to update.
   * @param learningRate Step size for this step, a positive finite number; a schedule
   *   may change it between steps.
   */
  step(params: readonly Parameter[], learningRate: number): void;
  /** Forgets all state, as if no step had been taken. */
  reset(): void;
}

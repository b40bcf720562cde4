/**
 * Gradient clipping by global norm, as torch.nn.utils.clip_grad_norm_.
 *
 * @module
 */

import type { Parameter } from "../layers/layer.ts";
import { requirePositive } from "../_validate.ts";

/**
 * The L2 norm of all gradients taken together, ‖g‖ = √(Σ over every parameter and entry
 * of g²), without changing them.
 *
 * @param params The parameters whose `grad` to measure.
 * @returns The global gradient norm.
 *
 * @example
 * ```ts
 * import { gradNorm, type Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const a: Parameter = { name: "a", shape: [1], decay: true,
 *   value: new Float64Array(1), grad: new Float64Array([3]) };
 * const b: Parameter = { name: "b", shape: [1], decay: false,
 *   value: new Float64Array(1), grad: new Float64Array([4]) };
 * expect(gradNorm([a, b])).to.equal(5);
 * ```
 */
export function gradNorm(params: readonly Parameter[]): number {
  let sumOfSquares = 0;
  for (const { grad } of params) {
    for (let i = 0; i < grad.length; i++) sumOfSquares += grad[i]! * grad[i]!;
  }
  return Math.sqrt(sumOfSquares);
}

/**
 * Rescales all gradients together so that their global L2 norm is at most `maxNorm`,
 * exactly as PyTorch's `clip_grad_norm_`: every gradient is multiplied by
 * maxNorm / (‖g‖ + 1e-6) when that factor is below 1, else left alone. The direction
 * of the combined gradient is kept.
 *
 * A non-finite norm (a NaN or infinite gradient) is returned without touching the
 * gradients, where PyTorch would scale them into NaN: the caller should treat it as
 * divergence.
 *
 * @param params The parameters whose `grad` to clip in place.
 * @param maxNorm Largest allowed norm, a positive finite number.
 * @returns The global norm before clipping.
 *
 * @example A gradient of norm 5 clipped to norm 1
 * ```ts
 * import { clipGradNorm, gradNorm, type Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = { name: "w", shape: [2], decay: true,
 *   value: new Float64Array(2), grad: new Float64Array([3, -4]) };
 * expect(clipGradNorm([w], 1)).to.equal(5);
 * expect(gradNorm([w])).to.be.closeTo(1, 1e-6);
 * expect(w.grad[0]! / w.grad[1]!).to.be.closeTo(-0.75, 1e-15);
 * ```
 */
export function clipGradNorm(params: readonly Parameter[], maxNorm: number): number {
  requirePositive("maxNorm", maxNorm);
  const norm = gradNorm(params);
  if (!Number.isFinite(norm)) return norm;
  const factor = maxNorm / (norm + 1e-6);
  if (factor < 1) {
    for (const { grad } of params) {
      for (let i = 0; i < grad.length; i++) grad[i] = grad[i]! * factor;
    }
  }
  return norm;
}

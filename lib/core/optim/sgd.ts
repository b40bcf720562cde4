/**
 * Stochastic gradient descent, with optional momentum, dampening and Nesterov
 * momentum, following torch.optim.SGD's update rule exactly.
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";
import { describe, requireInRange } from "../_validate.ts";
import type { Optimizer } from "./optimizer.ts";
import { ParameterState, requireStepArguments, requireUnitInterval, zerosLike } from "./_step.ts";

/**
 * Options for {@linkcode sgd}.
 *
 * @example
 * ```ts
 * import { sgd } from "relu-lab";
 * import type { SgdOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: SgdOptions = { momentum: 0.9, nesterov: true };
 * expect(sgd(options).name).to.include("nesterov");
 * ```
 */
export interface SgdOptions {
  /** Momentum factor μ, in [0, 1); 0 is plain SGD. @default 0 */
  momentum?: number;
  /** Use Nesterov momentum (needs momentum > 0 and dampening 0). @default false */
  nesterov?: boolean;
  /** Dampening τ of the gradient added to the velocity, in [0, 1]. @default 0 */
  dampening?: number;
}

/**
 * SGD as PyTorch defines it. With gradient g and velocity b (per parameter):
 *
 * - first step: b ← g (no dampening, as PyTorch); later steps: b ← μ·b + (1 − τ)·g;
 * - direction d = g + μ·b with Nesterov, else d = b; with μ = 0 simply d = g;
 * - update w ← w − lr·d.
 *
 * Plain SGD and heavy-ball momentum are this one rule with μ = 0 or without Nesterov.
 * L2 regularisation (PyTorch's `weight_decay`) is a {@linkcode l2} penalty applied to
 * the gradients before the step.
 *
 * @param options Momentum, Nesterov, dampening.
 * @returns An optimiser whose state is one velocity per parameter (none when μ = 0).
 *
 * @example Plain SGD moves against the gradient by lr·grad
 * ```ts
 * import { type Parameter, sgd } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "w", shape: [2], decay: true,
 *   value: new Float64Array([1, 2]), grad: new Float64Array([0.5, -1]),
 * };
 * sgd().step([w], 0.1);
 * expect(Array.from(w.value)).to.deep.equal([0.95, 2.1]);
 * ```
 *
 * @example Momentum: the second step moves further along a constant gradient
 * ```ts
 * import { type Parameter, sgd } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "w", shape: [1], decay: true,
 *   value: new Float64Array([0]), grad: new Float64Array([1]),
 * };
 * const opt = sgd({ momentum: 0.5 });
 * opt.step([w], 1); // b = 1
 * opt.step([w], 1); // b = 0.5·1 + 1 = 1.5
 * expect(w.value[0]).to.equal(-2.5);
 * ```
 */
export function sgd(options: SgdOptions = {}): Optimizer {
  const { momentum = 0, nesterov = false, dampening = 0 } = options;
  requireUnitInterval("momentum", momentum);
  requireInRange("dampening", dampening, 0, 1);
  if (typeof nesterov !== "boolean") {
    throw new TypeError(`Expected nesterov to be a boolean, received ${describe(nesterov)}`);
  }
  if (nesterov && (momentum <= 0 || dampening !== 0)) {
    throw new RangeError(
      `Expected nesterov to come with momentum > 0 and dampening 0, received momentum ${momentum}, dampening ${dampening}`,
    );
  }
  // Direction d = gWeight·g + bWeight·b: Nesterov's g + μ·b, or heavy-ball's b.
  const gWeight = nesterov ? 1 : 0;
  const bWeight = nesterov ? momentum : 1;
  const velocities = new ParameterState((p) => ({ velocity: zerosLike(p.value), started: false }));
  return {
    name: _name(momentum, nesterov, dampening),
    step(params, learningRate) {
      requireStepArguments(params, learningRate);
      for (const p of params) {
        if (momentum === 0) {
          _descend(p.value, p.grad, learningRate);
          continue;
        }
        const state = velocities.get(p);
        // First step b = 0·b + 1·g = g exactly, as PyTorch's clone of the gradient.
        const keep = state.started ? momentum : 0;
        const add = state.started ? 1 - dampening : 1;
        state.started = true;
        _momentumStep(p.value, p.grad, state.velocity, learningRate, keep, add, gWeight, bWeight);
      }
    },
    reset: () => velocities.clear(),
  };
}

function _name(momentum: number, nesterov: boolean, dampening: number): string {
  if (momentum === 0) return "sgd";
  const settings = [`momentum=${momentum}`];
  if (dampening !== 0) settings.push(`dampening=${dampening}`);
  if (nesterov) settings.push("nesterov");
  return `sgd(${settings.join(", ")})`;
}

// Kernels.

/** w ← w − lr·g. */
function _descend(w: FloatArray, g: FloatArray, lr: number): void {
  for (let i = 0; i < w.length; i++) w[i] = w[i]! - lr * g[i]!;
}

/** b ← keep·b + add·g, then w ← w − lr·(gWeight·g + bWeight·b). */
function _momentumStep(
  w: FloatArray,
  g: FloatArray,
  b: FloatArray,
  lr: number,
  keep: number,
  add: number,
  gWeight: number,
  bWeight: number,
): void {
  for (let i = 0; i < w.length; i++) {
    b[i] = keep * b[i]! + add * g[i]!;
    w[i] = w[i]! - lr * (gWeight * g[i]! + bWeight * b[i]!);
  }
}

/**
 * Optimisation and regularisation: optimisers ({@linkcode sgd} with momentum and
 * Nesterov, {@linkcode adam}), weight penalties ({@linkcode l2}, {@linkcode l1},
 * {@linkcode elasticNet}), gradient clipping by global norm ({@linkcode clipGradNorm})
 * and learning-rate schedules. Update rules follow PyTorch's and are tested against it.
 *
 * @example One training step: penalty, clipping, then the update at the scheduled rate
 * ```ts
 * import { clipGradNorm, cosineLr, l2, type Parameter, sgd } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w: Parameter = {
 *   name: "weight", shape: [2], decay: true,
 *   value: new Float64Array([1, -1]), grad: new Float64Array([30, 40]),
 * };
 * const optimizer = sgd({ momentum: 0.9 });
 * const schedule = cosineLr(0.1, { epochs: 10 });
 * const penalty = l2(1e-4);
 *
 * const penaltyValue = penalty.apply([w]); // grad += 1e-4·w
 * const norm = clipGradNorm([w], 1); // rescale grad to norm 1
 * optimizer.step([w], schedule(0));
 * expect(penaltyValue).to.be.closeTo(1e-4, 1e-18);
 * expect(norm).to.be.closeTo(50, 1e-3);
 * expect(w.value[0]).to.be.closeTo(1 - 0.1 * 0.6, 1e-6);
 * ```
 *
 * @module
 */

export * from "./optimizer.ts";
export * from "./sgd.ts";
export * from "./adam.ts";
export * from "./penalty.ts";
export * from "./clip.ts";
export * from "./schedule.ts";

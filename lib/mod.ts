/**
 * relu-lab: build, train and diagnose small neural networks, to test with runnable evidence
 * whether Leaky ReLU is really an improvement over ReLU.
 *
 * This entry point is the core: activations with their derivatives, initialisers, the
 * matrix type and seeded randomness, layers, the `Sequential` model and `mlp`, losses,
 * optimisers, `fit`, dead-unit diagnostics, and data sets. Experiments, statistics and
 * analyses are in `relu-lab/lab`; figures and tables in `relu-lab/plot`; the tutorial's
 * chapters in `relu-lab/chapters`.
 *
 * @example Train a small network and count its dead units
 * ```ts
 * import { circles, deadUnits, fit, mlp } from "relu-lab";
 * import { expect } from "chai";
 *
 * const data = circles(0, { n: 200, noise: 0.1, factor: 0.5 });
 * const model = mlp({ sizes: [2, 8, 1], activation: "relu", seed: 0 });
 * const history = await fit(model, data, { epochs: 5, learningRate: 0.1 });
 * expect(history.status).to.equal("completed");
 * expect(deadUnits(model, data.x)[0]!.units).to.equal(8);
 * ```
 *
 * @module
 */

export * from "./core/activations/mod.ts";
export { erf } from "./core/erf.ts";
export * from "./core/init.ts";
export * from "./core/asymmetric_init.ts";
export * from "./core/matrix.ts";
export * from "./core/random.ts";
export * from "./core/losses.ts";
export type { Layer, Mode, Parameter } from "./core/layers/layer.ts";
export * from "./core/layers/dense.ts";
export * from "./core/layers/activation_layer.ts";
export * from "./core/layers/prelu.ts";
export * from "./core/layers/rrelu.ts";
export * from "./core/layers/batch_norm.ts";
export * from "./core/layers/dropout.ts";
export * from "./core/model/sequential.ts";
export * from "./core/model/mlp.ts";
export * from "./core/optim/mod.ts";
export * from "./core/train/fit.ts";
export * from "./core/diagnostics/mod.ts";
export * from "./data/mod.ts";

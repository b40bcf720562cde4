/**
 * relu-lab: a small, typed library for teaching, with runnable evidence, whether
 * Leaky ReLU is really an improvement over ReLU.
 *
 * @example Look up an activation and train-free use
 * ```ts
 * import { activationByName, relu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(activationByName("relu")).to.equal(relu);
 * ```
 *
 * @module
 */

export * from "./activations.ts";
export * from "./init.ts";
export * from "./matrix.ts";
export * from "./random.ts";
export { erf } from "./special.ts";
export { denseBackward } from "./kernels/dense_backward.ts";
export { gemm } from "./kernels/gemm.ts";
export { gemmReference } from "./kernels/gemm_reference.ts";
export { gemmWasm } from "./kernels/gemm_wasm.ts";
export { gemmThreads, setGemmThreads } from "./kernels/gemm_threads.ts";
export { rectifyBackward, rectifyForward } from "./kernels/rectifier.ts";
export * from "./layers/layer.ts";
export * from "./layers/dense.ts";
export * from "./layers/activation_layer.ts";
export * from "./layers/prelu.ts";
export * from "./layers/rrelu.ts";
export * from "./layers/batch_norm.ts";
export * from "./layers/dropout.ts";
export * from "./losses.ts";
export * from "./model/sequential.ts";
export * from "./model/mlp.ts";
export * from "./diagnostics/dead_units.ts";
export * from "./diagnostics/pre_activations.ts";
export * from "./diagnostics/gradient_norms.ts";
export * from "./diagnostics/gradient_flow.ts";
export * from "./data/mod.ts";
export * from "./optim/mod.ts";
export * from "./notebook/kernel.ts";
export * from "./progress.ts";
export * from "./progress_format.ts";
export * from "./train/fit.ts";
export * from "./analysis/mod.ts";
export * from "./plot/mod.ts";
export * from "./experiments/mod.ts";
export * from "./stats/mod.ts";
export * from "./notebook/markdown.ts";
export * from "./plot/xy_plot.ts";
export * from "./sweeps/threat_bias.ts";
export * from "./sweeps/threat_width.ts";
export * from "./sweeps/threat_revival.ts";
export * from "./sweeps/remedies.ts";
export * from "./sweeps/verdict_tasks.ts";
export * from "./sweeps/verdict.ts";
export * from "./plot/summary_series.ts";
export * from "./experiments/committed_results.ts";
export * from "./plot/pivot_table.ts";
export * from "./stats/format_estimate.ts";
export * from "./sweeps/threat_width_summary.ts";

/**
 * The experiment engine: sweeps declared as code, run on every core, results kept as
 * CSV data that resumes after interruption and splits into shards. It runs any sweep and
 * knows none in particular: each sweep names its module, which the workers import.
 *
 * @example Declare and plan
 * ```ts
 * import { defineSweep, planRuns } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2, 3] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 5 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(planRuns(sweep, "full")).to.have.length(15);
 * ```
 *
 * @module
 */

export * from "./sweep.ts";
export * from "./define_sweep.ts";
export * from "./plan.ts";
export * from "./result_row.ts";
export * from "./results_path.ts";
export * from "./results_file.ts";
export * from "./sidecar.ts";
export * from "./run_sweep.ts";
export * from "./merge_shards.ts";
export * from "./committed_results.ts";
export * from "./training_outcome.ts";
export * from "./per_epoch_rows.ts";

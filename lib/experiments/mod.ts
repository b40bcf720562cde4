/**
 * The experiment engine: sweeps declared as code, run on every core, results kept as
 * CSV data that resumes after interruption and splits into shards.
 *
 * @example Declare, plan and look up
 * ```ts
 * import { defineSweep, planRuns } from "relu-lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", grid: { x: [1, 2, 3] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 5 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(planRuns(sweep, "full")).to.have.length(15);
 * ```
 *
 * @module
 */

export * from "./sweep.ts";
export * from "./plan.ts";
export * from "./result_row.ts";
export * from "./results_path.ts";
export * from "./results_file.ts";
export * from "./sidecar.ts";
export * from "./registry.ts";
export * from "./run_sweep.ts";
export * from "./merge_shards.ts";
export * from "./history_outcome.ts";
export * from "./epoch_rows.ts";
export * from "../sweeps/w3_circles.ts";
export * from "../sweeps/dying_lr.ts";
export * from "../sweeps/dying_init.ts";
export * from "../sweeps/born_dead_mc.ts";
export * from "../sweeps/leaky_slope.ts";
export * from "../sweeps/prelu_slopes.ts";
export * from "../sweeps/boundary_nets.ts";
export * from "../sweeps/boundaries.ts";
export * from "../sweeps/deep_nets.ts";
export * from "../sweeps/gradients.ts";

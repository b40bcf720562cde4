/**
 * relu-lab/lab: run experiments and judge them. Sweeps declared as code and run on every
 * core with results kept as CSV (resumable, shardable, mergeable), statistics over seeds
 * (bootstrap intervals, paired comparisons, findings), and analyses of trained networks
 * (decision boundaries, linear pieces, pruning, the born-dead rate).
 *
 * @example Declare a sweep and plan its runs
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

export * from "./lab/mod.ts";
export * from "./stats/mod.ts";
export * from "./analysis/mod.ts";

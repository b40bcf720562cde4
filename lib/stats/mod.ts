/**
 * Statistics over seeds: mean, standard deviation, percentile bootstrap intervals,
 * paired comparisons with wins and effect sizes, and table builders over result rows.
 *
 * @example Summarise and compare
 * ```ts
 * import { Rng } from "relu-lab";
 * import { bootstrapCI, mean } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const accuracies = [0.91, 0.93, 0.9, 0.95, 0.92];
 * const ci = bootstrapCI(accuracies, { rng: new Rng(0) });
 * expect(ci.estimate).to.equal(mean(accuracies));
 * ```
 *
 * @module
 */

export { mean, std } from "./summary.ts";
export type { Row } from "./_groups.ts";
export * from "./bootstrap.ts";
export * from "./effect_size.ts";
export * from "./paired.ts";
export * from "./results_table.ts";
export * from "./comparison_table.ts";
export * from "./crossing.ts";
export * from "./format_estimate.ts";
export * from "./finding.ts";
export * from "./row_findings.ts";

/**
 * Chapter 6, are dead neurons a threat?: initial biases, width against learning rate (with
 * pruning and units dead elsewhere), and revival on new data; the chapter's findings,
 * tables, figures and evidence.
 *
 * @module
 */

export * from "./initial_bias.ts";
export * from "./width.ts";
export * from "./width_summary.ts";
export * from "./revival.ts";
export * from "./findings.ts";
export * from "./figures.ts";
export * from "./chapter.ts";

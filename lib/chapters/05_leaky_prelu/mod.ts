/**
 * Chapter 5, Leaky ReLU and PReLU: the sweep over the leak a and the slopes PReLU learns,
 * chapter 4's dying-lr runs of every activation; their findings, figures and evidence.
 *
 * @module
 */

export * from "./leaky_slope.ts";
export * from "./prelu_slopes.ts";
export * from "./leak_vs_lr.ts";
export * from "./slope_findings.ts";
export * from "./prelu_findings.ts";
export * from "./findings.ts";
export * from "./figures.ts";
export * from "./summaries.ts";
export * from "./chapter.ts";

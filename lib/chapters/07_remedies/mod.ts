/**
 * Chapter 7, remedies: each remedy for dying ReLUs against one baseline, on the same
 * seeds; its findings, tables, figure and evidence.
 *
 * @module
 */

export * from "./remedies.ts";
export * from "./findings.ts";
export * from "./leak_findings.ts";
export * from "./figures.ts";
export * from "./chapter.ts";

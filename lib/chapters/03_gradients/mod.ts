/**
 * Chapter 3, gradients: deep networks with each activation and initialisation; the sweeps
 * that measure how much gradient reaches their first layer, at initialisation and over
 * training; the chapter's findings, figures, tables and evidence.
 *
 * @module
 */

export * from "./deep_nets.ts";
export * from "./gradient_sweeps.ts";
export * from "./ratio_finding.ts";
export * from "./underflow.ts";
export * from "./findings.ts";
export * from "./figures.ts";
export * from "./chapter.ts";

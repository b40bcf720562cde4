/**
 * Chapter 4, how and why neurons die: the one-neuron microscope, the sweeps over learning
 * rate and initialisation with a census of dead units, and the Monte Carlo of networks
 * born dead; their findings, figures and evidence.
 *
 * @module
 */

export * from "./dying_lr.ts";
export * from "./dying_init.ts";
export * from "./born_dead.ts";
export * from "./microscope.ts";
export * from "./revival.ts";
export * from "./lr_findings.ts";
export * from "./init_findings.ts";
export * from "./born_dead_findings.ts";
export * from "./findings.ts";
export * from "./microscope_figures.ts";
export * from "./figures.ts";
export * from "./born_dead_figures.ts";
export * from "./summaries.ts";
export * from "./chapter.ts";

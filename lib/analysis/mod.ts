/**
 * Analyses the chapters run on trained or freshly drawn networks: decision surfaces
 * and feature maps, linear pieces, pruning dead units, a single-neuron microscope,
 * the born-dead probability of deep narrow networks (Monte Carlo and theory), and the
 * randomized asymmetric initialisation that lowers it.
 *
 * @module
 */

export * from "./surface.ts";
export * from "./linear_pieces.ts";
export * from "./prune.ts";
export * from "./neuron_trace.ts";
export * from "./born_dead.ts";
export * from "./born_dead_theory.ts";
export * from "./asymmetric_init.ts";
export * from "./crossing.ts";

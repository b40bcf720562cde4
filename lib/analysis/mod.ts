/**
 * Analyses the chapters run on trained or freshly drawn networks: decision surfaces
 * and feature maps, linear pieces, pruning dead units, a single-neuron microscope,
 * and the born-dead probability of deep narrow networks.
 *
 * @module
 */

export * from "./surface.ts";
export * from "./linear_pieces.ts";
export * from "./prune.ts";
export * from "./neuron_trace.ts";
export * from "./born_dead.ts";
export * from "./dead_elsewhere.ts";

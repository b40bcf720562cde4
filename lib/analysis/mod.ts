/**
 * Analyses the chapters run on trained or freshly drawn networks: decision surfaces
 * and feature maps, linear pieces, pruning dead units, a single-neuron microscope,
 * the born-dead probability of deep narrow networks (Monte Carlo and theory), and
 * decision boundaries as lines with a measure of how straight they are.
 *
 * @module
 */

export * from "./surface.ts";
export * from "./linear_pieces.ts";
export * from "./prune.ts";
export * from "./neuron_trace.ts";
export * from "./born_dead.ts";
export * from "./born_dead_theory.ts";
export * from "./contour.ts";
export * from "./boundary_shape.ts";
export * from "./dead_elsewhere.ts";

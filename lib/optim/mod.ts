/**
 * Optimisation and regularisation: optimisers ({@linkcode sgd} with momentum and
 * Nesterov, {@linkcode adam}), weight penalties ({@linkcode l2}, {@linkcode l1},
 * {@linkcode elasticNet}) and gradient clipping by global norm ({@linkcode clipGradNorm}). Update rules follow PyTorch's and are tested against it.
 *
 * @module
 */

export * from "./optimizer.ts";
export * from "./sgd.ts";
export * from "./adam.ts";
export * from "./penalty.ts";
export * from "./clip.ts";

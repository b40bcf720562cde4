/**
 * Optimisation and regularisation: optimisers ({@linkcode sgd} with momentum and
 * Nesterov, {@linkcode adam}) and weight penalties ({@linkcode l2}, {@linkcode l1},
 * {@linkcode elasticNet}). Update rules follow PyTorch's and are tested against it.
 *
 * @module
 */

export * from "./optimizer.ts";
export * from "./sgd.ts";
export * from "./adam.ts";
export * from "./penalty.ts";

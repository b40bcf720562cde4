/**
 * Chapter 8, the verdict: ReLU against Leaky ReLU, PReLU and context activations on five
 * data sets, with the recipe of each.
 *
 * @module
 */

export * from "./recipes.ts";
export * from "./verdict.ts";

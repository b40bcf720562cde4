/**
 * Chapter 8, the verdict: ReLU against Leaky ReLU, PReLU, RReLU and context activations on
 * five data sets, with the recipe of each; the chapter's findings, tables, figure, its
 * comparison with Xu et al. (2015), and its evidence.
 *
 * @module
 */

export * from "./recipes.ts";
export * from "./verdict.ts";
export * from "./findings.ts";
export * from "./figures.ts";
export * from "./literature.ts";
export * from "./chapter.ts";

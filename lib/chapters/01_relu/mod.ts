/**
 * Chapter 1, ReLU as a function: the derivative profiles of ReLU and its relatives, exact
 * values on a fine grid; the chapter's tables, findings and evidence. Its namespace in
 * `relu-lab/chapters` is `basics`: `relu` is the activation's name.
 *
 * @module
 */

export * from "./powers_of_ten.ts";
export * from "./derivatives.ts";
export * from "./findings.ts";
export * from "./figures.ts";
export * from "./chapter.ts";

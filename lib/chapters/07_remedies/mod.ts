/**
 * Chapter 7, remedies: each remedy for dying ReLUs against one baseline, on the same
 * seeds.
 *
 * @module
 */

export * from "./remedies.ts";

/**
 * Chapter 2, feature boundaries: small MLPs with different activations learn two circles;
 * the sweep that counts how straight their decision boundaries are; the chapter's
 * findings, figures, tables and evidence.
 *
 * @module
 */

export * from "./boundary_nets.ts";
export * from "./boundary_shape.ts";
export * from "./findings.ts";
export * from "./figures.ts";
export * from "./chapter.ts";

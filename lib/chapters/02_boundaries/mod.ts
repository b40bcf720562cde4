/**
 * Chapter 2, feature boundaries: small MLPs with different activations learn two circles,
 * and the sweep that counts how straight their decision boundaries are.
 *
 * @module
 */

export * from "./boundary_nets.ts";
export * from "./boundary_shape.ts";

/**
 * Chapter 3, gradients: deep networks with each activation and initialisation, and the
 * sweeps that measure how much gradient reaches their first layer, at initialisation and
 * over training.
 *
 * @module
 */

export * from "./deep_nets.ts";
export * from "./gradient_sweeps.ts";

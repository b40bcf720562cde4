/**
 * Chapter 5, Leaky ReLU and PReLU: the sweep over the leak a and the slopes PReLU learns.
 *
 * @module
 */

export * from "./leaky_slope.ts";
export * from "./prelu_slopes.ts";

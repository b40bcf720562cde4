/**
 * Activation functions, each next to its derivative.
 *
 * An {@linkcode Activation} is a plain value: scalar `f` and `df` for reading and
 * plotting, and vectorised `forward`/`backward` over typed arrays for the layers.
 * Parametrised activations are factories (`leakyRelu(0.1)`). PReLU and RReLU have
 * state (a learned or random slope), so they are layers: see `../layers/prelu.ts`
 * and `../layers/rrelu.ts`.
 *
 * Derivatives at a kink follow PyTorch: ReLU'(0) = 0, LeakyReLU'(0) = a.
 *
 * @module
 */

export type { Activation } from "./activation.ts";
export * from "./rectifiers.ts";
export * from "./exponential.ts";
export * from "./smooth.ts";
export * from "./by_name.ts";

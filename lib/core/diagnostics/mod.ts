/**
 * Diagnostics of a network on data: which hidden units are dead or inactive (the one
 * home of the census and its pooled shares), the pre-activations it is taken from, and
 * how much gradient reaches each layer.
 *
 * @module
 */

export {
  deadUnits,
  type LayerDeadUnits,
  pooledDeadFraction,
  pooledInactiveFraction,
} from "./dead_units.ts";
export { type LayerPreActivations, preActivations } from "./pre_activations.ts";
export * from "./gradient_norms.ts";
export * from "./gradient_flow.ts";

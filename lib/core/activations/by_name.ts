/**
 * Activations by name: the registry that string-configured code (CLI flags, sweep grids,
 * CSV columns) uses, e.g. `activationByName("leaky_relu(0.1)")`.
 *
 * @module
 */

import type { Activation } from "./activation.ts";
import { leakyRelu, relu } from "./rectifiers.ts";
import { elu, selu } from "./exponential.ts";
import { gelu, identity, sigmoid, silu, softplus, tanh } from "./smooth.ts";
import { describe, requireFinite } from "../_validate.ts";

/** The activations the registry knows, with their optional numeric parameter. */
const _REGISTRY: Readonly<Record<string, (param?: number) => Activation>> = {
  relu: () => relu,
  leaky_relu: (a) => leakyRelu(a),
  elu: (alpha) => elu(alpha),
  selu: () => selu,
  gelu: () => gelu,
  silu: () => silu,
  softplus: () => softplus,
  sigmoid: () => sigmoid,
  tanh: () => tanh,
  identity: () => identity,
};

/**
 * Names {@linkcode activationByName} accepts, without parameters.
 *
 * @example
 * ```ts
 * import { ACTIVATION_NAMES } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(ACTIVATION_NAMES).to.include.members(["relu", "leaky_relu", "tanh"]);
 * ```
 */
export const ACTIVATION_NAMES: readonly string[] = Object.keys(_REGISTRY);

/**
 * Looks up an activation by name, as used in CLI flags, sweep grids and CSV columns.
 * A parameter may follow in parentheses: `"leaky_relu(0.1)"`, `"elu(0.5)"`.
 *
 * @param spec A name from {@linkcode ACTIVATION_NAMES}, optionally with `(parameter)`.
 * @returns The activation; its `name` round-trips through this function.
 *
 * @example
 * ```ts
 * import { activationByName } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(activationByName("leaky_relu(0.1)").f(-1)).to.be.closeTo(-0.1, 1e-15);
 * expect(() => activationByName("swish2")).to.throw(/one of/);
 * ```
 */
export function activationByName(spec: string): Activation {
  const match = typeof spec === "string"
    ? /^([a-z_]+)(?:\((-?[0-9.eE+-]+)\))?$/.exec(spec.trim())
    : null;
  const make = match ? _REGISTRY[match[1]!] : undefined;
  if (!match || !make) {
    throw new RangeError(
      `Expected activation to be one of ${ACTIVATION_NAMES.join(", ")} (optionally with a ` +
        `parameter, e.g. "leaky_relu(0.1)"), received ${describe(spec)}`,
    );
  }
  if (match[2] === undefined) return make();
  const param = Number(match[2]);
  requireFinite(`the parameter of ${match[1]}`, param);
  return make(param);
}

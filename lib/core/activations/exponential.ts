/**
 * The exponential linear units: ELU, x for x > 0 and α(eˣ − 1) below, and SELU, its
 * self-normalising scaled form.
 *
 * @module
 */

import { type Activation, elementwise } from "./activation.ts";
import { requirePositive } from "../_validate.ts";

/**
 * ELU: x for x > 0, α(eˣ − 1) otherwise.
 *
 * @param alpha Saturation value for large negative inputs (−α), a positive number.
 * @returns The activation.
 *
 * @example Saturates at −α
 * ```ts
 * import { elu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(elu(1).f(-50)).to.be.closeTo(-1, 1e-12);
 * ```
 */
export function elu(alpha = 1): Activation {
  requirePositive("alpha", alpha);
  return elementwise(
    `elu(${alpha})`,
    (x) => (x > 0 ? x : alpha * Math.expm1(x)),
    (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
  );
}

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

/**
 * SELU: scale · ELU(x; α) with the self-normalising constants of Klambauer et al. (2017).
 *
 * @example
 * ```ts
 * import { selu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(selu.f(1)).to.be.closeTo(1.0507009873554805, 1e-15);
 * ```
 */
export const selu: Activation = elementwise(
  "selu",
  (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
  (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
);

/**
 * Per-layer gradient norms, to see gradients vanish or explode with depth.
 *
 * @module
 */

import { describe } from "../_validate.ts";
import { Dense } from "../layers/dense.ts";
import type { Sequential } from "../model/sequential.ts";

/**
 * The L2 norm of each dense layer's weight gradient from the last backward pass,
 * input side first.
 *
 * @param model A model on which `backward` (or `lossAndGradients`) has run.
 * @returns One norm per dense layer.
 *
 * @example
 * ```ts
 * import { bce, fromRows, gradientNorms, mlp } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlp({ sizes: [2, 4, 1], seed: 3, dtype: "float64" });
 * model.lossAndGradients(fromRows([[1, 2]], "float64"), fromRows([[1]], "float64"), bce);
 * expect(gradientNorms(model)).to.have.length(2);
 * ```
 */
export function gradientNorms(model: Sequential): number[] {
  if (!Array.isArray(model?.layers)) {
    throw new TypeError(`Expected model to be a Sequential, received ${describe(model)}`);
  }
  return model.layers.filter((layer) => layer instanceof Dense).map((layer) => {
    let sum = 0;
    for (const g of layer.weight.grad) sum += g * g;
    return Math.sqrt(sum);
  });
}

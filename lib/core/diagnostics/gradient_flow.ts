/**
 * How much gradient reaches each layer: one backward pass, watched layer by layer.
 * Vanishing gradients show as a shrinking ∂loss/∂z from the output towards the input;
 * a ReLU's exact zeros show as the share of entries that are exactly 0.
 *
 * @module
 */

import { describe } from "../_validate.ts";
import { Dense } from "../layers/dense.ts";
import type { Loss } from "../losses.ts";
import { dtypeOf, type Matrix, requireShape, zeros } from "../matrix.ts";
import type { Sequential } from "../model/sequential.ts";

/**
 * The gradient at one dense layer, from one backward pass over a batch.
 *
 * @example
 * ```ts
 * import { bce, fromRows, gradientFlow, mlp } from "relu-lab";
 * import type { LayerGradientFlow } from "relu-lab";
 * import { expect } from "chai";
 *
 * const flow: LayerGradientFlow[] = gradientFlow(mlp({ sizes: [2, 3, 1] }), fromRows([[1, 2]]), fromRows([[1]]), bce);
 * expect(flow[0]!.weightNorm).to.be.at.least(0);
 * ```
 */
export interface LayerGradientFlow {
  /** L2 norm of ∂loss/∂W, the weight gradient (what `gradientNorms` reports). */
  readonly weightNorm: number;
  /** Root mean square of ∂loss/∂z over the batch and units, z being the layer's output. */
  readonly outputGradRms: number;
  /** Smallest nonzero |∂loss/∂z| (0 if every entry is 0). */
  readonly outputGradMin: number;
  /** Share of ∂loss/∂z entries that are exactly 0 (a ReLU passes no gradient there). */
  readonly exactZeros: number;
}

function _flow(layer: Dense, gradOut: Matrix): LayerGradientFlow {
  let squares = 0, zerosCount = 0, min = Infinity;
  for (const g of gradOut.data) {
    squares += g * g;
    if (g === 0) zerosCount++;
    else min = Math.min(min, Math.abs(g));
  }
  let weight = 0;
  for (const g of layer.weight.grad) weight += g * g;
  const n = gradOut.data.length;
  return {
    weightNorm: Math.sqrt(weight),
    outputGradRms: Math.sqrt(squares / n),
    outputGradMin: Number.isFinite(min) ? min : 0,
    exactZeros: zerosCount / n,
  };
}

/**
 * Runs one forward (training mode) and backward pass of `loss` on a batch and records,
 * at every dense layer, the gradient with respect to its output and its weights. Fills the
 * parameters' `grad` as `lossAndGradients` does.
 *
 * @param model The network.
 * @param x Inputs, one row per sample.
 * @param targets Targets in the loss's format.
 * @param loss The loss on the logits, e.g. `bce`.
 * @returns One entry per dense layer, input side first.
 *
 * @example Through ten sigmoid layers the gradient shrinks towards the input
 * ```ts
 * import { bce, fromRows, gradientFlow, mlp } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlp({ sizes: [2, ...Array(10).fill(16), 1], activation: "sigmoid", seed: 1 });
 * const flow = gradientFlow(model, fromRows([[1, 2], [-1, 0]]), fromRows([[1], [0]]), bce);
 * expect(flow).to.have.length(11);
 * expect(flow[0]!.outputGradRms).to.be.below(flow[9]!.outputGradRms / 100);
 * expect(flow[0]!.exactZeros).to.equal(0);
 * ```
 */
export function gradientFlow(
  model: Sequential,
  x: Matrix,
  targets: Matrix,
  loss: Loss,
): LayerGradientFlow[] {
  requireShape("x", x, model.inputSize);
  requireShape("targets", targets, undefined, x.rows);
  if (typeof loss?.evaluate !== "function") {
    throw new TypeError(`Expected loss to be a Loss, received ${describe(loss)}`);
  }
  const out = model.forward(x, "train");
  let grad = zeros(out.rows, out.cols, dtypeOf(out.data));
  loss.evaluate(out, targets, grad);
  const flows: LayerGradientFlow[] = [];
  for (let i = model.layers.length - 1; i >= 0; i--) {
    const layer = model.layers[i]!;
    const gradOut = grad;
    grad = layer.backward(gradOut);
    if (layer instanceof Dense) flows.unshift(_flow(layer, gradOut));
  }
  return flows;
}

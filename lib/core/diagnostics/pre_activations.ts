/**
 * The inputs of each hidden activation layer: where a unit decides to fire or not.
 *
 * @module
 */

import { ActivationLayer } from "../layers/activation_layer.ts";
import type { Layer } from "../layers/layer.ts";
import { PReLU } from "../layers/prelu.ts";
import { RReLU } from "../layers/rrelu.ts";
import { type Matrix, requireShape } from "../matrix.ts";
import type { Sequential } from "../model/sequential.ts";

/**
 * Pre-activations of one hidden activation layer.
 *
 * @example
 * ```ts
 * import { fromRows, mlp, preActivations } from "relu-lab";
 * import type { LayerPreActivations } from "relu-lab";
 * import { expect } from "chai";
 *
 * const [first]: LayerPreActivations[] = preActivations(mlp({ sizes: [2, 3, 1] }), fromRows([[1, 2]]));
 * expect([first!.layer, first!.z.cols]).to.deep.equal([1, 3]);
 * ```
 */
export interface LayerPreActivations {
  /** Index of the activation layer in `model.layers`. */
  readonly layer: number;
  /** The activation layer itself. */
  readonly activation: Layer;
  /** Its inputs, one row per sample (a copy). */
  readonly z: Matrix;
}

/** Whether `layer` is an elementwise activation (ActivationLayer, PReLU or RReLU). */
export function isActivationLayer(layer: Layer): boolean {
  return layer instanceof ActivationLayer || layer instanceof PReLU || layer instanceof RReLU;
}

/**
 * Runs `model` in evaluation mode on `x` and returns the input of every hidden
 * activation layer, input side first.
 *
 * @param model The network.
 * @param x Inputs, one row per sample (at least one).
 * @returns One entry per activation layer.
 *
 * @example
 * ```ts
 * import { fromRows, mlpFromWeights, preActivations } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[2], [-1]], [[1, 1]]], biases: [[0, 1], [0]] });
 * const [first] = preActivations(model, fromRows([[3]], "float64"));
 * expect(Array.from(first!.z.data)).to.deep.equal([6, -2]);
 * ```
 */
export function preActivations(model: Sequential, x: Matrix): LayerPreActivations[] {
  return preActivationsAndOutput(model, x).preActivations;
}

/**
 * {@linkcode preActivations} and the model's evaluation-mode output from the same forward
 * pass, for callers that want both (the training loop's test-set census and test loss).
 *
 * @param model The network.
 * @param x Inputs, one row per sample (at least one).
 * @returns The pre-activations and the output (a copy).
 *
 * @example The output is what `predict` gives
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { preActivationsAndOutput } from "./pre_activations.ts";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[2], [-1]], [[1, 1]]], biases: [[0, 1], [0]] });
 * const { output } = preActivationsAndOutput(model, fromRows([[3]], "float64"));
 * expect(Array.from(output.data)).to.deep.equal([6]);
 * ```
 */
export function preActivationsAndOutput(
  model: Sequential,
  x: Matrix,
): { preActivations: LayerPreActivations[]; output: Matrix } {
  requireShape("x", x, model.inputSize);
  if (x.rows === 0) throw new RangeError("Expected x to have at least one row, received 0 rows");
  const found: LayerPreActivations[] = [];
  let input = x;
  model.layers.forEach((layer, index) => {
    if (isActivationLayer(layer)) {
      found.push({ layer: index, activation: layer, z: { ...input, data: input.data.slice() } });
    }
    input = layer.forward(input, "eval");
  });
  return { preActivations: found, output: { ...input, data: input.data.slice() } };
}

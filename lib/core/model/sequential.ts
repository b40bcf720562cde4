/**
 * A stack of layers applied in order: the model type of relu-lab.
 *
 * @module
 */

import type { Layer, Mode, Parameter } from "../layers/layer.ts";
import type { Loss } from "../losses.ts";
import { dtypeOf, type Matrix, requireShape, zeros } from "../matrix.ts";
import { describe } from "../_validate.ts";

/**
 * A parameter's gradient as plain numbers, for cross-checks against other frameworks.
 *
 * @example
 * ```ts
 * import { bce, fromRows, mlp } from "relu-lab";
 * import type { ParameterGradient } from "relu-lab";
 * import { expect } from "chai";
 *
 * const { gradients } = mlp({ sizes: [2, 3, 1] }).lossAndGradients(fromRows([[1, 0]]), fromRows([[1]]), bce);
 * const first: ParameterGradient = gradients[0]!;
 * expect([first.layer, first.name, first.shape]).to.deep.equal([0, "weight", [3, 2]]);
 * ```
 */
export interface ParameterGradient {
  /** Index of the layer in {@linkcode Sequential.layers}. */
  readonly layer: number;
  /** Parameter name within the layer. */
  readonly name: string;
  /** Shape of the parameter. */
  readonly shape: readonly number[];
  /** ∂loss/∂parameter, flattened row-major. */
  readonly grad: number[];
}

/**
 * Layers applied one after another.
 *
 * @example A hand-built two-layer model
 * ```ts
 * import { ActivationLayer, Dense, fromRows, relu, Rng, Sequential } from "relu-lab";
 * import { expect } from "chai";
 *
 * const rng = new Rng(0);
 * const model = new Sequential([new Dense(2, 3, rng), new ActivationLayer(relu, 3), new Dense(3, 1, rng)]);
 * expect(model.predict(fromRows([[0.5, -1]])).cols).to.equal(1);
 * ```
 */
export class Sequential {
  /** Features per input row. */
  readonly inputSize: number;
  /** Features per output row. */
  readonly outputSize: number;

  /**
   * A model of `layers`, applied in order.
   *
   * @example Widths must chain
   * ```ts
   * import { Dense, Rng, Sequential } from "relu-lab";
   * import { expect } from "chai";
   *
   * const rng = new Rng(0);
   * expect(new Sequential([new Dense(2, 3, rng), new Dense(3, 1, rng)]).outputSize).to.equal(1);
   * expect(() => new Sequential([new Dense(2, 3, rng), new Dense(4, 1, rng)])).to.throw(
   *   RangeError,
   *   "Expected layer 1 (dense) to take 3 inputs, received 4",
   * );
   * ```
   *
   * @param layers At least one layer; each layer's input size must match the previous output.
   */
  constructor(readonly layers: readonly Layer[]) {
    if (layers.length === 0) {
      throw new RangeError("Expected layers to hold at least one layer, received 0");
    }
    layers.forEach((layer, i) => {
      const previous = layers[i - 1];
      if (previous && previous.outputSize !== layer.inputSize) {
        throw new RangeError(
          `Expected layer ${i} (${layer.kind}) to take ${previous.outputSize} inputs, received ${layer.inputSize}`,
        );
      }
    });
    this.inputSize = layers[0]!.inputSize;
    this.outputSize = layers.at(-1)!.outputSize;
  }

  /** Runs every layer; the result may be a buffer reused by the next call. */
  forward(x: Matrix, mode: Mode): Matrix {
    requireShape("x", x, this.inputSize);
    let out = x;
    for (const layer of this.layers) out = layer.forward(out, mode);
    return out;
  }

  /** Back-propagates ∂loss/∂output through every layer, filling each parameter's `grad`. */
  backward(gradOut: Matrix): Matrix {
    return this.layers[0]!.backward(this.#backwardToFirst(gradOut));
  }

  /**
   * Back-propagates like {@linkcode Sequential.backward} but skips the gradient with respect
   * to the model's input where the first layer can (a dense layer then saves a third of its
   * backward work): what training needs.
   */
  backwardParameters(gradOut: Matrix): void {
    const grad = this.#backwardToFirst(gradOut), first = this.layers[0]!;
    if (first.backwardParameters) first.backwardParameters(grad);
    else first.backward(grad);
  }

  /** Back-propagates through every layer but the first; returns ∂loss/∂(first layer's output). */
  #backwardToFirst(gradOut: Matrix): Matrix {
    let grad = gradOut;
    for (let i = this.layers.length - 1; i > 0; i--) grad = this.layers[i]!.backward(grad);
    return grad;
  }

  /** Evaluation-mode outputs (logits), copied so they survive later calls. */
  predict(x: Matrix): Matrix {
    const out = this.forward(x, "eval");
    return { rows: out.rows, cols: out.cols, data: out.data.slice() };
  }

  /** Every learnable parameter, layer by layer. */
  parameters(): Parameter[] {
    return this.layers.flatMap((layer) => layer.parameters());
  }

  /**
   * One training-mode forward and backward pass on a batch.
   *
   * @param x Inputs, one row per sample.
   * @param targets Targets in the loss's format.
   * @param loss The loss to differentiate.
   * @returns The mean loss and every parameter's gradient as plain numbers.
   */
  lossAndGradients(
    x: Matrix,
    targets: Matrix,
    loss: Loss,
  ): { loss: number; gradients: ParameterGradient[] } {
    if (typeof loss?.evaluate !== "function") {
      throw new TypeError(`Expected loss to be a Loss, received ${describe(loss)}`);
    }
    const out = this.forward(x, "train");
    const grad = zeros(out.rows, out.cols, dtypeOf(out.data));
    const value = loss.evaluate(out, targets, grad);
    this.backwardParameters(grad);
    const gradients = this.layers.flatMap((layer, index) =>
      layer.parameters().map((p) => ({
        layer: index,
        name: p.name,
        shape: p.shape,
        grad: Array.from(p.grad),
      }))
    );
    return { loss: value, gradients };
  }
}

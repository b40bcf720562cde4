/**
 * Builds multi-layer perceptrons: dense layers with a hidden activation between
 * them and logits at the output.
 *
 * @module
 */

import { type Activation, activationByName } from "../activations/mod.ts";
import type { Initializer } from "../init.ts";
import { ActivationLayer } from "../layers/activation_layer.ts";
import { BatchNorm } from "../layers/batch_norm.ts";
import { Dense } from "../layers/dense.ts";
import { Dropout } from "../layers/dropout.ts";
import type { Layer } from "../layers/layer.ts";
import { PReLU } from "../layers/prelu.ts";
import { RReLU } from "../layers/rrelu.ts";
import { type Dtype, DTYPES, fromRows } from "../matrix.ts";
import { Rng } from "../random.ts";
import {
  describe,
  requireBoolean,
  requireInHalfOpen,
  requireInitializer,
  requireInteger,
  requireOneOf,
} from "../_validate.ts";
import { Sequential } from "./sequential.ts";

/**
 * A hidden activation: an {@linkcode Activation}, a registry name such as `"relu"` or
 * `"leaky_relu(0.1)"`, or one of the layer activations `"prelu"` (one learned slope
 * per layer), `"prelu_per_unit"` or `"rrelu"`.
 *
 * @example A name, a layer activation or an Activation value
 * ```ts
 * import { elu, mlp } from "relu-lab";
 * import type { HiddenActivation } from "relu-lab";
 * import { expect } from "chai";
 *
 * const choices: HiddenActivation[] = ["relu", "leaky_relu(0.1)", "prelu", elu(0.5)];
 * expect(choices.map((activation) => mlp({ sizes: [2, 3, 1], activation }).layers[1]!.kind))
 *   .to.deep.equal(["activation:relu", "activation:leaky_relu(0.1)", "prelu", "activation:elu(0.5)"]);
 * ```
 */
export type HiddenActivation = Activation | string;

/**
 * Options for {@linkcode mlp}.
 *
 * @example
 * ```ts
 * import { mlp } from "relu-lab";
 * import type { MlpOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: MlpOptions = { sizes: [2, 8, 1], batchNorm: true, dropout: 0.1, seed: 4 };
 * expect(mlp(options).layers.map((l) => l.kind)).to.deep.equal(["dense", "batch_norm", "activation:relu", "dropout", "dense"]);
 * ```
 */
export interface MlpOptions {
  /** Layer widths from input to output, e.g. `[2, 16, 16, 1]`; at least two entries. */
  sizes: readonly number[];
  /** Activation after each hidden dense layer. @default "relu" */
  activation?: HiddenActivation;
  /** Seed for initial weights and for dropout/RReLU randomness. @default 0 */
  seed?: number;
  /** Storage type. @default "float32" */
  dtype?: Dtype;
  /** Weight initialiser for every dense layer. @default heUniform() */
  weightInit?: Initializer;
  /** Bias initialiser for hidden dense layers. @default zerosInit */
  biasInit?: Initializer;
  /** Insert batch normalisation between each hidden dense layer and its activation. @default false */
  batchNorm?: boolean;
  /** Dropout rate after each hidden activation (0 for none). @default 0 */
  dropout?: number;
}

/**
 * Makes the layer for a hidden activation spec: PReLU and RReLU layers by name, else an
 * {@linkcode ActivationLayer}.
 *
 * @param spec An activation or its name (`"prelu"`, `"prelu_per_unit"`, `"rrelu"` or a registry name).
 * @param size Units.
 * @param rng Generator for RReLU's slopes.
 * @param dtype Storage type of PReLU's slopes.
 * @returns The layer.
 *
 * @example
 * ```ts
 * import { hiddenActivationLayer, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(hiddenActivationLayer("prelu", 4, new Rng(0)).kind).to.equal("prelu");
 * expect(hiddenActivationLayer("leaky_relu(0.1)", 4, new Rng(0)).kind).to.equal("activation:leaky_relu(0.1)");
 * ```
 */
export function hiddenActivationLayer(
  spec: HiddenActivation,
  size: number,
  rng: Rng,
  dtype: Dtype = "float32",
): Layer {
  if (spec === "prelu") return new PReLU(size, { dtype });
  if (spec === "prelu_per_unit") return new PReLU(size, { slopes: "per_unit", dtype });
  if (spec === "rrelu") return new RReLU(size, rng);
  const activation = typeof spec === "string" ? activationByName(spec) : spec;
  if (typeof activation?.forward !== "function") {
    throw new TypeError(
      `Expected activation to be an Activation or a name, received ${describe(spec)}`,
    );
  }
  return new ActivationLayer(activation, size);
}

/**
 * Builds an MLP: for each hidden width, Dense → [BatchNorm] → activation → [Dropout];
 * then a Dense output layer producing logits (no output activation: the loss applies
 * sigmoid or softmax).
 *
 * @param options Widths, activation, seed and the rest.
 * @returns The model.
 *
 * @example The two-circle network of the tutorial
 * ```ts
 * import { mlp } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlp({ sizes: [2, 16, 16, 1], activation: "leaky_relu(0.1)", seed: 1 });
 * expect(model.layers.map((l) => l.kind)).to.deep.equal([
 *   "dense", "activation:leaky_relu(0.1)", "dense", "activation:leaky_relu(0.1)", "dense",
 * ]);
 * ```
 */
export function mlp(options: MlpOptions): Sequential {
  const { sizes, activation = "relu", seed = 0, dtype = "float32", dropout = 0 } = options;
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new RangeError(`Expected sizes to list at least 2 widths, received ${describe(sizes)}`);
  }
  sizes.forEach((size, i) => requireInteger(`sizes[${i}]`, size, 1));
  requireInHalfOpen("dropout", dropout, 0, 1);
  requireOneOf("dtype", dtype, DTYPES);
  if (options.weightInit !== undefined) requireInitializer("weightInit", options.weightInit);
  if (options.biasInit !== undefined) requireInitializer("biasInit", options.biasInit);
  if (options.batchNorm !== undefined) requireBoolean("batchNorm", options.batchNorm);
  const rng = new Rng(seed);
  const layers: Layer[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const hidden = i < sizes.length - 1;
    const width = sizes[i]!;
    layers.push(
      new Dense(sizes[i - 1]!, width, rng, {
        dtype,
        ...(options.weightInit && { weightInit: options.weightInit }),
        ...(hidden && options.biasInit && { biasInit: options.biasInit }),
      }),
    );
    if (!hidden) break;
    if (options.batchNorm) layers.push(new BatchNorm(width, { dtype }));
    layers.push(hiddenActivationLayer(activation, width, rng.fork("activation"), dtype));
    if (dropout > 0) layers.push(new Dropout(width, dropout, rng.fork("dropout")));
  }
  return new Sequential(layers);
}

/**
 * Options for {@linkcode mlpFromWeights}.
 *
 * @example
 * ```ts
 * import { mlpFromWeights } from "relu-lab";
 * import type { MlpWeights } from "relu-lab";
 * import { expect } from "chai";
 *
 * const spec: MlpWeights = { weights: [[[2]], [[1]]], biases: [[0], [1]], activation: "relu" };
 * expect(mlpFromWeights(spec).layers).to.have.length(3);
 * ```
 */
export interface MlpWeights {
  /** One `[out][in]` matrix per dense layer (PyTorch's `weight` layout). */
  weights: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>;
  /** One bias vector per dense layer. */
  biases: ReadonlyArray<ReadonlyArray<number>>;
  /** Hidden activation. @default "relu" */
  activation?: HiddenActivation;
  /** Storage type. @default "float64" */
  dtype?: Dtype;
}

/**
 * Builds an MLP from explicit weights and biases given as plain numbers, e.g. copied
 * from a PyTorch model, so that outputs and gradients can be cross-checked.
 *
 * @param spec Weights, biases, activation and dtype.
 * @returns The model.
 *
 * @example
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [-1]], [[1, 1]]], biases: [[0, 0], [0.5]] });
 * expect(model.predict(fromRows([[-3]], "float64")).data[0]).to.equal(3.5);
 * ```
 */
export function mlpFromWeights(spec: MlpWeights): Sequential {
  const { weights, biases, activation = "relu", dtype = "float64" } = spec;
  if (!Array.isArray(weights) || weights.length === 0 || biases?.length !== weights.length) {
    throw new RangeError(
      `Expected weights and biases to be non-empty arrays of equal length, received ${
        describe(weights)
      } and ${describe(biases)}`,
    );
  }
  const sizes = [weights[0]![0]?.length ?? 0, ...weights.map((w) => w.length)];
  const model = mlp({ sizes, activation, dtype });
  model.layers.filter((layer) => layer instanceof Dense).forEach((layer, i) => {
    const w = fromRows(weights[i]!, dtype, `weights[${i}]`);
    const b = fromRows([biases[i]!], dtype, `biases[${i}]`);
    if (w.rows !== layer.outputSize || w.cols !== layer.inputSize || b.cols !== layer.outputSize) {
      throw new RangeError(
        `Expected weights[${i}] to be ${layer.outputSize} × ${layer.inputSize} and biases[${i}] ` +
          `of length ${layer.outputSize}, received ${w.rows} × ${w.cols} and ${b.cols}`,
      );
    }
    layer.weight.value.set(w.data);
    layer.bias.value.set(b.data);
  });
  return model;
}

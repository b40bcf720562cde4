/**
 * A microscope on one neuron: push its incoming weight far negative and watch
 * whether gradient descent can bring it back.
 *
 * @module
 */

import type { Dense } from "../core/layers/dense.ts";
import { mse } from "../core/losses.ts";
import { zeros } from "../core/matrix.ts";
import { type HiddenActivation, mlpFromWeights } from "../core/model/mlp.ts";
import { sgd } from "../core/optim/sgd.ts";
import { Rng } from "../core/random.ts";
import { requireFinite, requireInteger, requirePositive } from "../core/_validate.ts";

/**
 * Options for {@linkcode traceNeuron}.
 *
 * @example
 * ```ts
 * import { traceNeuron } from "relu-lab/lab";
 * import type { NeuronTraceOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: NeuronTraceOptions = { activation: "relu", weight: -3, steps: 10, learningRate: 0.05 };
 * expect(traceNeuron(options).weight).to.have.length(10);
 * ```
 */
export interface NeuronTraceOptions {
  /** The neuron's activation. @default "relu" */
  activation?: HiddenActivation;
  /** Initial incoming weight w (the neuron computes act(w·x + b)). */
  weight: number;
  /** Initial bias b. @default 0 */
  bias?: number;
  /** Full-batch gradient steps. @default 300 */
  steps?: number;
  /** SGD step size. @default 0.05 */
  learningRate?: number;
  /** Training inputs x ~ U(0.5, 2), targets 2x. @default 64 */
  samples?: number;
  /** Seed of the inputs. @default 0 */
  seed?: number;
}

/**
 * Per step (before the update): the neuron's parameters, mean output and weight gradient.
 *
 * @example A dead neuron's trace is flat
 * ```ts
 * import { traceNeuron } from "relu-lab/lab";
 * import type { NeuronTrace } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const trace: NeuronTrace = traceNeuron({ weight: -3, steps: 5 });
 * expect(trace.weightGrad.every((g) => g === 0)).to.equal(true);
 * expect(trace.diverged).to.equal(undefined);
 * ```
 */
export interface NeuronTrace {
  /** The step at which the loss became non-finite, if it did (the trace stops before it). */
  diverged?: number;
  /** The incoming weight w at each step. */
  readonly weight: number[];
  /** The bias b at each step. */
  readonly bias: number[];
  /** The neuron's mean output over the inputs at each step (0 for a dead ReLU). */
  readonly meanOutput: number[];
  /** ∂loss/∂w at each step (exactly 0 for a dead ReLU). */
  readonly weightGrad: number[];
  /** The mean squared error at each step. */
  readonly loss: number[];
}

/**
 * Trains one neuron, x → act(w·x + b), on y = 2x (x in [0.5, 2], all positive, so w < 0
 * and b ≤ 0 put its pre-activation below 0 for every input) with full-batch SGD and mean
 * squared error, and records it at every step. Only w and b learn (the output weight is
 * fixed at 1), so what moves is the neuron alone.
 *
 * @param options Activation, initial weight and bias, steps.
 * @returns Trajectories, one entry per step.
 *
 * @example A dead ReLU neuron never moves; a leaky one does
 * ```ts
 * import { traceNeuron } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const dead = traceNeuron({ weight: -3, steps: 50 });
 * expect(new Set(dead.weight).size).to.equal(1);
 * expect(dead.weightGrad.every((g) => g === 0)).to.equal(true);
 * const leaky = traceNeuron({ activation: "leaky_relu(0.01)", weight: -3, steps: 50 });
 * expect(leaky.weight.at(-1)).to.not.equal(-3);
 * ```
 */
export function traceNeuron(options: NeuronTraceOptions): NeuronTrace {
  const {
    activation = "relu",
    weight,
    bias = 0,
    steps = 300,
    learningRate = 0.05,
    samples = 64,
    seed = 0,
  } = options;
  requireFinite("weight", weight);
  requireFinite("bias", bias);
  requireInteger("steps", steps, 1);
  requireInteger("samples", samples, 1);
  requirePositive("learningRate", learningRate);
  const rng = new Rng(seed);
  const x = zeros(samples, 1, "float64"), y = zeros(samples, 1, "float64");
  for (let i = 0; i < samples; i++) {
    x.data[i] = rng.uniform(0.5, 2);
    y.data[i] = 2 * x.data[i]!;
  }
  const model = mlpFromWeights({ weights: [[[weight]], [[1]]], biases: [[bias], [0]], activation });
  const neuron = model.layers[0] as Dense;
  const optimizer = sgd();
  const trace: NeuronTrace = { weight: [], bias: [], meanOutput: [], weightGrad: [], loss: [] };
  for (let step = 0; step < steps; step++) {
    const out = model.layers[1]!.forward(neuron.forward(x, "eval"), "eval").data;
    let total = 0;
    for (let i = 0; i < samples; i++) total += out[i]!;
    trace.meanOutput.push(total / samples);
    const { loss } = model.lossAndGradients(x, y, mse);
    if (!Number.isFinite(loss)) return { ...trace, diverged: step };
    trace.weight.push(neuron.weight.value[0]!);
    trace.bias.push(neuron.bias.value[0]!);
    trace.weightGrad.push(neuron.weight.grad[0]!);
    trace.loss.push(loss);
    optimizer.step(neuron.parameters(), learningRate);
  }
  return trace;
}

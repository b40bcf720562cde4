/**
 * "Biases as supports": does the initial bias of the hidden units decide how many ReLU
 * units are dead, at birth and after training? Two circles, MLP 2-16-16-1, SGD, batch 32.
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { constantInit } from "../../core/init.ts";
import { mlp } from "../../core/model/mlp.ts";
import { deriveSeed } from "../../core/random.ts";
import { fit } from "../../core/train/fit.ts";
import { circlesTask } from "../_shared/circles_task.ts";
import { divergedOutcome } from "../../lab/training_outcome.ts";
import { deadUnits, pooledDeadFraction } from "../../core/diagnostics/dead_units.ts";
import { accuracy } from "../../core/losses.ts";

/** The grid of {@linkcode initialBiasSweep}. */
export type InitialBiasGrid = {
  /** Constant initial bias of every hidden unit. */
  readonly bias: readonly number[];
  /** SGD step size. */
  readonly learningRate: readonly number[];
  /** Passes over the 500 training points. */
  readonly epochs: readonly number[];
};

/** The final metrics {@linkcode initialBiasSweep} records. */
export type InitialBiasMetric = "deadAtInit" | "deadFraction" | "accuracy" | "testAccuracy";

const _METRICS: readonly InitialBiasMetric[] = [
  "deadAtInit",
  "deadFraction",
  "accuracy",
  "testAccuracy",
];

/**
 * Initial hidden bias × learning rate on two circles (500 training and 500 test points,
 * He-uniform weights): the share of hidden units dead on the training inputs at
 * initialisation and after training, and the accuracies. Each seed draws its own data,
 * weights and batch order, shared by every bias and rate (paired comparisons).
 *
 * @example Its grid
 * ```ts
 * import { initialBiasSweep } from "./initial_bias.ts";
 * import { expect } from "chai";
 *
 * expect(initialBiasSweep.grid.bias).to.include(0);
 * expect(initialBiasSweep.profiles.full.seeds).to.equal(20);
 * ```
 */
export const initialBiasSweep: Sweep<InitialBiasGrid, InitialBiasMetric> = defineSweep({
  name: "threat-bias",
  description: "Initial hidden bias vs dead ReLU units at birth and after training (circles)",
  module: import.meta.url,
  grid: {
    bias: [-1, -0.5, -0.2, 0, 0.1, 0.5, 1],
    learningRate: [0.3, 2],
    epochs: [60],
  },
  profiles: {
    quick: { seeds: 3, grid: { bias: [-1, -0.2, 0, 0.1, 1], epochs: [30] } },
    full: { seeds: 20 },
  },
  metrics: _METRICS,
  async run({ bias, learningRate, epochs }, seed) {
    const { train, test } = circlesTask(seed, 500);
    const model = mlp({
      sizes: [2, 16, 16, 1],
      seed: deriveSeed(seed, "init"),
      biasInit: constantInit(bias),
    });
    const deadAtInit = pooledDeadFraction(deadUnits(model, train.x));
    const history = await fit(model, train, {
      epochs,
      learningRate,
      batchSize: 32,
      seed: deriveSeed(seed, "shuffle"),
    });
    return divergedOutcome(history, _METRICS) ?? {
      metrics: {
        deadAtInit,
        deadFraction: pooledDeadFraction(deadUnits(model, train.x)),
        accuracy: accuracy(model.predict(train.x), train.y),
        testAccuracy: accuracy(model.predict(test.x), test.y),
      },
    };
  },
});

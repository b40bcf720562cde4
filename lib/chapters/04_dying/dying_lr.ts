/**
 * Why neurons die, part 1: the learning rate. A 2-16-16-1 MLP trained with plain SGD on
 * two circles at learning rates from gentle to explosive, with a census of dead (ReLU)
 * and inactive (no positive pre-activation on any training input) units per layer
 * before training and after every epoch.
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { hiddenActivationLayer, mlp } from "../../core/model/mlp.ts";
import { deriveSeed, Rng } from "../../core/random.ts";
import { CENSUS_METRICS, type CensusMetric, trainWithCensus } from "../_shared/census_training.ts";
import { circlesTask } from "../_shared/circles_task.ts";

/**
 * The setup {@linkcode dyingLr} trains (and {@linkcode dyingInit}, but for its
 * initialisation and learning rate), as the chapter states it and later chapters quote it:
 * the run builds its network and data from these fields, and a test replays a run from
 * them alone.
 *
 * @example
 * ```ts
 * import { DYING_SETUP, dyingLr } from "./dying_lr.ts";
 * import { expect } from "chai";
 *
 * expect(DYING_SETUP.sizes).to.deep.equal([2, 16, 16, 1]);
 * expect(dyingLr.grid.epochs).to.deep.equal([DYING_SETUP.epochs]);
 * ```
 */
export const DYING_SETUP = {
  /** Layer sizes: 2 inputs, two hidden layers of 16, one output (a logit). */
  sizes: [2, 16, 16, 1],
  /** Training points, and as many fresh test points, of two noisy circles. */
  points: 1000,
  /** The circles' noise, as `circlesTask` draws them. */
  noise: 0.1,
  /** The inner circle's radius (the outer one's is 1). */
  factor: 0.5,
  /** Initial weights (`mlp`'s default) and biases. */
  init: "He-uniform weights (fan-in, gain √2), zero biases",
  /** The update rule. */
  optimizer: "plain SGD (no momentum, no weight decay)",
  /** Minibatch size, reshuffled every epoch (`trainWithCensus`). */
  batchSize: 32,
  /** Passes over the training data. */
  epochs: 30,
  /** The loss. */
  loss: "binary cross-entropy on the logit",
} as const;

/**
 * The grid of {@linkcode dyingLr}. A type alias, not an interface, so that its
 * result rows are typed field by field.
 */
export type DyingLrGrid = {
  /** Hidden activation specs, as `mlp` takes them. */
  readonly activation: readonly string[];
  /** SGD step sizes. */
  readonly learningRate: readonly number[];
  /** Passes over the training data. */
  readonly epochs: readonly number[];
};

/**
 * 5 activations × 10 learning rates × 10 seeds (full); quick: ReLU and Leaky ReLU (0.01) at
 * 5 learning rates, 3 seeds. Each seed fixes the data, initial weights and batch order,
 * shared by every setting, so comparisons are paired.
 *
 * @example Its quick profile
 * ```ts
 * import { planRuns } from "relu-lab/lab";
 * import { dyingLr } from "./dying_lr.ts";
 * import { expect } from "chai";
 *
 * expect(planRuns(dyingLr, "quick")).to.have.length(30);
 * expect(dyingLr.metrics).to.include("deadFraction");
 * ```
 */
export const dyingLr: Sweep<DyingLrGrid, CensusMetric> = defineSweep({
  name: "dying-lr",
  description: "Dead and inactive units per layer over training vs SGD learning rate, circles",
  module: import.meta.url,
  grid: {
    activation: ["relu", "leaky_relu(0.01)", "leaky_relu(0.1)", "prelu", "rrelu"],
    learningRate: [0.03, 0.1, 0.3, 1, 1.5, 2, 2.5, 3, 4, 5],
    epochs: [DYING_SETUP.epochs],
  },
  profiles: {
    quick: {
      seeds: 3,
      grid: { activation: ["relu", "leaky_relu(0.01)"], learningRate: [0.1, 1, 2, 3, 5] },
    },
    full: { seeds: 10 },
  },
  metrics: CENSUS_METRICS,
  check: { activation: (name) => hiddenActivationLayer(name, 1, new Rng(0)) },
  run({ activation, learningRate, epochs }, seed) {
    const { sizes, points } = DYING_SETUP;
    const model = mlp({ sizes: [...sizes], activation, seed: deriveSeed(seed, "init") });
    return trainWithCensus(model, circlesTask(seed, points), { epochs, learningRate }, seed);
  },
});

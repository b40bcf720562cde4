/**
 * The choice of Leaky ReLU's slope a, from 0 (ReLU) to 1 (the identity: the network is
 * linear), on two circles at a gentle and an explosive learning rate, in a wide and a
 * narrow network.
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { mlp } from "../../core/model/mlp.ts";
import { deriveSeed } from "../../core/random.ts";
import { requireInRange, requireInteger } from "../../core/_validate.ts";
import { CENSUS_METRICS, type CensusMetric, trainWithCensus } from "../_shared/census_training.ts";
import { circlesTask } from "../_shared/circles_task.ts";

/**
 * The grid of {@linkcode leakySlope}. A type alias, not an interface, so that its
 * result rows are typed field by field.
 */
export type LeakySlopeGrid = {
  /** Leaky ReLU's negative slope, in [0, 1]. */
  readonly a: readonly number[];
  /** SGD step sizes. */
  readonly learningRate: readonly number[];
  /** Units in each of the two hidden layers. */
  readonly width: readonly number[];
  /** Passes over the training data. */
  readonly epochs: readonly number[];
};

/**
 * 10 slopes × 2 learning rates × 2 widths × 10 seeds (full); quick: 5 slopes, width 16,
 * 3 seeds. Seeds are shared by every setting (paired comparisons).
 *
 * @example Its quick profile
 * ```ts
 * import { planRuns } from "relu-lab/lab";
 * import { leakySlope } from "./leaky_slope.ts";
 * import { expect } from "chai";
 *
 * expect(planRuns(leakySlope, "quick")).to.have.length(30);
 * ```
 */
export const leakySlope: Sweep<LeakySlopeGrid, CensusMetric> = defineSweep({
  name: "leaky-slope",
  description: "Leaky ReLU slope a from 0 to 1: test accuracy and inactive units, circles",
  module: import.meta.url,
  grid: {
    a: [0, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1],
    learningRate: [0.1, 3],
    width: [16, 4],
    epochs: [30],
  },
  profiles: {
    quick: { seeds: 3, grid: { a: [0, 0.01, 0.1, 0.3, 1], width: [16] } },
    full: { seeds: 10 },
  },
  metrics: CENSUS_METRICS,
  check: {
    a: (a) => requireInRange("a", a, 0, 1),
    width: (w) => requireInteger("width", w, 1),
  },
  run({ a, learningRate, width, epochs }, seed) {
    const model = mlp({
      sizes: [2, width, width, 1],
      activation: `leaky_relu(${a})`,
      seed: deriveSeed(seed, "init"),
    });
    return trainWithCensus(model, circlesTask(seed), { epochs, learningRate }, seed);
  },
});

/**
 * The W3 workload as a sweep: W1-style trainings on two circles (MLP 2-16-16-1, SGD,
 * batch 32, 1,000 training points) for 5 activations × 4 learning rates × 5 seeds. Like
 * W1, a run measures only at the end: accuracy on a fresh 1,000-point test draw and the
 * share of dead hidden units on the training inputs (the chapters' sweeps, not this
 * benchmark, follow the census epoch by epoch).
 *
 * @module
 */

import { circles } from "../lib/data/circles.ts";
import { deadUnits, pooledDeadFraction } from "../lib/core/diagnostics/dead_units.ts";
import { trainingOutcome } from "../lib/lab/training_outcome.ts";
import { defineSweep } from "../lib/lab/define_sweep.ts";
import type { Grid, Sweep } from "../lib/lab/sweep.ts";
import { hiddenActivationLayer, mlp } from "../lib/core/model/mlp.ts";
import { deriveSeed, Rng } from "../lib/core/random.ts";
import { accuracy } from "../lib/core/losses.ts";
import { fit } from "../lib/core/train/fit.ts";

/** The grid of {@linkcode w3Circles}. */
export interface W3Grid extends Grid {
  /** Hidden activation specs, as `mlp` takes them. */
  readonly activation: readonly string[];
  /** SGD step sizes. */
  readonly learningRate: readonly number[];
  /** Passes over the training data. */
  readonly epochs: readonly number[];
}

/** The final metrics {@linkcode w3Circles} records. */
export type W3Metric = "loss" | "accuracy" | "testAccuracy" | "deadFraction";

const _METRICS: readonly W3Metric[] = ["loss", "accuracy", "testAccuracy", "deadFraction"];

/**
 * 5 activations × 4 learning rates × 5 seeds × 50 epochs on two circles (the full
 * profile is the W3 benchmark: 100 runs); quick: ReLU vs Leaky ReLU, lr 0.1,
 * 2 seeds, 10 epochs. Each seed draws its own data, initial weights and batch order,
 * shared by every activation and learning rate, so comparisons are paired.
 *
 * @example Its grid
 * ```ts
 * import { w3Circles } from "./w3_sweep.ts";
 * import { expect } from "chai";
 *
 * expect(w3Circles.grid.activation).to.have.length(5);
 * expect(w3Circles.profiles.full.seeds).to.equal(5);
 * ```
 */
export const w3Circles: Sweep<W3Grid, W3Metric> = defineSweep({
  name: "w3-circles",
  description: "Activations x learning rates on two circles, 2-16-16-1 MLP, SGD (the W3 benchmark)",
  module: import.meta.url,
  grid: {
    activation: ["relu", "leaky_relu(0.01)", "prelu", "tanh", "sigmoid"],
    learningRate: [0.01, 0.03, 0.1, 0.3],
    epochs: [50],
  },
  profiles: {
    quick: {
      seeds: 2,
      grid: { activation: ["relu", "leaky_relu(0.01)"], learningRate: [0.1], epochs: [10] },
    },
    full: { seeds: 5 },
  },
  metrics: _METRICS,
  check: { activation: (name) => hiddenActivationLayer(name, 1, new Rng(0)) },
  async run({ activation, learningRate, epochs }, seed) {
    const data = (purpose: string) =>
      circles(deriveSeed(seed, purpose), { n: 1000, noise: 0.1, factor: 0.5 });
    const model = mlp({ sizes: [2, 16, 16, 1], activation, seed: deriveSeed(seed, "init") });
    const train = data("train"), test = data("test");
    const history = await fit(model, train, {
      epochs,
      learningRate,
      batchSize: 32,
      seed: deriveSeed(seed, "shuffle"),
    });
    const outcome = trainingOutcome(history, ["loss", "accuracy"]);
    if (outcome.status === "diverged") {
      return {
        ...outcome,
        metrics: { loss: null, accuracy: null, testAccuracy: null, deadFraction: null },
      };
    }
    return {
      ...outcome,
      metrics: {
        ...outcome.metrics,
        testAccuracy: accuracy(model.predict(test.x), test.y),
        deadFraction: pooledDeadFraction(deadUnits(model, train.x)),
      },
    };
  },
});

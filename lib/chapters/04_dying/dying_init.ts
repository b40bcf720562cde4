/**
 * Why neurons die, part 2: the initialisation. The same circles task and network as
 * {@linkcode dyingLr} at a moderate learning rate, with He-uniform weights scaled up or
 * down and hidden biases started negative (constant, or normal around a negative mean).
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { constantInit, heUniform, normalInit } from "../../core/init.ts";
import { hiddenActivationLayer, mlp } from "../../core/model/mlp.ts";
import { deriveSeed, Rng } from "../../core/random.ts";
import { requireFinite, requirePositive } from "../../core/_validate.ts";
import { CENSUS_METRICS, type CensusMetric, trainWithCensus } from "../_shared/census_training.ts";
import { circlesTask } from "../_shared/circles_task.ts";
import { DYING_SETUP } from "./dying_lr.ts";

/**
 * The grid of {@linkcode dyingInit}. A type alias, not an interface, so that its
 * result rows are typed field by field.
 */
export type DyingInitGrid = {
  /** Hidden activation specs, as `mlp` takes them. */
  readonly activation: readonly string[];
  /** Factor on He-uniform's bound (1 is He). */
  readonly weightScale: readonly number[];
  /** Mean of the hidden biases at initialisation. */
  readonly biasMean: readonly number[];
  /** Standard deviation of the hidden biases (0: every bias equals the mean). */
  readonly biasStd: readonly number[];
  /** SGD step size. */
  readonly learningRate: readonly number[];
  /** Passes over the training data. */
  readonly epochs: readonly number[];
};

/**
 * 2 activations × 5 weight scales × 4 bias means × 2 bias spreads × 10 seeds (full);
 * quick: 3 scales × 2 bias means, constant biases, 3 seeds.
 *
 * @example Its quick profile
 * ```ts
 * import { planRuns } from "relu-lab/lab";
 * import { dyingInit } from "./dying_init.ts";
 * import { expect } from "chai";
 *
 * expect(planRuns(dyingInit, "quick")).to.have.length(36);
 * ```
 */
export const dyingInit: Sweep<DyingInitGrid, CensusMetric> = defineSweep({
  name: "dying-init",
  description: "Dead and inactive units vs weight scale and negative bias at init, circles",
  module: import.meta.url,
  grid: {
    activation: ["relu", "leaky_relu(0.01)"],
    weightScale: [0.25, 0.5, 1, 2, 4],
    biasMean: [0, -0.5, -1, -2],
    biasStd: [0, 0.5],
    learningRate: [0.1],
    epochs: [DYING_SETUP.epochs],
  },
  profiles: {
    quick: {
      seeds: 3,
      grid: { weightScale: [0.5, 1, 4], biasMean: [0, -1], biasStd: [0] },
    },
    full: { seeds: 10 },
  },
  metrics: CENSUS_METRICS,
  check: {
    activation: (name) => hiddenActivationLayer(name, 1, new Rng(0)),
    weightScale: (s) => requirePositive("weightScale", s),
    biasMean: (m) => requireFinite("biasMean", m),
    biasStd: (s) => s === 0 || requirePositive("biasStd", s),
  },
  run({ activation, weightScale, biasMean, biasStd, learningRate, epochs }, seed) {
    const model = mlp({
      sizes: [...DYING_SETUP.sizes],
      activation,
      seed: deriveSeed(seed, "init"),
      weightInit: heUniform("fan_in", Math.SQRT2 * weightScale),
      biasInit: biasStd === 0 ? constantInit(biasMean) : normalInit(biasMean, biasStd),
    });
    const task = circlesTask(seed, DYING_SETUP.points);
    return trainWithCensus(model, task, { epochs, learningRate }, seed);
  },
});

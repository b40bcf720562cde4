/**
 * The verdict: ReLU against Leaky ReLU (a = 0.01, 0.1 and Xu et al.'s "very leaky"
 * a = 1/5.5), PReLU and RReLU, with ELU and GELU for context, on four synthetic problems and
 * Fashion-MNIST, every activation trained on the same seeds (same data, initial weights and
 * batch order) so that they compare paired.
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { hiddenActivationLayer, mlp } from "../../core/model/mlp.ts";
import { deriveSeed, Rng } from "../../core/random.ts";
import { fit } from "../../core/train/fit.ts";
import { requireOneOf } from "../../core/_validate.ts";
import { divergedOutcome } from "../../lab/training_outcome.ts";
import {
  deadUnits,
  pooledDeadFraction,
  pooledInactiveFraction,
} from "../../core/diagnostics/dead_units.ts";
import { accuracy } from "../../core/losses.ts";
import {
  recipeData,
  recipeOptimizer,
  VERDICT_DATASETS,
  type VerdictBudget,
  verdictRecipe,
} from "./recipes.ts";

/**
 * The "very leaky" slope of Xu, Wang, Chen & Li (2015, "Empirical Evaluation of Rectified
 * Activations in Convolutional Network"), whose CIFAR networks did best with it: a = 1/5.5.
 */
export const VERY_LEAKY_SLOPE: number = 1 / 5.5;

/**
 * The activations of the verdict: ReLU first, the contenders, then context. The very leaky
 * slope and RReLU (slopes drawn from U(1/8, 1/3) in training, their mean 11/48 in
 * evaluation, as PyTorch does) were added to test Xu et al.'s finding; their runs share
 * the seeds of the others.
 */
export const VERDICT_ACTIVATIONS: readonly string[] = [
  "relu",
  "leaky_relu(0.01)",
  "leaky_relu(0.1)",
  `leaky_relu(${VERY_LEAKY_SLOPE})`,
  "prelu",
  "rrelu",
  "elu",
  "gelu",
];

/** The grid of {@linkcode verdictSweep}. */
export type VerdictGrid = {
  /** One of `VERDICT_DATASETS`. */
  readonly dataset: readonly string[];
  /** A hidden activation spec. */
  readonly activation: readonly string[];
  /** `"standard"` (full profile) or `"small"` (quick profile); see `verdictRecipe`. */
  readonly budget: readonly string[];
};

/** The final metrics {@linkcode verdictSweep} records. */
export type VerdictMetric = "accuracy" | "testAccuracy" | "deadFraction" | "inactiveFraction";

const _METRICS: readonly VerdictMetric[] = [
  "accuracy",
  "testAccuracy",
  "deadFraction",
  "inactiveFraction",
];

/**
 * Each activation on each dataset with the dataset's recipe (`verdictRecipe`): final
 * training accuracy (the last epoch's running accuracy over its minibatches), test
 * accuracy, and the shares of hidden units dead and never active on the training inputs.
 * Full profile: standard budget, 20 seeds; quick: small budget, 3 seeds.
 *
 * @example Every comparison is paired
 * ```ts
 * import { verdictSweep } from "./verdict.ts";
 * import { expect } from "chai";
 *
 * expect(verdictSweep.seedFields).to.deep.equal([]); // seeds do not depend on the activation
 * expect(verdictSweep.profiles.full.seeds).to.be.at.least(20);
 * ```
 */
export const verdictSweep: Sweep<VerdictGrid, VerdictMetric> = defineSweep({
  name: "verdict",
  description: "ReLU vs Leaky ReLU, PReLU, RReLU (ELU, GELU) on 4 toy sets and Fashion-MNIST",
  module: import.meta.url,
  grid: {
    dataset: VERDICT_DATASETS,
    activation: VERDICT_ACTIVATIONS,
    budget: ["standard"],
  },
  profiles: { quick: { seeds: 3, grid: { budget: ["small"] } }, full: { seeds: 20 } },
  metrics: _METRICS,
  check: {
    dataset: (name) => requireOneOf("dataset", name, VERDICT_DATASETS),
    activation: (name) => hiddenActivationLayer(name, 1, new Rng(0)),
    budget: (name) => requireOneOf("budget", name, ["standard", "small"]),
  },
  async run({ dataset, activation, budget }, seed) {
    const recipe = verdictRecipe(dataset, budget as VerdictBudget);
    const { train, test } = await recipeData(dataset, recipe, seed);
    const model = mlp({ sizes: recipe.sizes, activation, seed: deriveSeed(seed, "init") });
    const history = await fit(model, train, {
      epochs: recipe.epochs,
      learningRate: recipe.learningRate,
      batchSize: recipe.batchSize,
      optimizer: recipeOptimizer(recipe),
      seed: deriveSeed(seed, "shuffle"),
    });
    const diverged = divergedOutcome(history, _METRICS);
    if (diverged) return diverged;
    const census = deadUnits(model, train.x);
    return {
      metrics: {
        accuracy: history.epochs.at(-1)!.accuracy!,
        testAccuracy: accuracy(model.predict(test.x), test.y),
        deadFraction: pooledDeadFraction(census),
        inactiveFraction: pooledInactiveFraction(census),
      },
    };
  },
});

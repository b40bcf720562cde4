/**
 * The training recipes of the verdict: for each dataset, a standard budget (the evidence)
 * and a small one (a quick run in a notebook or CI), with the network, optimiser and data.
 *
 * @module
 */

import { datasetByName } from "../../data/registry.ts";
import { loadFashionMnist } from "../../data/fashion_mnist.ts";
import { type Dataset, subset } from "../../data/dataset.ts";
import type { Optimizer } from "../../core/optim/optimizer.ts";
import { sgd } from "../../core/optim/sgd.ts";
import { deriveSeed } from "../../core/random.ts";
import { requireOneOf } from "../../core/_validate.ts";

/** The datasets of the verdict, in the order the chapter shows them. */
export const VERDICT_DATASETS: readonly string[] = [
  "circles",
  "moons",
  "spirals",
  "xor",
  "fashion-mnist",
];

/** The two budgets: `"standard"` for the full profile, `"small"` for the quick one. */
export type VerdictBudget = "standard" | "small";

/** How one dataset is learnt under one budget. */
export interface VerdictRecipe {
  /** Layer widths, input to output. */
  readonly sizes: readonly number[];
  /** Passes over the training data. */
  readonly epochs: number;
  /** Step size. */
  readonly learningRate: number;
  /** Samples per minibatch. */
  readonly batchSize: number;
  /** Momentum of SGD (0 for plain SGD). */
  readonly momentum: number;
  /** Training samples (synthetic: drawn per seed; Fashion-MNIST: the first ones). */
  readonly train: number;
  /** Test samples (synthetic: drawn per seed; Fashion-MNIST: the first ones of its test split). */
  readonly test: number;
  /** Generator options of a synthetic dataset. */
  readonly options: Readonly<Record<string, number>>;
  /**
   * Fashion-MNIST only: take the training images and the disjoint held-out images both
   * from the 10,000-image test file, which loads six times faster than the training file.
   */
  readonly fromTestFile: boolean;
}

const _TOY = {
  sizes: [2, 16, 16, 1],
  learningRate: 0.1,
  batchSize: 32,
  momentum: 0,
  epochs: 50,
  train: 1000,
  test: 1000,
  fromTestFile: false,
} as const;

const _STANDARD: Readonly<Record<string, VerdictRecipe>> = {
  circles: { ..._TOY, options: { noise: 0.1, factor: 0.5 } },
  moons: { ..._TOY, options: { noise: 0.2 } },
  spirals: {
    ..._TOY,
    sizes: [2, 32, 32, 1],
    learningRate: 0.3,
    epochs: 100,
    options: { noise: 0.05 },
  },
  xor: { ..._TOY, options: { noise: 0.05 } },
  "fashion-mnist": {
    sizes: [784, 256, 128, 10],
    epochs: 1,
    learningRate: 0.05,
    batchSize: 128,
    momentum: 0.9,
    train: 60000,
    test: 10000,
    options: {},
    fromTestFile: false,
  },
};

/**
 * The recipe of a dataset under a budget. The small budget keeps the network and the
 * optimiser and cuts the work: synthetic sets to 400 training points and 30 epochs (spirals
 * 60), Fashion-MNIST to 2,000 training and 2,000 held-out images from its test file.
 *
 * @param dataset One of {@linkcode VERDICT_DATASETS}.
 * @param budget `"standard"` or `"small"`.
 * @returns The recipe.
 *
 * @example Fashion-MNIST, standard budget
 * ```ts
 * import { verdictRecipe } from "./recipes.ts";
 * import { expect } from "chai";
 *
 * expect(verdictRecipe("fashion-mnist", "standard").sizes).to.deep.equal([784, 256, 128, 10]);
 * expect(verdictRecipe("circles", "small").train).to.equal(400);
 * ```
 */
export function verdictRecipe(dataset: string, budget: VerdictBudget): VerdictRecipe {
  requireOneOf("dataset", dataset, VERDICT_DATASETS);
  requireOneOf("budget", budget, ["standard", "small"]);
  const standard = _STANDARD[dataset]!;
  if (budget === "standard") return standard;
  return dataset === "fashion-mnist"
    ? { ...standard, train: 2000, test: 2000, fromTestFile: true }
    : { ...standard, train: 400, epochs: dataset === "spirals" ? 60 : 30 };
}

/**
 * The optimiser of a recipe: SGD with the recipe's momentum (plain SGD at 0).
 *
 * @param recipe A recipe from {@linkcode verdictRecipe}.
 * @returns A fresh optimiser.
 *
 * @example
 * ```ts
 * import { recipeOptimizer, verdictRecipe } from "./recipes.ts";
 * import { expect } from "chai";
 *
 * expect(recipeOptimizer(verdictRecipe("fashion-mnist", "standard")).step).to.be.a("function");
 * ```
 */
export function recipeOptimizer(recipe: VerdictRecipe): Optimizer {
  return sgd({ momentum: recipe.momentum });
}

const _fashionCache = new Map<string, Promise<Dataset>>();

/**
 * Loads the training and test data of a recipe for one seed: synthetic sets are drawn
 * from the seed; Fashion-MNIST is the same for every seed (each file read once per process).
 *
 * @param dataset One of {@linkcode VERDICT_DATASETS}.
 * @param recipe Its recipe (for the sizes and generator options).
 * @param seed The run's seed.
 * @returns Training and test sets.
 *
 * @example Circles under the small budget
 * ```ts
 * import { recipeData, verdictRecipe } from "./recipes.ts";
 * import { expect } from "chai";
 *
 * const { train, test } = await recipeData("circles", verdictRecipe("circles", "small"), 1);
 * expect([train.x.rows, test.x.rows]).to.deep.equal([400, 1000]);
 * ```
 */
export async function recipeData(
  dataset: string,
  recipe: VerdictRecipe,
  seed: number,
): Promise<{ train: Dataset; test: Dataset }> {
  requireOneOf("dataset", dataset, VERDICT_DATASETS);
  if (dataset !== "fashion-mnist") {
    const draw = (purpose: string, n: number) =>
      datasetByName(dataset, { rng: deriveSeed(seed, purpose), n, ...recipe.options });
    return { train: await draw("train", recipe.train), test: await draw("test", recipe.test) };
  }
  const load = (split: "train" | "test") => {
    if (!_fashionCache.has(split)) _fashionCache.set(split, loadFashionMnist({ split }));
    return _fashionCache.get(split)!;
  };
  const first = (data: Dataset, from: number, count: number) =>
    from === 0 && count === data.x.rows
      ? data
      : subset(data, Array.from({ length: count }, (_, i) => from + i));
  if (recipe.fromTestFile) {
    const file = await load("test");
    return { train: first(file, 0, recipe.train), test: first(file, recipe.train, recipe.test) };
  }
  return {
    train: first(await load("train"), 0, recipe.train),
    test: first(await load("test"), 0, recipe.test),
  };
}

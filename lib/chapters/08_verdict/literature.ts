/**
 * Where the verdict meets the literature: Xu, Wang, Chen & Li (2015, "Empirical Evaluation
 * of Rectified Activations in Convolutional Network", arXiv 1505.00853) found a non-zero
 * negative slope consistently better than ReLU in their CNNs, with a large leak (a = 1/5.5)
 * and RReLU best. Their setting and this chapter's, side by side, so that a reader sees
 * where this tutorial's evidence does and does not reach. What is said of the paper is what
 * its abstract and the public descriptions of its RReLU state; the chapter says so.
 *
 * @module
 */

import { Table } from "../../display/table.ts";
import { VERDICT_DATASETS, verdictRecipe } from "./recipes.ts";
import { verdictSweep } from "./verdict.ts";

/** How a study trained and compared its activations. */
export interface StudySetting {
  /** The study. */
  readonly study: string;
  /** The networks. */
  readonly networks: string;
  /** The data. */
  readonly data: string;
  /** How long and how they were trained. */
  readonly training: string;
  /** Regularisation. */
  readonly regularisation: string;
  /** What was measured and compared. */
  readonly measured: string;
}

/** Xu et al. (2015) as far as its abstract and the public descriptions of RReLU state it. */
export const XU_2015: StudySetting = {
  study: "Xu, Wang, Chen & Li (2015)",
  networks: "deep convolutional networks",
  data: "natural images: CIFAR-10 and CIFAR-100 (32×32 colour photographs, 50,000 for " +
    "training), and the plankton images of the National Data Science Bowl",
  training: "deep networks trained over many passes of the data",
  regularisation:
    "RReLU's random slopes are themselves a regulariser: on small data sets, the authors " +
    "write, fixed or learned slopes overfit and the randomised one does not",
  measured: "the test error of the trained networks, one number per activation and data set " +
    "(we found no seeds or intervals reported)",
};

/**
 * This chapter's setting, from the verdict's recipes.
 *
 * @returns The setting.
 *
 * @example
 * ```ts
 * import { verdictSetting } from "./literature.ts";
 * import { expect } from "chai";
 *
 * expect(verdictSetting().networks).to.contain("784-256-128-10");
 * ```
 */
export function verdictSetting(): StudySetting {
  const recipes = VERDICT_DATASETS.map((d) => ({ d, r: verdictRecipe(d, "standard") }));
  const toys = recipes.filter(({ d }) => d !== "fashion-mnist");
  const fashion = verdictRecipe("fashion-mnist", "standard");
  const sizes = [...new Set(recipes.map(({ r }) => r.sizes.join("-")))];
  const epochs = [...new Set(toys.map(({ r }) => r.epochs))].sort((a, b) => a - b);
  return {
    study: "this chapter",
    networks: `multilayer perceptrons with two hidden layers: ${sizes.join(", ")}`,
    data: `2-D toy problems (${toys.map(({ d }) => d).join(", ")}; ${
      toys[0]!.r.train.toLocaleString("en")
    } points per seed) and Fashion-MNIST (${
      fashion.train.toLocaleString("en")
    } 28×28 grey images for training)`,
    training: `plain SGD for ${
      epochs.join(" to ")
    } epochs (toys); SGD with momentum ${fashion.momentum} for ${fashion.epochs} epoch (Fashion-MNIST)`,
    regularisation: "none: no dropout, weight decay, data augmentation or batch norm",
    measured:
      `test accuracy; each activation minus ReLU, paired over ${verdictSweep.profiles.full.seeds} seeds, with 95% bootstrap intervals`,
  };
}

/**
 * Xu et al.'s setting beside this chapter's.
 *
 * @returns A table, one row per study.
 *
 * @example
 * ```ts
 * import { settingsTable } from "./literature.ts";
 * import { expect } from "chai";
 *
 * expect(settingsTable().cells.map((row) => row[0])).to.deep.equal([
 *   "Xu, Wang, Chen & Li (2015)", "this chapter",
 * ]);
 * ```
 */
export function settingsTable(): Table {
  const rows = [XU_2015, verdictSetting()].map((s) => ({ ...s }));
  return new Table(rows, {
    caption: "Where the two comparisons differ (Xu et al. as its abstract and RReLU's public " +
      "descriptions state it)",
  });
}

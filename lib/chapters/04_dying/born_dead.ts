/**
 * Beyond the article: how often a deep, narrow ReLU network is born dead, by Monte Carlo
 * over depth and width, with He-uniform or randomized asymmetric (RAI) initialisation,
 * judged on one input or on 100, beside the one-input theory. Born dead in two senses, on
 * the same networks: some hidden layer inactive on every input (`rate`), and the output
 * the same on every input (`constantRate`, the definition of Lu et al., 2020).
 *
 * @module
 */

import { randomizedAsymmetricInit } from "../../core/asymmetric_init.ts";
import { bornDeadRate } from "../../analysis/born_dead.ts";
import { bornDeadAtPoint } from "../../analysis/born_dead_theory.ts";
import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { requireInteger, requireOneOf } from "../../core/_validate.ts";

/**
 * The grid of {@linkcode bornDeadMc}. A type alias, not an interface, so that its
 * result rows are typed field by field.
 */
export type BornDeadGrid = {
  /** Hidden layers. */
  readonly depth: readonly number[];
  /** Units per hidden layer. */
  readonly width: readonly number[];
  /** `"he"` (He-uniform weights, zero biases) or `"rai"`. */
  readonly init: readonly string[];
  /** Inputs each network is judged on, drawn uniformly from [−1, 1]. */
  readonly inputs: readonly number[];
  /** Networks drawn per setting. */
  readonly trials: readonly number[];
};

/**
 * The metrics of {@linkcode bornDeadMc}: the share of networks with a dead hidden layer and
 * its 95% Wilson interval, the one-input theory, the share with a constant output and its
 * interval, and the median range of the live networks' outputs (the last four `null` for
 * one input, where every network is constant).
 */
export type BornDeadMetric =
  | "rate"
  | "low"
  | "high"
  | "theory"
  | "constantRate"
  | "constantLow"
  | "constantHigh"
  | "liveRange";

/**
 * 11 depths × 7 widths × 2 initialisations × (1 or 100 inputs), 2,000 networks each
 * (full); quick: 5 depths × 2 widths on 100 inputs, 200 networks each. One "seed" per
 * setting: the Monte Carlo's own trials are the replicates.
 *
 * @example Its quick profile
 * ```ts
 * import { planRuns } from "relu-lab/lab";
 * import { bornDeadMc } from "./born_dead.ts";
 * import { expect } from "chai";
 *
 * expect(planRuns(bornDeadMc, "quick")).to.have.length(20);
 * ```
 */
export const bornDeadMc: Sweep<BornDeadGrid, BornDeadMetric> = defineSweep({
  name: "born-dead",
  description: "Monte Carlo born-dead rate vs depth and width, He vs RAI, beside the theory",
  module: import.meta.url,
  grid: {
    depth: [1, 2, 3, 5, 7, 10, 15, 20, 30, 40, 50],
    width: [1, 2, 3, 4, 5, 6, 8],
    init: ["he", "rai"],
    inputs: [1, 100],
    trials: [2000],
  },
  profiles: {
    quick: {
      seeds: 1,
      grid: { depth: [2, 5, 10, 20, 40], width: [2, 4], inputs: [100], trials: [200] },
    },
    full: { seeds: 1 },
  },
  metrics: [
    "rate",
    "low",
    "high",
    "theory",
    "constantRate",
    "constantLow",
    "constantHigh",
    "liveRange",
  ],
  check: {
    depth: (d) => requireInteger("depth", d, 1),
    width: (w) => requireInteger("width", w, 1),
    init: (i) => requireOneOf("init", i, ["he", "rai"]),
    inputs: (n) => requireInteger("inputs", n, 1),
    trials: (n) => requireInteger("trials", n, 1),
  },
  run({ depth, width, init, inputs, trials }, seed) {
    const { rate, low, high, constant, liveRange } = bornDeadRate({
      depth,
      width,
      trials,
      samples: inputs,
      seed,
      ...(init === "rai" && randomizedAsymmetricInit()),
    });
    return {
      metrics: {
        rate,
        low,
        high,
        theory: bornDeadAtPoint(depth, width),
        constantRate: constant?.rate ?? null,
        constantLow: constant?.low ?? null,
        constantHigh: constant?.high ?? null,
        liveRange,
      },
    };
  },
});

/**
 * Monte Carlo estimate of how often a deep, narrow ReLU network is "born dead": some
 * hidden layer has every unit inactive on every input, so the network is a constant
 * function at initialisation and no gradient reaches the layers below it
 * (Lu, Shin, Su & Karniadakis, 2020, "Dying ReLU and Initialization").
 *
 * @module
 */

import { deadUnits } from "../core/diagnostics/dead_units.ts";
import type { Initializer } from "../core/init.ts";
import { zeros } from "../core/matrix.ts";
import { mlp } from "../core/model/mlp.ts";
import { deriveSeed, Rng } from "../core/random.ts";
import { requireInteger } from "../core/_validate.ts";

/**
 * Options for {@linkcode bornDeadRate}.
 *
 * @example
 * ```ts
 * import { heUniform } from "relu-lab";
 * import { bornDeadRate } from "relu-lab/lab";
 * import type { BornDeadOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: BornDeadOptions = { depth: 3, width: 2, trials: 20, samples: 10, weightInit: heUniform(), seed: 1 };
 * expect(bornDeadRate(options).trials).to.equal(20);
 * ```
 */
export interface BornDeadOptions {
  /** Hidden layers, an integer >= 1. */
  depth: number;
  /** Units per hidden layer, an integer >= 1. */
  width: number;
  /** Input dimension; inputs are drawn uniformly from [−1, 1]^inputSize. @default 1 */
  inputSize?: number;
  /** Networks drawn. @default 1000 */
  trials?: number;
  /** Inputs each network is judged on. @default 100 */
  samples?: number;
  /** Weight initialiser. @default heUniform() */
  weightInit?: Initializer;
  /** Bias initialiser. @default zerosInit */
  biasInit?: Initializer;
  /** Seed; trial t uses deriveSeed(seed, depth, width, t). @default 0 */
  seed?: number;
}

/**
 * The estimate with a 95% Wilson score interval.
 *
 * @example
 * ```ts
 * import { bornDeadRate } from "relu-lab/lab";
 * import type { BornDeadEstimate } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const estimate: BornDeadEstimate = bornDeadRate({ depth: 4, width: 2, trials: 50 });
 * expect(estimate.low).to.be.at.most(estimate.rate);
 * expect(estimate.high).to.be.at.least(estimate.rate);
 * ```
 */
export interface BornDeadEstimate {
  /** Networks drawn. */
  readonly trials: number;
  /** Networks born dead: some hidden layer dead on every input. */
  readonly dead: number;
  /** dead / trials. */
  readonly rate: number;
  /** Lower end of the 95% Wilson interval of the rate. */
  readonly low: number;
  /** Upper end of the 95% Wilson interval of the rate. */
  readonly high: number;
}

/** 95% Wilson score interval for `k` successes in `n` trials. */
function _wilson(k: number, n: number): [number, number] {
  const z = 1.959963984540054, p = k / n, z2n = z * z / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n);
  // Clamped to contain p: at k = 0 or k = n rounding could leave p a hair outside.
  return [Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half))];
}

/**
 * Draws `trials` ReLU networks of the given depth and width and counts those with a
 * fully dead hidden layer on `samples` random inputs.
 *
 * @param options Depth, width, initialisers, trials.
 * @returns The share of networks born dead, with a 95% interval.
 *
 * @example Width 1 and depth 10 is almost always dead
 * ```ts
 * import { bornDeadRate } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const { rate, low, high } = bornDeadRate({ depth: 10, width: 1, trials: 200 });
 * expect(rate).to.be.above(0.9);
 * expect(low).to.be.below(rate);
 * expect(high).to.be.at.least(rate);
 * ```
 */
export function bornDeadRate(options: BornDeadOptions): BornDeadEstimate {
  const { depth, width, inputSize = 1, trials = 1000, samples = 100, seed = 0 } = options;
  requireInteger("depth", depth, 1);
  requireInteger("width", width, 1);
  requireInteger("inputSize", inputSize, 1);
  requireInteger("trials", trials, 1);
  requireInteger("samples", samples, 1);
  requireInteger("seed", seed);
  const sizes = [inputSize, ...new Array<number>(depth).fill(width), 1];
  const x = zeros(samples, inputSize, "float64");
  const inputs = new Rng(deriveSeed(seed, "inputs"));
  for (let i = 0; i < x.data.length; i++) x.data[i] = inputs.uniform(-1, 1);
  let dead = 0;
  for (let t = 0; t < trials; t++) {
    const model = mlp({
      sizes,
      seed: deriveSeed(seed, depth, width, t),
      dtype: "float64",
      ...(options.weightInit && { weightInit: options.weightInit }),
      ...(options.biasInit && { biasInit: options.biasInit }),
    });
    if (deadUnits(model, x).some((layer) => layer.deadFraction === 1)) dead++;
  }
  const [low, high] = _wilson(dead, trials);
  return { trials, dead, rate: dead / trials, low, high };
}

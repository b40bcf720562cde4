/**
 * Monte Carlo estimate of how often a deep, narrow ReLU network is "born dead", in two
 * senses, counted on the same networks:
 *
 * - *a dead layer*: some hidden layer has every unit inactive on every input, so that
 *   layer outputs zeros, the network is a constant function and no gradient reaches the
 *   layers below it;
 * - *a constant function*: the network's output is the same on every input. This is the
 *   definition of Lu, Shin, Su & Karniadakis (2020, "Dying ReLU and Initialization: Theory
 *   and Numerical Examples"): a ReLU network is dead when it is a constant function, and
 *   born dead when it is dead at initialisation.
 *
 * A dead layer makes the network constant. The converse holds too, with probability 1, for
 * weights drawn from continuous distributions, whatever the biases: take the first layer
 * whose output is the same on every input; a unit of it that is positive somewhere is
 * positive everywhere with one value, so its weights cancel the variation of the layer
 * below, an event of probability 0; hence every unit of that layer is inactive on every
 * input. With zero biases the dead layer is also the last hidden one (zeros in, zeros
 * out); with positive biases (RAI) the layers above a dead one can be active, at values
 * that do not depend on the input. In floating point a network can also come out constant
 * by rounding, and a live one can vary very little: {@linkcode BornDeadEstimate} reports
 * both counts and how much the live networks' outputs vary.
 *
 * @module
 */

import { deadUnitsOf } from "../core/diagnostics/dead_units.ts";
import { preActivationsAndOutput } from "../core/diagnostics/pre_activations.ts";
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
 * A share of networks with its 95% Wilson score interval.
 *
 * @example Lu et al.'s constant networks, beside a dead layer
 * ```ts
 * import { bornDeadRate } from "relu-lab/lab";
 * import type { BinomialEstimate } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const constant: BinomialEstimate | null = bornDeadRate({ depth: 4, width: 2, trials: 50 }).constant;
 * expect(constant!.low).to.be.at.most(constant!.rate);
 * expect(constant!.count).to.be.at.most(50);
 * ```
 */
export interface BinomialEstimate {
  /** Networks with the property. */
  readonly count: number;
  /** Their share of the networks drawn. */
  readonly rate: number;
  /** Lower end of the 95% Wilson score interval. */
  readonly low: number;
  /** Upper end of the 95% Wilson score interval. */
  readonly high: number;
}

/**
 * The estimates of {@linkcode bornDeadRate}: a fully inactive hidden layer (`dead`, `rate`,
 * `low`, `high`) and a constant output (`constant`), on the same networks.
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
  /** Networks with a hidden layer inactive on every input. */
  readonly dead: number;
  /** Their share. */
  readonly rate: number;
  /** Lower end of its 95% Wilson score interval. */
  readonly low: number;
  /** Upper end of its 95% Wilson score interval. */
  readonly high: number;
  /**
   * Networks whose output is the same number, bit for bit, on every input (Lu et al.'s
   * "dead"). `null` with a single input, where every network is trivially constant.
   */
  readonly constant: BinomialEstimate | null;
  /**
   * The median, over the networks without a dead layer, of the range (largest minus
   * smallest) of the output over the inputs: how far from constant a live network is.
   * `null` with a single input or when every network has a dead layer.
   */
  readonly liveRange: number | null;
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
 * Draws `trials` ReLU networks of the given depth and width and counts, on `samples`
 * random inputs, those with a fully dead hidden layer and those whose output is constant.
 *
 * @param options Depth, width, initialisers, trials.
 * @returns The share of networks born dead in each sense, with 95% Wilson intervals.
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
 *
 * @example A dead layer makes the output constant; a constant output needs no dead layer
 * ```ts
 * import { constantInit } from "relu-lab";
 * import { bornDeadRate } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const { dead, constant, liveRange } = bornDeadRate({ depth: 10, width: 2, trials: 200 });
 * expect(constant!.count).to.be.at.least(dead);
 * expect(liveRange).to.be.above(0);
 *
 * // Zero weights, bias 1: every unit active everywhere, yet the network is constant.
 * const flat = bornDeadRate({
 *   depth: 3, width: 2, trials: 5, weightInit: constantInit(0), biasInit: constantInit(1),
 * });
 * expect([flat.dead, flat.constant!.count, flat.liveRange]).to.deep.equal([0, 5, 0]);
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
  let dead = 0, constant = 0;
  const ranges: number[] = [];
  for (let t = 0; t < trials; t++) {
    const model = mlp({
      sizes,
      seed: deriveSeed(seed, depth, width, t),
      dtype: "float64",
      ...(options.weightInit && { weightInit: options.weightInit }),
      ...(options.biasInit && { biasInit: options.biasInit }),
    });
    const { preActivations, output } = preActivationsAndOutput(model, x);
    const range = _range(output.data);
    if (range === 0) constant++;
    if (preActivations.some((layer) => deadUnitsOf(layer).deadFraction === 1)) dead++;
    else ranges.push(range);
  }
  const [low, high] = _wilson(dead, trials);
  return {
    trials,
    dead,
    rate: dead / trials,
    low,
    high,
    constant: samples < 2 ? null : _binomial(constant, trials),
    liveRange: samples < 2 || ranges.length === 0 ? null : _median(ranges),
  };
}

function _binomial(count: number, trials: number): BinomialEstimate {
  const [low, high] = _wilson(count, trials);
  return { count, rate: count / trials, low, high };
}

/** Largest minus smallest value. */
function _range(values: ArrayLike<number>): number {
  let low = Infinity, high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    low = Math.min(low, values[i]!);
    high = Math.max(high, values[i]!);
  }
  return high - low;
}

function _median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b), mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

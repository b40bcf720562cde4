/**
 * From settings to the objects the library trains: the data set and its split, the network,
 * and the options of `fit`. The page and the Deno tests build them with these same functions,
 * so the same settings give the same data, the same initial weights and the same batches.
 *
 * @module
 */

import { deriveSeed } from "../core/random.ts";
import type { Initializer } from "../core/init.ts";
import { constantInit, heUniform, xavierUniform } from "../core/init.ts";
import { fromRows, type Matrix } from "../core/matrix.ts";
import { mlp } from "../core/model/mlp.ts";
import type { Sequential } from "../core/model/sequential.ts";
import { adam } from "../core/optim/adam.ts";
import { l1, l2, type Penalty, sumPenalties } from "../core/optim/penalty.ts";
import { sgd } from "../core/optim/sgd.ts";
import type { FitOptions } from "../core/train/fit.ts";
import { circles } from "../data/circles.ts";
import type { Dataset } from "../data/dataset.ts";
import { moons } from "../data/moons.ts";
import { spirals } from "../data/spirals.ts";
import { trainTestSplit } from "../data/split.ts";
import { xor } from "../data/xor.ts";
import type { NetworkSettings, PlaygroundConfig } from "./config.ts";

/** The points a run trains and tests on, and the square the views draw. */
export interface PlaygroundData {
  /** Training points. */
  readonly train: Dataset;
  /** Test points. */
  readonly test: Dataset;
  /** The drawn square: centre and half-width, covering every point with a margin. */
  readonly view: { readonly x: number; readonly y: number; readonly half: number };
}

const _GENERATORS = { circles, moons, spirals, xor } as const;

/**
 * Generates the configuration's data set and splits it (both seeded from `config.seed`).
 *
 * @param config The settings (dataset, noise, points, trainShare, seed).
 * @returns Training and test points and the drawn square.
 *
 * @example 1000 noisy circles, half for training
 * ```ts
 * import { DEFAULT_CONFIG, playgroundData } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const data = playgroundData(DEFAULT_CONFIG);
 * expect([data.train.x.rows, data.test.x.rows]).to.deep.equal([500, 500]);
 * ```
 */
export function playgroundData(
  config: Pick<PlaygroundConfig, "dataset" | "noise" | "points" | "trainShare" | "seed">,
): PlaygroundData {
  const rng = deriveSeed(config.seed, "data");
  const options = { n: config.points, noise: config.noise };
  const all = config.dataset === "circles"
    ? circles(rng, { ...options, factor: 0.5 }) // TensorFlow Playground's gap between the rings
    : _GENERATORS[config.dataset](rng, options);
  const { train, test } = trainTestSplit(all, {
    testFraction: 1 - config.trainShare,
    rng: deriveSeed(config.seed, "split"),
  });
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < all.x.rows; i++) {
    const x = all.x.data[2 * i]!, y = all.x.data[2 * i + 1]!;
    [minX, maxX, minY, maxY] = [
      Math.min(minX, x),
      Math.max(maxX, x),
      Math.min(minY, y),
      Math.max(maxY, y),
    ];
  }
  const half = 1.1 * Math.max(maxX - minX, maxY - minY) / 2;
  return { train, test, view: { x: (minX + maxX) / 2, y: (minY + maxY) / 2, half } };
}

/**
 * The grid of points the views evaluate: `size × size` centres of the drawn square's cells,
 * row by row from the top (largest y) down.
 *
 * @param view The square from {@linkcode playgroundData}.
 * @param size Cells per side.
 * @returns A `size² × 2` matrix.
 *
 * @example
 * ```ts
 * import { viewGrid } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const grid = viewGrid({ x: 0, y: 0, half: 1 }, 2);
 * expect(Array.from(grid.data)).to.deep.equal([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
 * ```
 */
export function viewGrid(view: PlaygroundData["view"], size: number): Matrix {
  const rows: number[][] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      rows.push([
        view.x - view.half + (2 * view.half * (c + 0.5)) / size,
        view.y + view.half - (2 * view.half * (r + 0.5)) / size,
      ]);
    }
  }
  return fromRows(rows);
}

function _scaled(init: Initializer, scale: number): Initializer {
  if (scale === 1) return init;
  return {
    name: `${init.name}×${scale}`,
    fill(values, fanIn, fanOut, rng) {
      init.fill(values, fanIn, fanOut, rng);
      for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
    },
  };
}

/**
 * The network of one side: 2 inputs, the hidden widths, 1 output (a logit), initialised from
 * `seed`; the same seed gives the same initial weights for any activation.
 *
 * @param settings The network's settings.
 * @param seed The run's seed.
 * @returns The untrained model.
 *
 * @example A 2-8-8-1 ReLU network
 * ```ts
 * import { DEFAULT_CONFIG, playgroundNetwork } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const model = playgroundNetwork(DEFAULT_CONFIG, 0);
 * expect(model.parameters().length).to.equal(6);
 * ```
 */
export function playgroundNetwork(settings: NetworkSettings, seed: number): Sequential {
  const activation = settings.activation === "leaky_relu"
    ? `leaky_relu(${settings.leak})`
    : settings.activation;
  const init = settings.weightInit === "he" ? heUniform() : xavierUniform();
  return mlp({
    sizes: [2, ...settings.hidden, 1],
    activation,
    seed: deriveSeed(seed, "weights"),
    weightInit: _scaled(init, settings.initScale),
    biasInit: constantInit(settings.biasInit),
    batchNorm: settings.batchNorm,
    dropout: settings.dropout,
  });
}

/**
 * The options of `fit` for one side (epochs aside): the optimiser (a new one, with empty
 * state), learning rate, batch size, penalties, shuffling seed, test set and census.
 *
 * @param settings The network's settings.
 * @param seed The run's seed.
 * @param data The run's data (the batch size is capped at its training points).
 * @returns Everything `fit` needs but `epochs`.
 *
 * @example
 * ```ts
 * import { DEFAULT_CONFIG, playgroundData, playgroundFitOptions } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const options = playgroundFitOptions(DEFAULT_CONFIG, 0, playgroundData(DEFAULT_CONFIG));
 * expect(options.batchSize).to.equal(10);
 * ```
 */
export function playgroundFitOptions(
  settings: NetworkSettings,
  seed: number,
  data: PlaygroundData,
): Omit<FitOptions, "epochs"> {
  const penalties: Penalty[] = [];
  if (settings.l1 > 0) penalties.push(l1(settings.l1));
  if (settings.l2 > 0) penalties.push(l2(settings.l2));
  const optimizer = settings.optimizer === "adam"
    ? adam()
    : sgd({ momentum: settings.optimizer === "momentum" ? 0.9 : 0 });
  return {
    learningRate: settings.learningRate,
    batchSize: Math.min(settings.batchSize, data.train.x.rows),
    optimizer,
    seed: deriveSeed(seed, "batches"),
    test: data.test,
    record: { deadUnits: true },
    ...(penalties.length > 0 && {
      penalty: penalties.length === 1 ? penalties[0]! : sumPenalties(...penalties),
    }),
  };
}

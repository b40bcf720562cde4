/**
 * Are dead units a threat, and to whom? Width × learning rate on two circles: how many
 * ReLU units die, whether units dead on the training inputs fire on test or shifted
 * inputs, what removing them does, and how accuracy depends on the dead share per width.
 *
 * @module
 */

import { deadElsewhere } from "../../analysis/dead_elsewhere.ts";
import { pruneDeadUnits } from "../../analysis/prune.ts";
import { grid2d } from "../../analysis/surface.ts";
import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import type { Dataset } from "../../data/dataset.ts";
import { mlp } from "../../core/model/mlp.ts";
import type { Sequential } from "../../core/model/sequential.ts";
import { deriveSeed } from "../../core/random.ts";
import { fit, type History } from "../../core/train/fit.ts";
import { circlesTask } from "../_shared/circles_task.ts";
import { divergedOutcome } from "../../lab/training_outcome.ts";
import { accuracy } from "../../core/losses.ts";

/** The grid of {@linkcode widthSweep}. */
export type WidthGrid = {
  /** Units in each of the two hidden layers. */
  readonly width: readonly number[];
  /** SGD step size. */
  readonly learningRate: readonly number[];
  /** Passes over the 500 training points. */
  readonly epochs: readonly number[];
};

/** The final metrics {@linkcode widthSweep} records (counts are of hidden units). */
export type WidthMetric =
  | "accuracy"
  | "testAccuracy"
  | "deadFraction"
  | "deadUnits"
  | "deadLayers"
  | "activeOnTest"
  | "activeOnShifted"
  | "prunedAccuracy"
  | "prunedTestAccuracy";

const _METRICS: readonly WidthMetric[] = [
  "accuracy",
  "testAccuracy",
  "deadFraction",
  "deadUnits",
  "deadLayers",
  "activeOnTest",
  "activeOnShifted",
  "prunedAccuracy",
  "prunedTestAccuracy",
];

/** Inputs far beyond the data (which lies within about ±1.3): a 61 × 61 grid over [-3, 3]². */
export const SHIFTED_BOX: readonly [number, number] = [-3, 3];

/** Training points of every {@linkcode widthSweep} run (and as many test points). */
export const WIDTH_TRAINING_POINTS = 500;

/** A network of {@linkcode widthSweep}, trained, with its data. */
export interface WidthRun {
  /** The trained network. */
  readonly model: Sequential;
  /** Its 500 training points. */
  readonly train: Dataset;
  /** 500 fresh test points. */
  readonly test: Dataset;
  /** Its training history. */
  readonly history: History;
}

/**
 * Trains one network of {@linkcode widthSweep} exactly as the sweep does, so that a
 * chapter can look inside it.
 *
 * @param settings Width, learning rate and epochs.
 * @param seed The run's seed.
 * @returns The trained network, its data and history.
 *
 * @example The sweep's first quick run
 * ```ts
 * import { trainWidthRun } from "./width.ts";
 * import { expect } from "chai";
 *
 * const { model, train } = await trainWidthRun({ width: 4, learningRate: 0.1, epochs: 2 }, 1);
 * expect(model.inputSize).to.equal(2);
 * expect(train.x.rows).to.equal(500);
 * ```
 */
export async function trainWidthRun(
  settings: { readonly width: number; readonly learningRate: number; readonly epochs: number },
  seed: number,
): Promise<WidthRun> {
  const { width, learningRate, epochs } = settings;
  const { train, test } = circlesTask(seed, WIDTH_TRAINING_POINTS);
  const model = mlp({ sizes: [2, width, width, 1], seed: deriveSeed(seed, "init") });
  const history = await fit(model, train, {
    epochs,
    learningRate,
    batchSize: 32,
    seed: deriveSeed(seed, "shuffle"),
  });
  return { model, train, test, history };
}

/** A run of {@linkcode widthSweep} trained again, with its settings and seed. */
export interface RetrainedRun extends WidthRun {
  /** Units per hidden layer. */
  readonly width: number;
  /** SGD step size. */
  readonly learningRate: number;
  /** Passes over the training points. */
  readonly epochs: number;
  /** The run's seed. */
  readonly seed: number;
}

/**
 * Trains again, exactly as the sweep did, the first run (lowest replicate) of one width and
 * learning rate among `rows`: the first one, not a chosen one.
 *
 * @param rows Runs of {@linkcode widthSweep}, e.g. a quick profile's.
 * @param setting The width and learning rate.
 * @returns The trained network, its data, history, settings and seed.
 * @throws {RangeError} If no run has that width and learning rate.
 *
 * @example The first quick run at width 4 and learning rate 0.1
 * ```ts
 * import { retrainFirstRun } from "./width.ts";
 * import { expect } from "chai";
 *
 * const rows = [{ width: 4, learningRate: 0.1, epochs: 2, replicate: 0, seed: 9 }];
 * const run = await retrainFirstRun(rows, { width: 4, learningRate: 0.1 });
 * expect([run.seed, run.model.inputSize]).to.deep.equal([9, 2]);
 * expect(() => retrainFirstRun(rows, { width: 8, learningRate: 0.1 })).to.throw(RangeError, /width 8/);
 * ```
 */
export function retrainFirstRun(
  rows: readonly {
    readonly width: number;
    readonly learningRate: number;
    readonly epochs: number;
    readonly replicate: number;
    readonly seed: number;
  }[],
  setting: { readonly width: number; readonly learningRate: number },
): Promise<RetrainedRun> {
  const { width, learningRate } = setting;
  const first = rows.filter((r) => r.width === width && r.learningRate === learningRate)
    .sort((a, b) => a.replicate - b.replicate)[0];
  if (first === undefined) {
    throw new RangeError(
      `Expected a run at width ${width} and learning rate ${learningRate}, received none among ${rows.length} runs`,
    );
  }
  const { epochs, seed } = first;
  return trainWidthRun({ width, learningRate, epochs }, seed).then((run) => ({
    ...run,
    width,
    learningRate,
    epochs,
    seed,
  }));
}

/**
 * MLPs 2-w-w-1 (He-uniform weights, zero biases) trained with SGD on 500 two-circle points;
 * after training: accuracies, the share and number of hidden units dead on the training
 * inputs, the number of hidden layers with every unit dead (`deadLayers`), how many dead
 * units are active on 500 fresh test points (`activeOnTest`) and on a grid over
 * {@linkcode SHIFTED_BOX} (`activeOnShifted`), and the accuracies of the network with its
 * dead units removed (`pruneDeadUnits`). Seeds are shared across the grid.
 *
 * @example Its grid
 * ```ts
 * import { widthSweep } from "./width.ts";
 * import { expect } from "chai";
 *
 * expect(widthSweep.grid.width).to.deep.equal([2, 4, 8, 16, 32, 64]);
 * ```
 */
export const widthSweep: Sweep<WidthGrid, WidthMetric> = defineSweep({
  name: "threat-width",
  description: "Width x learning rate: dead ReLU units on train/test/shifted inputs, pruning",
  module: import.meta.url,
  grid: {
    width: [2, 4, 8, 16, 32, 64],
    learningRate: [0.1, 1, 2, 3],
    epochs: [60],
  },
  profiles: {
    quick: { seeds: 3, grid: { width: [4, 16, 64], learningRate: [0.1, 3], epochs: [30] } },
    full: { seeds: 20 },
  },
  metrics: _METRICS,
  async run(settings, seed) {
    const { model, train, test, history } = await trainWidthRun(settings, seed);
    const diverged = divergedOutcome(history, _METRICS);
    if (diverged) return diverged;
    const onTest = deadElsewhere(model, train.x, test.x);
    const shifted = grid2d({ x: SHIFTED_BOX, resolution: 61 }).points;
    const pruned = pruneDeadUnits(model, train.x).model;
    return {
      metrics: {
        accuracy: accuracy(model.predict(train.x), train.y),
        testAccuracy: accuracy(model.predict(test.x), test.y),
        deadFraction: onTest.deadOnSeen / onTest.units,
        deadUnits: onTest.deadOnSeen,
        deadLayers: onTest.layers.filter((layer) => layer.deadOnSeen === layer.units).length,
        activeOnTest: onTest.activeOnOther,
        activeOnShifted: deadElsewhere(model, train.x, shifted).activeOnOther,
        prunedAccuracy: accuracy(pruned.predict(train.x), train.y),
        prunedTestAccuracy: accuracy(pruned.predict(test.x), test.y),
      },
    };
  },
});

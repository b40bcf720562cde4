/**
 * The training loop: seeded shuffling, minibatches, optional penalties and clipping,
 * per-epoch history, diagnostics on request, and divergence detection.
 *
 * @module
 */

import { deadUnits, deadUnitsOf, type LayerDeadUnits } from "../diagnostics/dead_units.ts";
import { preActivationsAndOutput } from "../diagnostics/pre_activations.ts";
import { gradientNorms } from "../diagnostics/gradient_norms.ts";
import {
  accuracy,
  bce,
  type Loss,
  lossByName,
  type LossName,
  softmaxCrossEntropy,
} from "../losses.ts";
import { dtypeOf, gatherRows, type Matrix, requireShape, zeros } from "../matrix.ts";
import type { Sequential } from "../model/sequential.ts";
import { clipGradNorm, gradNorm, type Optimizer, type Penalty, sgd } from "../optim/mod.ts";
import { Rng } from "../random.ts";
import { describe, requireBoolean, requireInteger, requirePositive } from "../_validate.ts";

/**
 * Inputs and targets, one row per sample (a `Dataset` fits).
 *
 * @example Any { x, y } pair of matrices
 * ```ts
 * import { fit, fromRows, mlp } from "relu-lab";
 * import type { TrainingData } from "relu-lab";
 * import { expect } from "chai";
 *
 * const data: TrainingData = { x: fromRows([[0, 1], [1, 0]]), y: fromRows([[1], [0]]) };
 * const history = await fit(mlp({ sizes: [2, 2, 1] }), data, { epochs: 1, learningRate: 0.1, batchSize: 2 });
 * expect(history.epochs).to.have.length(1);
 * ```
 */
export interface TrainingData {
  /** Inputs. */
  readonly x: Matrix;
  /** Targets in the loss's format (labels as one column for classification). */
  readonly y: Matrix;
}

/**
 * Learning rate per epoch (0-based), e.g. from `stepLr` or `cosineLr`.
 *
 * @example A number or a schedule
 * ```ts
 * import { cosineLr } from "relu-lab";
 * import type { LearningRate } from "relu-lab";
 * import { expect } from "chai";
 *
 * const rates: LearningRate[] = [0.1, cosineLr(0.1, { epochs: 20 }), (epoch) => 0.1 / (1 + epoch)];
 * expect(rates).to.have.length(3);
 * ```
 */
export type LearningRate = number | ((epoch: number) => number);

/**
 * What {@linkcode fit} records besides loss and accuracy.
 *
 * @example
 * ```ts
 * import { circles, fit, mlp } from "relu-lab";
 * import type { RecordOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const record: RecordOptions = { deadUnits: true, gradNorms: true };
 * const history = await fit(mlp({ sizes: [2, 4, 1] }), circles(0, { n: 40 }), { epochs: 1, learningRate: 0.1, record });
 * expect(history.epochs[0]!.dead).to.have.length(1);
 * expect(history.epochs[0]!.gradNorms).to.have.length(2);
 * ```
 */
export interface RecordOptions {
  /** Dead-unit census per hidden layer on the training (and test) inputs each epoch. @default false */
  deadUnits?: boolean;
  /** Mean per-layer weight-gradient norm over each epoch's steps. @default false */
  gradNorms?: boolean;
}

/**
 * What `fit` reports its epochs to: any progress bar with these two methods.
 *
 * @example Any object with update and finish
 * ```ts
 * import { circles, fit, mlp } from "relu-lab";
 * import type { EpochProgress } from "relu-lab";
 * import { expect } from "chai";
 *
 * const seen: number[] = [];
 * const progress: EpochProgress = { update: (epoch) => seen.push(epoch), finish: () => {} };
 * await fit(mlp({ sizes: [2, 4, 1] }), circles(0, { n: 40 }), { epochs: 3, learningRate: 0.1, progress });
 * expect(seen).to.deep.equal([1, 2, 3]);
 * ```
 */
export interface EpochProgress {
  /** Called after each epoch with its number (1, 2, …) and named numbers (loss, accuracy). */
  update(epoch: number, fields: Readonly<Record<string, number>>): unknown;
  /** Called once when training ends, diverges or stops. */
  finish(): unknown;
}

/**
 * Options for {@linkcode fit}.
 *
 * @example
 * ```ts
 * import { adam, circles, fit, l2, mlp } from "relu-lab";
 * import type { FitOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: FitOptions = { epochs: 2, learningRate: 0.01, optimizer: adam(), penalty: l2(1e-4), clipNorm: 1, seed: 3 };
 * expect((await fit(mlp({ sizes: [2, 4, 1] }), circles(0, { n: 40 }), options)).status).to.equal("completed");
 * ```
 */
export interface FitOptions {
  /** Passes over the training data, an integer >= 1. */
  epochs: number;
  /** Step size, or a function of the epoch. */
  learningRate: LearningRate;
  /** Samples per minibatch; the last batch of an epoch may be smaller. @default 32 */
  batchSize?: number;
  /** Update rule. @default sgd() */
  optimizer?: Optimizer;
  /** Loss on the logits. @default "bce" for one output, else "softmax_ce" */
  loss?: Loss | LossName;
  /** Seed of the shuffling. @default 0 */
  seed?: number;
  /** Shuffle the samples every epoch. @default true */
  shuffle?: boolean;
  /** Held-out data evaluated after every epoch. */
  test?: TrainingData;
  /** L1/L2 penalty added to the loss (applied to decayed parameters). */
  penalty?: Penalty;
  /** Clip the global gradient norm to this value each step. */
  clipNorm?: number;
  /** Extra per-epoch measurements. */
  record?: RecordOptions;
  /**
   * A progress bar over the epochs, told each epoch's number and loss (and accuracy):
   * for example `createProgress({ total: epochs, label: "relu" })` from `relu-lab/plot`.
   */
  progress?: EpochProgress;
  /** Called after each epoch; training stops early if it returns `"stop"`. */
  onEpoch?: (record: EpochRecord) => void | "stop" | Promise<void | "stop">;
}

/**
 * Measurements after one epoch.
 *
 * @example
 * ```ts
 * import { circles, fit, mlp } from "relu-lab";
 * import type { EpochRecord } from "relu-lab";
 * import { expect } from "chai";
 *
 * const data = circles(0, { n: 40 });
 * const history = await fit(mlp({ sizes: [2, 4, 1] }), data, { epochs: 1, learningRate: 0.1, test: data });
 * const first: EpochRecord = history.epochs[0]!;
 * expect([first.epoch, first.learningRate, typeof first.testAccuracy]).to.deep.equal([1, 0.1, "number"]);
 * ```
 */
export interface EpochRecord {
  /** Epoch number, from 1. */
  readonly epoch: number;
  /** Learning rate used in this epoch. */
  readonly learningRate: number;
  /** Mean training loss over the epoch's minibatches (penalty excluded). */
  readonly loss: number;
  /** Training accuracy over the epoch's minibatches (training mode); absent for `mse`. */
  readonly accuracy?: number;
  /** Loss on `test` in evaluation mode. */
  readonly testLoss?: number;
  /** Accuracy on `test` in evaluation mode; absent for `mse`. */
  readonly testAccuracy?: number;
  /** Dead-unit census on the training inputs, per hidden layer. */
  readonly dead?: readonly LayerDeadUnits[];
  /** Dead-unit census on the test inputs, per hidden layer. */
  readonly deadTest?: readonly LayerDeadUnits[];
  /** Mean weight-gradient norm per dense layer over the epoch's steps. */
  readonly gradNorms?: readonly number[];
  /** Wall-clock seconds the epoch took. */
  readonly seconds: number;
}

/**
 * The outcome of {@linkcode fit}.
 *
 * @example
 * ```ts
 * import { circles, fit, mlp } from "relu-lab";
 * import type { History } from "relu-lab";
 * import { expect } from "chai";
 *
 * const history: History = await fit(mlp({ sizes: [2, 4, 1] }), circles(0, { n: 40 }), { epochs: 2, learningRate: 0.1 });
 * expect([history.status, history.epochs.length, history.diverged]).to.deep.equal(["completed", 2, undefined]);
 * ```
 */
export interface History {
  /** `"diverged"` if a loss or gradient became non-finite; the weights are then those before that step. */
  readonly status: "completed" | "stopped" | "diverged";
  /** Where training diverged, if it did. */
  readonly diverged?: { readonly epoch: number; readonly step: number; readonly message: string };
  /** One record per completed epoch. */
  readonly epochs: EpochRecord[];
}

function _resolveLoss(loss: Loss | LossName | undefined, outputs: number): Loss {
  if (loss === undefined) return outputs === 1 ? bce : softmaxCrossEntropy;
  if (typeof loss === "string") return lossByName(loss);
  if (typeof loss?.evaluate !== "function") {
    throw new TypeError(`Expected loss to be a Loss or a loss name, received ${describe(loss)}`);
  }
  return loss;
}

function _learningRate(learningRate: LearningRate, epoch: number): number {
  const value = typeof learningRate === "function" ? learningRate(epoch) : learningRate;
  requirePositive(
    typeof learningRate === "function" ? `learningRate(${epoch})` : "learningRate",
    value,
  );
  return value;
}

function _requireData(
  name: string,
  data: TrainingData,
  inputs: number,
  loss: Loss,
  outputs: number,
): void {
  if (data === null || typeof data !== "object") {
    throw new TypeError(`Expected ${name} to be { x, y } matrices, received ${describe(data)}`);
  }
  requireShape(`${name}.x`, data.x, inputs);
  if (data.x.rows === 0) {
    throw new RangeError(`Expected ${name} to hold at least one sample, received 0`);
  }
  requireShape(`${name}.y`, data.y, undefined, data.x.rows);
  _requireFiniteRows(`${name}.x`, data.x);
  _requireTargets(`${name}.y`, data.y, loss, outputs);
}

/** Throws unless every entry of `m` is finite, naming the first bad one's row and column. */
function _requireFiniteRows(name: string, m: Matrix): void {
  const { data, cols } = m;
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      throw new RangeError(
        `Expected ${name} to hold only finite numbers, received ${data[i]} at row ${
          Math.floor(i / cols)
        }, column ${i % cols}`,
      );
    }
  }
}

/**
 * Checks every target once, before training, in the loss's format: finite for any loss;
 * probabilities in [0, 1] for BCE; class indices below the model's outputs for softmax
 * cross-entropy; one column per output for MSE. The message names the data set's row (the
 * loss, which sees one minibatch at a time, could only name a row of the batch).
 */
function _requireTargets(name: string, y: Matrix, loss: Loss, outputs: number): void {
  const cols = loss.name === "mse"
    ? outputs
    : loss.name === "bce" || loss.name === "softmax_ce"
    ? 1
    : undefined;
  requireShape(name, y, cols, y.rows);
  _requireFiniteRows(name, y);
  const bad = (i: number, expected: string) => {
    throw new RangeError(`Expected ${name} to hold ${expected}, received ${y.data[i]} at row ${i}`);
  };
  for (let i = 0; i < y.data.length; i++) {
    const v = y.data[i]!;
    if (loss.name === "bce" && !(v >= 0 && v <= 1)) bad(i, "probabilities in [0, 1]");
    if (loss.name === "softmax_ce" && !(Number.isInteger(v) && v >= 0 && v < outputs)) {
      bad(i, `class indices in 0..${outputs - 1}`);
    }
  }
}

/**
 * Trains `model` on `train` with minibatch gradient descent.
 *
 * @param model The network; its parameters are updated in place.
 * @param train Training inputs and targets.
 * @param options Epochs, learning rate and the rest.
 * @returns The per-epoch history and whether training completed or diverged.
 *
 * @example XOR-like data in a few epochs
 * ```ts
 * import { fit, fromRows, mlp } from "relu-lab";
 * import { expect } from "chai";
 *
 * const x = fromRows([[-1, -1], [-1, 1], [1, -1], [1, 1]]);
 * const y = fromRows([[0], [1], [1], [0]]);
 * const model = mlp({ sizes: [2, 8, 1], seed: 3 });
 * const history = await fit(model, { x, y }, { epochs: 300, learningRate: 0.1, batchSize: 4 });
 * expect(history.status).to.equal("completed");
 * expect(history.epochs.at(-1)!.accuracy).to.equal(1);
 * ```
 */
export async function fit(
  model: Sequential,
  train: TrainingData,
  options: FitOptions,
): Promise<History> {
  if (typeof model?.forward !== "function" || typeof model.parameters !== "function") {
    throw new TypeError(`Expected model to be a Sequential, received ${describe(model)}`);
  }
  if (options === null || typeof options !== "object") {
    throw new TypeError(`Expected options to be an object, received ${describe(options)}`);
  }
  const { epochs, batchSize = 32, optimizer = sgd(), seed = 0, shuffle = true, record = {} } =
    options;
  const loss = _resolveLoss(options.loss, model.outputSize);
  _requireData("train", train, model.inputSize, loss, model.outputSize);
  if (options.test) _requireData("test", options.test, model.inputSize, loss, model.outputSize);
  requireInteger("epochs", epochs, 1);
  requireInteger("batchSize", batchSize, 1);
  if (batchSize > train.x.rows) {
    throw new RangeError(
      `Expected batchSize to be at most the ${train.x.rows} training samples, received ${batchSize}`,
    );
  }
  if (options.clipNorm !== undefined) requirePositive("clipNorm", options.clipNorm);
  requireInteger("seed", seed);
  requireBoolean("shuffle", shuffle);
  if (record.deadUnits !== undefined) requireBoolean("record.deadUnits", record.deadUnits);
  if (record.gradNorms !== undefined) requireBoolean("record.gradNorms", record.gradNorms);
  if (typeof optimizer?.step !== "function") {
    throw new TypeError(`Expected optimizer to be an Optimizer, received ${describe(optimizer)}`);
  }
  for (const hook of ["onEpoch"] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== "function") {
      throw new TypeError(`Expected ${hook} to be a function, received ${describe(options[hook])}`);
    }
  }
  const bar0 = options.progress;
  if (
    bar0 !== undefined && (typeof bar0?.update !== "function" || typeof bar0.finish !== "function")
  ) {
    throw new TypeError(
      `Expected progress to have update() and finish() methods, received ${describe(bar0)}`,
    );
  }
  _learningRate(options.learningRate, 0);
  const params = model.parameters();
  const rng = new Rng(seed);
  const n = train.x.rows;
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const history: History = { status: "completed", epochs: [] };
  let xBatch: Matrix | undefined, yBatch: Matrix | undefined, grad: Matrix | undefined;

  const classifies = loss.name !== "mse";
  const bar = options.progress;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const started = performance.now();
    const learningRate = _learningRate(options.learningRate, epoch);
    if (shuffle) rng.shuffle(order);
    let lossSum = 0, correct = 0, steps = 0;
    const normSums: number[] = [];
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      xBatch = gatherRows(train.x, order, start, end, xBatch);
      yBatch = gatherRows(train.y, order, start, end, yBatch);
      const out = model.forward(xBatch, "train");
      if (grad?.rows !== out.rows) grad = zeros(out.rows, out.cols, dtypeOf(out.data));
      const batchLoss = loss.evaluate(out, yBatch, grad);
      if (classifies) correct += accuracy(out, yBatch) * (end - start);
      model.backwardParameters(grad);
      if (record.gradNorms) {
        gradientNorms(model).forEach((g, i) => normSums[i] = (normSums[i] ?? 0) + g);
      }
      const penalty = options.penalty?.apply(params) ?? 0;
      // The global gradient norm also catches a non-finite gradient behind a finite loss.
      const norm = options.clipNorm === undefined
        ? gradNorm(params)
        : clipGradNorm(params, options.clipNorm);
      steps++;
      if (!Number.isFinite(batchLoss + penalty + norm)) {
        const message = `diverged at epoch ${
          epoch + 1
        }, step ${steps}: the loss or a gradient is not finite`;
        await bar?.finish();
        return {
          ...history,
          status: "diverged",
          diverged: { epoch: epoch + 1, step: steps, message },
        };
      }
      optimizer.step(params, learningRate);
      lossSum += batchLoss * (end - start);
    }
    const entry: EpochRecord = {
      epoch: epoch + 1,
      learningRate,
      loss: lossSum / n,
      ...(classifies && { accuracy: correct / n }),
      ...(options.test && _evaluate(model, options.test, loss, classifies, record.deadUnits)),
      ...(record.deadUnits && { dead: deadUnits(model, train.x) }),
      ...(record.gradNorms && { gradNorms: normSums.map((sum) => sum / steps) }),
      seconds: (performance.now() - started) / 1000,
    };
    history.epochs.push(entry);
    await bar?.update(entry.epoch, _progressFields(entry));
    if ((await options.onEpoch?.(entry)) === "stop") {
      await bar?.finish();
      return { ...history, status: "stopped" };
    }
  }
  await bar?.finish();
  return history;
}

/** Test loss and accuracy, and with `census` the test inputs' dead units from the same pass. */
function _evaluate(
  model: Sequential,
  data: TrainingData,
  loss: Loss,
  classifies: boolean,
  census = false,
): { testLoss: number; testAccuracy?: number; deadTest?: LayerDeadUnits[] } {
  let out: Matrix, deadTest: LayerDeadUnits[] | undefined;
  if (census) {
    const pass = preActivationsAndOutput(model, data.x);
    out = pass.output;
    deadTest = pass.preActivations.map(deadUnitsOf);
  } else out = model.forward(data.x, "eval");
  const testLoss = loss.evaluate(out, data.y);
  return {
    testLoss,
    ...(classifies && { testAccuracy: accuracy(out, data.y) }),
    ...(deadTest && { deadTest }),
  };
}

function _progressFields(entry: EpochRecord): Record<string, number> {
  const fields: Record<string, number> = { loss: entry.loss };
  if (entry.accuracy !== undefined) fields.accuracy = entry.accuracy;
  if (entry.testAccuracy !== undefined) fields.test = entry.testAccuracy;
  return fields;
}

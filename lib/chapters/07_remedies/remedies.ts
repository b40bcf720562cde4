/**
 * Remedies for dying ReLU units: one baseline that kills many units (plain SGD with a
 * learning rate far too high, Glorot-uniform weights) and one change to it per remedy.
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { constantInit, heUniform, xavierUniform } from "../../core/init.ts";
import { mlp, type MlpOptions } from "../../core/model/mlp.ts";
import { adam } from "../../core/optim/adam.ts";
import { l1, l2 } from "../../core/optim/penalty.ts";
import { cosineLr, warmup } from "../../core/optim/schedule.ts";
import { deriveSeed } from "../../core/random.ts";
import { fit, type FitOptions } from "../../core/train/fit.ts";
import { requireOneOf } from "../../core/_validate.ts";
import { circlesTask } from "../_shared/circles_task.ts";
import { divergedOutcome } from "../../lab/training_outcome.ts";
import {
  deadUnits,
  pooledDeadFraction,
  pooledInactiveFraction,
} from "../../core/diagnostics/dead_units.ts";
import { accuracy } from "../../core/losses.ts";

/** The baseline's SGD step size: far too high for this network. */
export const REMEDY_BASE_LR = 3;

/** One remedy: the change it makes to the baseline's model and training options. */
export interface Remedy {
  /** Name used in the sweep's grid, e.g. `"batch_norm"`. */
  readonly name: string;
  /** What it changes, in a few words. */
  readonly change: string;
  /** Model options it overrides. */
  readonly model?: Partial<MlpOptions>;
  /** Training options it overrides, given the number of epochs. */
  readonly fit?: (epochs: number) => Partial<FitOptions>;
}

/** The baseline (no change) and every remedy, in the order the chapter shows them. */
export const REMEDIES: readonly Remedy[] = [
  { name: "baseline", change: `plain SGD, lr ${REMEDY_BASE_LR}, Glorot-uniform weights` },
  { name: "batch_norm", change: "batch norm before each ReLU", model: { batchNorm: true } },
  { name: "l2", change: "L2 penalty 1e-3 on weights", fit: () => ({ penalty: l2(1e-3) }) },
  { name: "l1", change: "L1 penalty 1e-4 on weights", fit: () => ({ penalty: l1(1e-4) }) },
  { name: "dropout", change: "dropout 0.1 after each ReLU", model: { dropout: 0.1 } },
  { name: "lower_lr", change: "lr 0.3 (10× lower)", fit: () => ({ learningRate: 0.3 }) },
  {
    name: "lr_schedule",
    change: "warm-up from lr 0.3 over 5 epochs, then cosine decay",
    fit: (epochs) => ({
      learningRate: warmup(cosineLr(REMEDY_BASE_LR, { epochs: epochs + 1 }), {
        epochs: 5,
        startFactor: 0.1,
      }),
    }),
  },
  { name: "adam", change: "Adam, lr 0.01", fit: () => ({ optimizer: adam(), learningRate: 0.01 }) },
  { name: "grad_clip", change: "clip the gradient norm at 1", fit: () => ({ clipNorm: 1 }) },
  { name: "he_init", change: "He-uniform weights", model: { weightInit: heUniform() } },
  {
    name: "positive_bias",
    change: "hidden biases start at 0.1",
    model: { biasInit: constantInit(0.1) },
  },
  {
    name: "leaky_relu",
    change: "Leaky ReLU (a = 0.01) instead of ReLU",
    model: { activation: "leaky_relu(0.01)" },
  },
];

/** The grid of {@linkcode remediesSweep}. */
export type RemediesGrid = {
  /** A name from {@linkcode REMEDIES}. */
  readonly remedy: readonly string[];
  /** Passes over the 500 training points. */
  readonly epochs: readonly number[];
};

/** The final metrics {@linkcode remediesSweep} records. */
export type RemediesMetric = "deadFraction" | "inactiveFraction" | "accuracy" | "testAccuracy";

const _METRICS: readonly RemediesMetric[] = [
  "deadFraction",
  "inactiveFraction",
  "accuracy",
  "testAccuracy",
];

const _NAMES = REMEDIES.map((r) => r.name);

/**
 * Each remedy applied to the baseline on two circles (500 training and 500 test points,
 * MLP 2-16-16-1, batch 32): the share of hidden units dead on the training inputs, the
 * share never active (no positive pre-activation; for Leaky ReLU the "nearly dead"), and
 * the accuracies. Seeds are shared across remedies (paired).
 *
 * @example Every remedy is in the grid
 * ```ts
 * import { REMEDIES, remediesSweep } from "./remedies.ts";
 * import { expect } from "chai";
 *
 * expect(remediesSweep.grid.remedy).to.deep.equal(REMEDIES.map((r) => r.name));
 * ```
 */
export const remediesSweep: Sweep<RemediesGrid, RemediesMetric> = defineSweep({
  name: "remedies",
  description: "Remedies for dying ReLUs from a too-high learning rate (circles, 2-16-16-1)",
  module: import.meta.url,
  grid: { remedy: _NAMES, epochs: [60] },
  profiles: { quick: { seeds: 4, grid: { epochs: [30] } }, full: { seeds: 20 } },
  metrics: _METRICS,
  check: { remedy: (name) => requireOneOf("remedy", name, _NAMES) },
  async run({ remedy, epochs }, seed) {
    const chosen = REMEDIES.find((r) => r.name === remedy)!;
    const { train, test } = circlesTask(seed, 500);
    const model = mlp({
      sizes: [2, 16, 16, 1],
      seed: deriveSeed(seed, "init"),
      weightInit: xavierUniform(),
      ...chosen.model,
    });
    const history = await fit(model, train, {
      epochs,
      learningRate: REMEDY_BASE_LR,
      batchSize: 32,
      seed: deriveSeed(seed, "shuffle"),
      ...chosen.fit?.(epochs),
    });
    const diverged = divergedOutcome(history, _METRICS);
    if (diverged) return diverged;
    const census = deadUnits(model, train.x);
    return {
      metrics: {
        deadFraction: pooledDeadFraction(census),
        inactiveFraction: pooledInactiveFraction(census),
        accuracy: accuracy(model.predict(train.x), train.y),
        testAccuracy: accuracy(model.predict(test.x), test.y),
      },
    };
  },
});

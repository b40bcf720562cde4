/**
 * Turns a training history from `fit` into what a sweep's run returns: final metrics,
 * divergence, and a per-epoch record with the death census per hidden layer.
 *
 * @module
 */

import { type LayerDeadUnits, pooledDeadFraction } from "../core/diagnostics/dead_units.ts";
import type { History } from "../core/train/fit.ts";
import { requireOneOf } from "../core/_validate.ts";
import type { EpochMetrics, RunOutcome } from "./sweep.ts";

/**
 * Final metrics a history provides (the dead-unit ones need `record: { deadUnits: true }`).
 *
 * @example
 * ```ts
 * import { TRAINING_METRICS } from "relu-lab/lab";
 * import type { TrainingMetric } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const metric: TrainingMetric = "deadFractionTest";
 * expect(TRAINING_METRICS).to.include(metric);
 * ```
 */
export type TrainingMetric =
  | "loss"
  | "accuracy"
  | "testLoss"
  | "testAccuracy"
  | "deadFraction"
  | "deadFractionTest"
  | "revived";

/**
 * The names of {@linkcode TrainingMetric}.
 *
 * @example
 * ```ts
 * import { TRAINING_METRICS } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(TRAINING_METRICS).to.include("deadFraction");
 * ```
 */
export const TRAINING_METRICS: readonly TrainingMetric[] = [
  "loss",
  "accuracy",
  "testLoss",
  "testAccuracy",
  "deadFraction",
  "deadFractionTest",
  "revived",
];

/**
 * Summarises a history as a run outcome. Per epoch it keeps loss, accuracy, test loss
 * and accuracy, learning rate, gradient norms and, per hidden layer, the dead fraction
 * on the training and test inputs and the units that revived (dead at the previous
 * epoch's end, alive now); wall times are left out so results do not depend on load.
 * Final metrics: the last epoch's values; `deadFraction` pools every hidden unit;
 * `revived` counts revivals over the whole run. A diverged run has `null` metrics.
 *
 * @param history What `fit` returned.
 * @param metrics The final metrics to report.
 * @returns The outcome.
 * @throws {TypeError} If a metric is not in the history (e.g. no dead-unit census).
 *
 * @example Train briefly and summarise
 * ```ts
 * import { circles, fit, mlp } from "relu-lab";
 * import { trainingOutcome } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const data = circles(0, { n: 64, noise: 0.1, factor: 0.5 });
 * const model = mlp({ sizes: [2, 8, 1], seed: 1 });
 * const history = await fit(model, data, { epochs: 3, learningRate: 0.1, record: { deadUnits: true } });
 * const outcome = trainingOutcome(history, ["accuracy", "deadFraction"]);
 * expect(outcome.status).to.equal("completed");
 * expect(outcome.perEpoch).to.have.length(3);
 * expect(outcome.metrics.deadFraction).to.be.within(0, 1);
 * ```
 */
export function trainingOutcome<M extends TrainingMetric>(
  history: History,
  metrics: readonly M[],
): RunOutcome<M> {
  for (const metric of metrics) requireOneOf("metrics", metric, TRAINING_METRICS);
  const perEpoch = history.epochs.map((entry, i): EpochMetrics => {
    const previous = history.epochs[i - 1]?.dead;
    return _defined({
      epoch: entry.epoch,
      learningRate: entry.learningRate,
      loss: entry.loss,
      accuracy: entry.accuracy,
      testLoss: entry.testLoss,
      testAccuracy: entry.testAccuracy,
      deadFraction: entry.dead?.map((layer) => layer.deadFraction),
      deadFractionTest: entry.deadTest?.map((layer) => layer.deadFraction),
      revived: entry.dead && previous &&
        entry.dead.map((layer, l) => _revived(previous[l]!, layer)),
      gradNorms: entry.gradNorms,
    });
  });
  const diverged = divergedOutcome(history, metrics);
  if (diverged) return { ...diverged, perEpoch };
  const last = history.epochs.at(-1);
  const final: Record<string, number | undefined> = {
    loss: last?.loss,
    accuracy: last?.accuracy,
    testLoss: last?.testLoss,
    testAccuracy: last?.testAccuracy,
    deadFraction: last?.dead && pooledDeadFraction(last.dead),
    deadFractionTest: last?.deadTest && pooledDeadFraction(last.deadTest),
    revived: last?.dead &&
      perEpoch.reduce((sum, e) => sum + _sum(e.revived as number[] | undefined), 0),
  };
  const values = Object.fromEntries(metrics.map((metric) => {
    const value = final[metric];
    if (value === undefined) {
      throw new TypeError(
        `Expected the history to hold ${metric}, received none (fit with a test set, or record: { deadUnits: true })`,
      );
    }
    return [metric, value];
  })) as Record<M, number>;
  return { metrics: values, status: "completed", perEpoch };
}

function _revived(before: LayerDeadUnits, after: LayerDeadUnits): number {
  return after.dead.filter((dead, unit) => before.dead[unit] && !dead).length;
}

function _sum(values: readonly number[] | undefined): number {
  return (values ?? []).reduce((a, b) => a + b, 0);
}

/** Drops undefined entries, so they are absent from the JSON rather than null. */
function _defined(record: Record<string, number | readonly number[] | undefined>): EpochMetrics {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as EpochMetrics;
}

/**
 * The outcome of a run whose training diverged (every metric `null`), or `undefined` if
 * it did not; for runs that compute their own final metrics after `fit`.
 *
 * @param history What `fit` returned.
 * @param metrics The run's final metrics.
 * @returns The diverged outcome, or `undefined` if training completed.
 *
 * @example
 * ```ts
 * import { divergedOutcome } from "relu-lab/lab";
 * import { circles, fit, mlp } from "relu-lab";
 * import { expect } from "chai";
 *
 * const data = circles(0, { n: 64, noise: 0.1, factor: 0.5 });
 * const model = mlp({ sizes: [2, 8, 1], seed: 1 });
 * const history = await fit(model, data, { epochs: 2, learningRate: 1e30 });
 * expect(divergedOutcome(history, ["testAccuracy"])?.metrics).to.deep.equal({ testAccuracy: null });
 * ```
 */
export function divergedOutcome<M extends string>(
  history: History,
  metrics: readonly M[],
): RunOutcome<M> | undefined {
  if (history.status !== "diverged") return undefined;
  return {
    metrics: Object.fromEntries(metrics.map((m) => [m, null])) as Record<M, null>,
    status: "diverged",
    divergedEpoch: history.diverged!.epoch,
  };
}

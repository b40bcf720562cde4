// Shared by the sweeps of chapters 4 and 5: train an MLP on two circles while taking a
// census of dead and inactive units before training and after every epoch. Per epoch
// only the census and test accuracy are kept, to keep results files small.

import {
  deadUnits,
  type LayerDeadUnits,
  pooledDeadFraction,
  pooledInactiveFraction,
} from "../../core/diagnostics/dead_units.ts";
import type { EpochMetrics, RunOutcome } from "../../lab/sweep.ts";
import { divergedOutcome } from "../../lab/training_outcome.ts";
import type { Sequential } from "../../core/model/sequential.ts";
import { deriveSeed } from "../../core/random.ts";
import { fit, type FitOptions, type TrainingData } from "../../core/train/fit.ts";

/** The final metrics of a census run. */
export type CensusMetric =
  | "testAccuracy"
  | "deadFraction"
  | "inactiveFraction"
  | "deadAtInit"
  | "inactiveAtInit";

/** The names of {@linkcode CensusMetric}, in CSV column order. */
export const CENSUS_METRICS: readonly CensusMetric[] = [
  "testAccuracy",
  "deadFraction",
  "inactiveFraction",
  "deadAtInit",
  "inactiveAtInit",
];

/**
 * Trains `model` with `fit` (SGD, batch 32, shuffling seeded from `seed`) and reports, per
 * epoch (epoch 0 = before training) and per hidden layer, the dead and inactive shares on
 * the training inputs; final metrics pool every hidden unit. A diverged run has null metrics.
 */
export async function trainWithCensus(
  model: Sequential,
  task: { train: TrainingData; test: TrainingData },
  options: Pick<FitOptions, "epochs" | "learningRate">,
  seed: number,
  extra: (epoch: number) => EpochMetrics = () => ({}),
): Promise<RunOutcome<CensusMetric>> {
  const initial = deadUnits(model, task.train.x);
  const perEpoch: EpochMetrics[] = [{ epoch: 0, ..._census(initial), ...extra(0) }];
  const history = await fit(model, task.train, {
    ...options,
    batchSize: 32,
    seed: deriveSeed(seed, "shuffle"),
    test: task.test,
    record: { deadUnits: true },
    onEpoch: (e) => {
      perEpoch.push({
        epoch: e.epoch,
        testAccuracy: e.testAccuracy ?? null,
        ..._census(e.dead!),
        ...extra(e.epoch),
      });
    },
  });
  const diverged = divergedOutcome(history, CENSUS_METRICS);
  if (diverged) return { ...diverged, perEpoch };
  const last = history.epochs.at(-1)!;
  return {
    metrics: {
      testAccuracy: last.testAccuracy!,
      deadFraction: pooledDeadFraction(last.dead!),
      inactiveFraction: pooledInactiveFraction(last.dead!),
      deadAtInit: pooledDeadFraction(initial),
      inactiveAtInit: pooledInactiveFraction(initial),
    },
    perEpoch,
  };
}

function _census(layers: readonly LayerDeadUnits[]): EpochMetrics {
  return {
    deadFraction: layers.map((l) => l.deadFraction),
    inactiveFraction: layers.map((l) => l.inactiveFraction),
  };
}

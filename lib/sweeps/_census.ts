// Shared by the dying sweeps (private to lib/sweeps): train an MLP on two circles while
// taking a census of dead and inactive units before training and after every epoch.
// Per epoch only the census and test accuracy are kept, to keep results files small.

import { circles } from "../data/circles.ts";
import { deadUnits, type LayerDeadUnits } from "../diagnostics/dead_units.ts";
import type { EpochMetrics, RunOutcome } from "../experiments/sweep.ts";
import type { Sequential } from "../model/sequential.ts";
import { deriveSeed } from "../random.ts";
import { fit, type FitOptions, type TrainingData } from "../train/fit.ts";

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

/** Train and test draws of the two-circle task the dying chapters use (1,000 points each). */
export function circlesTask(seed: number): { train: TrainingData; test: TrainingData } {
  const draw = (purpose: string) =>
    circles(deriveSeed(seed, purpose), { n: 1000, noise: 0.1, factor: 0.5 });
  return { train: draw("train"), test: draw("test") };
}

/** Share of a layer's units with no positive pre-activation on any input (dead, for ReLU). */
export function inactiveShare(layer: LayerDeadUnits): number {
  return layer.activeShare.filter((share) => share === 0).length / layer.units;
}

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
  if (history.status === "diverged") {
    const metrics = Object.fromEntries(CENSUS_METRICS.map((m) => [m, null]));
    return {
      metrics: metrics as Record<CensusMetric, null>,
      status: "diverged",
      divergedEpoch: history.diverged!.epoch,
      perEpoch,
    };
  }
  const last = history.epochs.at(-1)!;
  return {
    metrics: {
      testAccuracy: last.testAccuracy!,
      deadFraction: _pooled(last.dead!, (l) => l.deadFraction),
      inactiveFraction: _pooled(last.dead!, inactiveShare),
      deadAtInit: _pooled(initial, (l) => l.deadFraction),
      inactiveAtInit: _pooled(initial, inactiveShare),
    },
    perEpoch,
  };
}

function _census(layers: readonly LayerDeadUnits[]): EpochMetrics {
  return {
    deadFraction: layers.map((l) => l.deadFraction),
    inactiveFraction: layers.map(inactiveShare),
  };
}

function _pooled(layers: readonly LayerDeadUnits[], share: (l: LayerDeadUnits) => number): number {
  const units = layers.reduce((sum, l) => sum + l.units, 0);
  return layers.reduce((sum, l) => sum + share(l) * l.units, 0) / units;
}

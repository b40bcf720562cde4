// Pieces shared by the sweeps of the chapters "are dead neurons a threat?", "remedies"
// and "the verdict": the two-circle task, evaluation-mode accuracy, unit censuses pooled
// over hidden layers, and the outcome of a diverged run. Private to lib/sweeps.

import { circles } from "../data/circles.ts";
import type { Dataset } from "../data/dataset.ts";
import { deadUnits } from "../diagnostics/dead_units.ts";
import type { RunOutcome } from "../experiments/sweep.ts";
import { accuracy } from "../losses.ts";
import type { Matrix } from "../matrix.ts";
import type { Sequential } from "../model/sequential.ts";
import { deriveSeed } from "../random.ts";
import type { History } from "../train/fit.ts";

/** Training and test draws of one seed. */
export interface Split {
  readonly train: Dataset;
  readonly test: Dataset;
}

/** Two circles (noise 0.1, inner radius 0.5): `n` training and `n` test points drawn from `seed`. */
export function circlesSplit(seed: number, n: number): Split {
  const draw = (purpose: string) =>
    circles(deriveSeed(seed, purpose), { n, noise: 0.1, factor: 0.5 });
  return { train: draw("train"), test: draw("test") };
}

/** Accuracy of `model` on `data` in evaluation mode. */
export function evalAccuracy(model: Sequential, data: { x: Matrix; y: Matrix }): number {
  return accuracy(model.forward(data.x, "eval"), data.y);
}

/** Hidden-unit shares on `x`, pooled over layers: dead, and never positive (also for Leaky ReLU). */
export function unitShares(model: Sequential, x: Matrix): { dead: number; inactive: number } {
  const census = deadUnits(model, x);
  const units = census.reduce((sum, layer) => sum + layer.units, 0);
  const count = (flags: (layer: (typeof census)[number]) => readonly boolean[]) =>
    census.reduce((sum, layer) => sum + flags(layer).filter(Boolean).length, 0) / units;
  return {
    dead: count((layer) => layer.dead),
    inactive: count((layer) => layer.activeShare.map((share) => share === 0)),
  };
}

/** The outcome of a run whose training diverged (every metric null), or undefined if it did not. */
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

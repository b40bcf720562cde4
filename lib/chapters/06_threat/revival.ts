/**
 * Can new training data revive dead units? Train on one half of the two circles (x₁ < 0),
 * then on all of it, or, as a control, on the same half again; per-epoch censuses show
 * which units dead after the first phase come back.
 *
 * @module
 */

import type { Dataset } from "../../data/dataset.ts";
import { subset } from "../../data/dataset.ts";
import { deadUnits } from "../../core/diagnostics/dead_units.ts";
import { defineSweep } from "../../lab/define_sweep.ts";
import type { EpochMetrics, Sweep } from "../../lab/sweep.ts";
import { mlp } from "../../core/model/mlp.ts";
import type { Sequential } from "../../core/model/sequential.ts";
import { deriveSeed } from "../../core/random.ts";
import { fit } from "../../core/train/fit.ts";
import { circlesTask } from "../_shared/circles_task.ts";
import { divergedOutcome } from "../../lab/training_outcome.ts";
import { accuracy } from "../../core/losses.ts";

/** The grid of {@linkcode revivalSweep}. */
export type RevivalGrid = {
  /** Data of the second phase: `"all"` points (new data arrives) or the `"same"` half. */
  readonly phase2: readonly string[];
  /** SGD step size of both phases. */
  readonly learningRate: readonly number[];
  /** Epochs of each phase. */
  readonly epochs: readonly number[];
};

/** The final metrics {@linkcode revivalSweep} records (counts of hidden units, 32 in all). */
export type RevivalMetric =
  | "deadAfterPhase1"
  | "activeOnPhase2Data"
  | "cameBack"
  | "deadAtEnd"
  | "testAccuracy";

const _METRICS: readonly RevivalMetric[] = [
  "deadAfterPhase1",
  "activeOnPhase2Data",
  "cameBack",
  "deadAtEnd",
  "testAccuracy",
];

/** Per layer, per unit: dead on `x`, flattened over the hidden layers. */
function _dead(model: Sequential, x: Dataset): boolean[] {
  return deadUnits(model, x.x).flatMap((layer) => layer.dead);
}

function _count(flags: readonly boolean[]): number {
  return flags.filter(Boolean).length;
}

/**
 * Two phases of SGD on a 2-16-16-1 ReLU MLP (600 circle points): phase 1 on the half
 * with x₁ < 0, phase 2 on `phase2`. Final metrics: units dead on the phase-1 data after
 * phase 1; of those, how many are active on the phase-2 data as soon as it arrives
 * (`activeOnPhase2Data`) and at the end of phase 2 (`cameBack`); units dead on the
 * phase-2 data at the end; test accuracy on fresh points from both halves. Per epoch
 * (numbered across both phases): the dead share on the data being trained on and on all
 * points, and how many phase-1 dead units are back so far.
 *
 * @example Its conditions
 * ```ts
 * import { revivalSweep } from "./revival.ts";
 * import { expect } from "chai";
 *
 * expect(revivalSweep.grid.phase2).to.deep.equal(["all", "same"]);
 * ```
 */
export const revivalSweep: Sweep<RevivalGrid, RevivalMetric> = defineSweep({
  name: "threat-revival",
  description: "Train on half the circles, then on all (or the same half): do dead units return?",
  module: import.meta.url,
  grid: { phase2: ["all", "same"], learningRate: [2], epochs: [40] },
  profiles: { quick: { seeds: 4, grid: { epochs: [20] } }, full: { seeds: 20 } },
  metrics: _METRICS,
  check: {
    phase2: (value) => {
      if (value !== "all" && value !== "same") {
        throw new RangeError(`Expected phase2 to be "all" or "same", received "${value}"`);
      }
    },
  },
  async run({ phase2, learningRate, epochs }, seed) {
    const { train: all, test } = circlesTask(seed, 600);
    const left = subset(all, [...Array(all.x.rows).keys()].filter((i) => all.x.data[2 * i]! < 0));
    const second = phase2 === "all" ? all : left;
    const model = mlp({ sizes: [2, 16, 16, 1], seed: deriveSeed(seed, "init") });
    const perEpoch: EpochMetrics[] = [];
    let deadAfter1: boolean[] = [];
    const census = (phase: number, data: Dataset) => () => {
      const now = _dead(model, data);
      perEpoch.push({
        epoch: perEpoch.length + 1,
        phase,
        deadSeen: _count(now) / now.length,
        deadAll: _count(_dead(model, all)) / now.length,
        cameBack: _count(deadAfter1.map((dead, unit) => dead && !now[unit])),
      });
    };
    const options = { epochs, learningRate, batchSize: 32 };
    const first = await fit(model, left, {
      ...options,
      seed: deriveSeed(seed, "shuffle 1"),
      onEpoch: census(1, left),
    });
    const firstDiverged = divergedOutcome(first, _METRICS);
    if (firstDiverged) return { ...firstDiverged, perEpoch };
    deadAfter1 = _dead(model, left);
    const atArrival = _dead(model, second);
    const last = await fit(model, second, {
      ...options,
      seed: deriveSeed(seed, "shuffle 2"),
      onEpoch: census(2, second),
    });
    const diverged = divergedOutcome(last, _METRICS);
    if (diverged) return { ...diverged, divergedEpoch: epochs + diverged.divergedEpoch!, perEpoch };
    const atEnd = _dead(model, second);
    return {
      metrics: {
        deadAfterPhase1: _count(deadAfter1),
        activeOnPhase2Data: _count(deadAfter1.map((dead, unit) => dead && !atArrival[unit])),
        cameBack: _count(deadAfter1.map((dead, unit) => dead && !atEnd[unit])),
        deadAtEnd: _count(atEnd),
        testAccuracy: accuracy(model.predict(test.x), test.y),
      },
      perEpoch,
    };
  },
});

/**
 * What PReLU learns: its negative slopes per layer over training (one per layer, or one
 * per unit), on two circles at three learning rates, with the census of inactive units.
 *
 * @module
 */

import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { PReLU } from "../../core/layers/prelu.ts";
import { mlp } from "../../core/model/mlp.ts";
import { deriveSeed } from "../../core/random.ts";
import { requireOneOf } from "../../core/_validate.ts";
import { CENSUS_METRICS, type CensusMetric, trainWithCensus } from "../_shared/census_training.ts";
import { circlesTask } from "../_shared/circles_task.ts";

/**
 * The grid of {@linkcode preluSlopes}. A type alias, not an interface, so that its
 * result rows are typed field by field.
 */
export type PreluSlopesGrid = {
  /** `"prelu"` (one slope per layer) or `"prelu_per_unit"`. */
  readonly activation: readonly string[];
  /** SGD step sizes. */
  readonly learningRate: readonly number[];
  /** Passes over the training data. */
  readonly epochs: readonly number[];
};

/** The metrics of {@linkcode preluSlopes}: the census and the final mean slope. */
export type PreluSlopesMetric = CensusMetric | "meanSlope";

/**
 * 2 sharings × 4 learning rates × 10 seeds, 50 epochs (full); quick: shared slopes at
 * 2 learning rates, 30 epochs, 3 seeds. Per epoch it records each layer's mean, lowest
 * and highest slope (`slope`, `slopeMin`, `slopeMax`; epoch 0 is the initial 0.25).
 *
 * @example Its quick profile
 * ```ts
 * import { planRuns } from "relu-lab/lab";
 * import { preluSlopes } from "./prelu_slopes.ts";
 * import { expect } from "chai";
 *
 * expect(planRuns(preluSlopes, "quick")).to.have.length(6);
 * ```
 */
export const preluSlopes: Sweep<PreluSlopesGrid, PreluSlopesMetric> = defineSweep({
  name: "prelu-slopes",
  description: "PReLU's learned negative slopes per layer over training, circles",
  module: import.meta.url,
  grid: {
    activation: ["prelu", "prelu_per_unit"],
    learningRate: [0.03, 0.1, 0.3, 1],
    epochs: [50],
  },
  profiles: {
    quick: { seeds: 3, grid: { activation: ["prelu"], learningRate: [0.1, 0.3], epochs: [30] } },
    full: { seeds: 10 },
  },
  metrics: [...CENSUS_METRICS, "meanSlope"],
  check: { activation: (name) => requireOneOf("activation", name, ["prelu", "prelu_per_unit"]) },
  async run({ activation, learningRate, epochs }, seed) {
    const model = mlp({ sizes: [2, 16, 16, 1], activation, seed: deriveSeed(seed, "init") });
    const slopes = () =>
      model.layers.filter((l) => l instanceof PReLU).map((l) => Array.from(l.slope.value));
    const outcome = await trainWithCensus(
      model,
      circlesTask(seed),
      { epochs, learningRate },
      seed,
      () => ({
        slope: slopes().map((s) => _round(s.reduce((a, b) => a + b, 0) / s.length)),
        slopeMin: slopes().map((s) => _round(Math.min(...s))),
        slopeMax: slopes().map((s) => _round(Math.max(...s))),
      }),
    );
    const all = slopes().flat();
    const meanSlope = outcome.status === "diverged"
      ? null
      : all.reduce((a, b) => a + b, 0) / all.length;
    return { ...outcome, metrics: { ...outcome.metrics, meanSlope } };
  },
});

/** Four decimals are plenty for a plotted slope and keep the CSV small. */
function _round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

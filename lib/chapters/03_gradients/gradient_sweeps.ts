/**
 * Chapter 3's sweeps: how much gradient reaches the first layers of deep nets, at
 * initialisation ({@linkcode gradientsAtInitSweep}) and over training
 * ({@linkcode gradientsTrainingSweep}), for sigmoid, tanh, ReLU and Leaky ReLU with He or
 * Xavier initialisation.
 *
 * @module
 */

import { gradientFlow } from "../../core/diagnostics/gradient_flow.ts";
import { defineSweep } from "../../lab/define_sweep.ts";
import type { EpochMetrics, Sweep } from "../../lab/sweep.ts";
import { bce } from "../../core/losses.ts";
import { takeRows } from "../../core/matrix.ts";
import { hiddenActivationLayer } from "../../core/model/mlp.ts";
import { Rng } from "../../core/random.ts";
import { fit } from "../../core/train/fit.ts";
import {
  deepCircles,
  deepNet,
  DEPTH_ACTIVATIONS,
  DEPTH_INITS,
  summariseDepthGradients,
} from "./deep_nets.ts";

/** The grid of {@linkcode gradientsAtInitSweep} (a type alias, so result rows are typed by field). */
export type DepthGrid = {
  readonly activation: readonly string[];
  readonly init: readonly string[];
  readonly depth: readonly number[];
};

/** Four significant digits: per-epoch curves are plotted, not compared bit for bit (keeps CSVs small). */
function _round(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(4));
}

const _CHECK = {
  activation: (name: string) => hiddenActivationLayer(name, 1, new Rng(0)),
  init: (name: string) => {
    if (!(name in DEPTH_INITS)) throw new RangeError(`Expected "he" or "xavier", received ${name}`);
  },
};

/** The depths (hidden layers) {@linkcode gradientsAtInitSweep}'s full profile measures: 2 to 10, then every second depth to 20. */
export const INIT_DEPTHS: readonly number[] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20];

/**
 * One backward pass of fresh deep nets (32 units per hidden layer, 256 circle points,
 * binary cross-entropy): the first-to-last gradient ratios, the exact zeros and the smallest
 * gradient entry (`summariseDepthGradients`), and per layer (as the run's only `perEpoch`
 * entry, epoch 0) the RMS of ∂loss/∂z and the weight-gradient norm (per-layer values to 4
 * significant digits).
 * Quick: depths 10 and 20, 10 seeds; full: every depth of {@linkcode INIT_DEPTHS}, 30 seeds
 * (so that it can say at which depth a ratio falls below a level).
 *
 * @example A run at depth 10
 * ```ts
 * import { gradientsAtInitSweep } from "./gradient_sweeps.ts";
 * import { expect } from "chai";
 *
 * const run = await gradientsAtInitSweep.run({ activation: "relu", init: "he", depth: 10 }, 1);
 * expect(run.metrics.exactZeros).to.be.within(0.2, 0.8);
 * expect(run.perEpoch![0]!.deltaRms).to.have.length(11);
 * ```
 */
export const gradientsAtInitSweep: Sweep<
  DepthGrid,
  "deltaRatio" | "weightRatio" | "exactZeros" | "smallestGrad"
> = defineSweep({
  name: "gradients-at-init",
  description: "Gradient reaching the first layer of fresh nets 2 to 20 layers deep, He vs Xavier",
  module: import.meta.url,
  grid: { activation: DEPTH_ACTIVATIONS, init: ["he", "xavier"], depth: INIT_DEPTHS },
  profiles: { quick: { seeds: 10, grid: { depth: [10, 20] } }, full: { seeds: 30 } },
  metrics: ["deltaRatio", "weightRatio", "exactZeros", "smallestGrad"],
  check: _CHECK,
  run({ activation, init, depth }, seed) {
    const data = deepCircles(seed, "train");
    const flow = gradientFlow(deepNet({ activation, init, depth, seed }), data.x, data.y, bce);
    return {
      metrics: summariseDepthGradients(flow),
      perEpoch: [{
        epoch: 0,
        deltaRms: flow.map((l) => _round(l.outputGradRms)),
        weightNorm: flow.map((l) => _round(l.weightNorm)),
      }],
    };
  },
});

/** The grid of {@linkcode gradientsTrainingSweep}. */
export type DepthTrainingGrid = DepthGrid & { readonly epochs: readonly number[] };

/** The final metrics of {@linkcode gradientsTrainingSweep}. */
export type DepthTrainingMetric =
  | "testAccuracy"
  | "loss"
  | "deltaRatioInit"
  | "deltaRatioFinal"
  | "weightRatioFinal";

/**
 * Trains the deep nets with plain SGD (learning rate 0.05, batches of 16, 256 circle
 * points, `record: { gradNorms: true }`) and follows the gradient: after epochs 1-10, every
 * 5th and the last, the test accuracy, the first-to-last ∂loss/∂z ratio on a fixed 64-point
 * probe batch (`deltaRatio`, also at epoch 0), and, from `fit`'s mean weight-gradient norms
 * over the epoch's steps, the first-to-last
 * hidden→hidden ratio (`weightRatio`) and the first such layer's norm (`weightFirst`), all
 * per-epoch values (and the final ratios taken from them) to 4 significant digits.
 * Quick: depth 20, 20 epochs, 3 seeds; full: depths 10 and 20, 60 epochs, 10 seeds.
 *
 * @example Its profiles
 * ```ts
 * import { gradientsTrainingSweep } from "./gradient_sweeps.ts";
 * import { expect } from "chai";
 *
 * expect(gradientsTrainingSweep.profiles.quick.grid?.depth).to.deep.equal([20]);
 * expect(gradientsTrainingSweep.grid.epochs).to.deep.equal([60]);
 * ```
 */
export const gradientsTrainingSweep: Sweep<DepthTrainingGrid, DepthTrainingMetric> = defineSweep(
  {
    name: "gradients-training",
    description: "Gradient flow and accuracy while training 10- and 20-layer nets, He vs Xavier",
    module: import.meta.url,
    grid: {
      activation: DEPTH_ACTIVATIONS,
      init: ["he", "xavier"],
      depth: [10, 20],
      epochs: [60],
    },
    profiles: {
      quick: { seeds: 3, grid: { depth: [20], epochs: [20] } },
      full: { seeds: 10 },
    },
    metrics: ["testAccuracy", "loss", "deltaRatioInit", "deltaRatioFinal", "weightRatioFinal"],
    check: _CHECK,
    async run({ activation, init, depth, epochs }, seed) {
      const net = deepNet({ activation, init, depth, seed });
      const train = deepCircles(seed, "train"), test = deepCircles(seed, "test");
      const rows = Array.from({ length: 64 }, (_, i) => i);
      const probe = { x: takeRows(train.x, rows), y: takeRows(train.y, rows) };
      const deltaRatio = () =>
        _round(summariseDepthGradients(gradientFlow(net, probe.x, probe.y, bce)).deltaRatio);
      const perEpoch: EpochMetrics[] = [{ epoch: 0, deltaRatio: deltaRatio() }];
      const history = await fit(net, train, {
        epochs,
        learningRate: 0.05,
        batchSize: 16,
        seed,
        test,
        record: { gradNorms: true },
        onEpoch: ({ epoch, testAccuracy, gradNorms }) => {
          if (epoch > 10 && epoch % 5 !== 0 && epoch !== epochs) return;
          const first = gradNorms![1]!, last = gradNorms![depth - 1]!;
          perEpoch.push({
            epoch,
            testAccuracy: testAccuracy!,
            deltaRatio: deltaRatio(),
            weightRatio: _round(last > 0 ? first / last : null),
            weightFirst: _round(first),
          });
        },
      });
      if (history.status === "diverged") {
        const metrics = Object.fromEntries(
          gradientsTrainingSweep.metrics.map((m) => [m, null]),
        ) as Record<DepthTrainingMetric, null>;
        return { metrics, status: "diverged", divergedEpoch: history.diverged!.epoch, perEpoch };
      }
      const end = perEpoch.at(-1)!, final = history.epochs.at(-1)!;
      return {
        status: "completed",
        metrics: {
          testAccuracy: final.testAccuracy!,
          loss: final.loss,
          deltaRatioInit: perEpoch[0]!.deltaRatio as number | null,
          deltaRatioFinal: end.deltaRatio as number | null,
          weightRatioFinal: end.weightRatio as number | null,
        },
        perEpoch,
      };
    },
  },
);

/**
 * Chapter 2's setup: small MLPs (2-8-8-1) with different activations learn the two-circle
 * problem from the same data and the same initial weights, with snapshots of their
 * decision surfaces over training.
 *
 * @module
 */

import type { PlaneGrid } from "../../analysis/surface.ts";
import { decisionSurface, grid2d } from "../../analysis/surface.ts";
import { circles } from "../../data/circles.ts";
import type { Dataset } from "../../data/dataset.ts";
import { mlp } from "../../core/model/mlp.ts";
import type { Sequential } from "../../core/model/sequential.ts";
import { adam } from "../../core/optim/adam.ts";
import { deriveSeed } from "../../core/random.ts";
import { fit, type History } from "../../core/train/fit.ts";
import { requireInteger } from "../../core/_validate.ts";

/** The activations the chapter compares (Leaky ReLU with the article's a = 0.1). */
export const BOUNDARY_ACTIVATIONS: readonly string[] = [
  "relu",
  "leaky_relu(0.1)",
  "tanh",
  "sigmoid",
];

/** Tolerances at which the boundary is traced by straight segments (input units; circles have radius 1 and 0.5). */
export const BOUNDARY_TOLERANCES = { coarse: 0.03, medium: 0.01, fine: 0.003 } as const;

/**
 * The plane the boundaries are measured on: [−1.6, 1.6]², in float64.
 *
 * @param resolution Points per axis (321: spacing 0.01).
 * @returns The grid.
 *
 * @example
 * ```ts
 * import { boundaryGrid } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const grid = boundaryGrid();
 * expect(grid.xs[1]! - grid.xs[0]!).to.be.closeTo(0.01, 1e-12);
 * expect(boundaryGrid(51).points.rows).to.equal(51 * 51);
 * ```
 */
export function boundaryGrid(resolution = 321): PlaneGrid {
  return grid2d({ x: [-1.6, 1.6], resolution, dtype: "float64" });
}

/** Options of {@linkcode trainBoundaryNet}. */
export interface BoundaryNetOptions {
  /** Hidden activation, e.g. `"relu"`. */
  activation: string;
  /** Seed of the data (train and test draws), the initial weights and the batch order. */
  seed: number;
  /** Passes over the 400 training points. @default 100 */
  epochs?: number;
  /** Hidden layer widths. @default [8, 8] */
  hidden?: readonly number[];
  /** Record P(class 1) on `grid` before training and every `every` epochs. */
  snapshots?: { grid: PlaneGrid; every: number };
}

/** One snapshot: the model's P(class 1) at every grid point after `epoch` epochs. */
export interface SurfaceSnapshot {
  /** Epochs trained when it was taken (0: the initial weights). */
  readonly epoch: number;
  /** P(class 1) in `grid.points` order, rounded to 0.001 (what a plot shows; keeps figures small). */
  readonly outputs: number[];
}

/** A trained boundary net with its data, history and snapshots. */
export interface BoundaryNet {
  /** The trained network. */
  readonly model: Sequential;
  /** The 400 training points. */
  readonly train: Dataset;
  /** The 400 test points, a fresh draw of the same seed. */
  readonly test: Dataset;
  /** What `fit` recorded, epoch by epoch. */
  readonly history: History;
  /** The decision surface before training and every `snapshots.every` epochs. */
  readonly snapshots: SurfaceSnapshot[];
}

/**
 * Trains a 2-8-8-1 MLP (or other `hidden` widths) on two circles (400 training and 400 test points, noise 0.1,
 * inner radius 0.5) with Adam (learning rate 0.01, batches of 16), in float64. For one
 * seed every activation gets the same data, initial weights (He uniform) and batch order.
 *
 * @param options Activation, seed, epochs, snapshots.
 * @returns The model, data, history and snapshots.
 *
 * @example ReLU learns the circles
 * ```ts
 * import { trainBoundaryNet } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const { history } = await trainBoundaryNet({ activation: "relu", seed: 1, epochs: 30 });
 * expect(history.epochs.at(-1)!.testAccuracy).to.be.above(0.9);
 * ```
 */
export async function trainBoundaryNet(options: BoundaryNetOptions): Promise<BoundaryNet> {
  const { activation, seed, epochs = 100, hidden = [8, 8], snapshots } = options;
  requireInteger("epochs", epochs, 1);
  if (snapshots) requireInteger("snapshots.every", snapshots.every, 1);
  const data = (purpose: string) =>
    circles(deriveSeed(seed, purpose), { n: 400, noise: 0.1, factor: 0.5, dtype: "float64" });
  const train = data("train"), test = data("test");
  const model = mlp({
    sizes: [2, ...hidden, 1],
    activation,
    seed: deriveSeed(seed, "init"),
    dtype: "float64",
  });
  const taken: SurfaceSnapshot[] = [];
  const snap = (epoch: number) => {
    if (snapshots && epoch % snapshots.every === 0) {
      const outputs = decisionSurface(model, snapshots.grid).flat();
      taken.push({ epoch, outputs: outputs.map((p) => Math.round(1000 * p) / 1000) });
    }
  };
  snap(0);
  const history = await fit(model, train, {
    epochs,
    learningRate: 0.01,
    optimizer: adam(),
    batchSize: 16,
    seed: deriveSeed(seed, "shuffle"),
    test,
    onEpoch: ({ epoch }) => snap(epoch),
  });
  return { model, train, test, history, snapshots: taken };
}

/** The seed of the chapter's worked example, fixed before looking at any result. */
export const EXAMPLE_SEED = 0;

/** The chapter's worked example: one trained net per activation, all from one seed. */
export interface BoundaryExamples {
  /** The seed of every net's data, initial weights and batch order. */
  readonly seed: number;
  /** The grid the snapshots were taken on. */
  readonly grid: PlaneGrid;
  /** The activations, in {@linkcode BOUNDARY_ACTIVATIONS} order. */
  readonly activations: readonly string[];
  /** One trained net per activation, same order. */
  readonly nets: readonly BoundaryNet[];
}

/** Options of {@linkcode trainBoundaryExamples}. */
export interface BoundaryExampleOptions {
  /** The seed. @default EXAMPLE_SEED (0) */
  seed?: number;
  /** Passes over the training points. @default 100 */
  epochs?: number;
  /** Snapshot the surface every this many epochs (and before training). @default 10 */
  every?: number;
  /** Points per axis of the snapshots' grid. @default 51 */
  resolution?: number;
}

/**
 * Trains one net per activation of {@linkcode BOUNDARY_ACTIVATIONS} as
 * {@linkcode trainBoundaryNet} does, all from one seed (the same data, initial weights and
 * batch order), with snapshots of each decision surface over training.
 *
 * @param options Seed, epochs, snapshot interval and grid resolution.
 * @returns The trained nets with the grid of their snapshots.
 *
 * @example Two epochs, snapshots at 0 and 2
 * ```ts
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const examples = await trainBoundaryExamples({ epochs: 2, every: 2, resolution: 11 });
 * expect(examples.nets).to.have.length(examples.activations.length);
 * expect(examples.nets[0]!.snapshots.map((s) => s.epoch)).to.deep.equal([0, 2]);
 * ```
 */
export async function trainBoundaryExamples(
  options: BoundaryExampleOptions = {},
): Promise<BoundaryExamples> {
  const { seed = EXAMPLE_SEED, epochs = 100, every = 10, resolution = 51 } = options;
  const grid = boundaryGrid(resolution);
  const nets: BoundaryNet[] = [];
  for (const activation of BOUNDARY_ACTIVATIONS) {
    nets.push(await trainBoundaryNet({ activation, seed, epochs, snapshots: { grid, every } }));
  }
  return { seed, grid, activations: BOUNDARY_ACTIVATIONS, nets };
}

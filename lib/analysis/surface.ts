/**
 * What a 2-D classifier and each of its hidden units compute over a grid of the
 * input plane: decision surfaces and per-neuron feature maps (as TensorFlow
 * Playground draws them).
 *
 * @module
 */

import { requireGrid } from "./_grid.ts";
import { type Dtype, type Matrix, zeros } from "../core/matrix.ts";
import type { Sequential } from "../core/model/sequential.ts";
import { preActivations } from "../core/diagnostics/pre_activations.ts";
import { requireFinite, requireInteger } from "../core/_validate.ts";

/**
 * A regular grid over a rectangle of the plane.
 *
 * @example
 * ```ts
 * import { grid2d } from "relu-lab/lab";
 * import type { PlaneGrid } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const grid: PlaneGrid = grid2d({ x: [0, 1], y: [0, 2], resolution: 3 });
 * expect([grid.xs, grid.ys, grid.points.rows]).to.deep.equal([[0, 0.5, 1], [0, 1, 2], 9]);
 * ```
 */
export interface PlaneGrid {
  /** x coordinates, left to right. */
  readonly xs: number[];
  /** y coordinates, bottom to top. */
  readonly ys: number[];
  /** Every point as a row (x, y), row-major over ys then xs: point (i, j) is row i·xs.length + j. */
  readonly points: Matrix;
}

/**
 * Options for {@linkcode grid2d}.
 *
 * @example
 * ```ts
 * import { grid2d } from "relu-lab/lab";
 * import type { GridOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: GridOptions = { x: [-2, 2], resolution: 5, dtype: "float64" };
 * expect(grid2d(options).points.data).to.be.instanceOf(Float64Array);
 * ```
 */
export interface GridOptions {
  /** Range of x. @default [-1.5, 1.5] */
  x?: readonly [number, number];
  /** Range of y. @default the x range */
  y?: readonly [number, number];
  /** Points per axis, an integer >= 2. @default 101 */
  resolution?: number;
  /** Storage type of `points`. @default "float32" */
  dtype?: Dtype;
}

function _linspace(name: string, [low, high]: readonly [number, number], count: number): number[] {
  requireFinite(`${name}[0]`, low);
  requireFinite(`${name}[1]`, high);
  if (high <= low) {
    throw new RangeError(
      `Expected ${name} to be [low, high] with low < high, received [${low}, ${high}]`,
    );
  }
  return Array.from({ length: count }, (_, i) => low + (high - low) * i / (count - 1));
}

/**
 * A regular grid of points over a rectangle.
 *
 * @param options Ranges and resolution.
 * @returns The axes and the points.
 *
 * @example
 * ```ts
 * import { grid2d } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const grid = grid2d({ x: [0, 1], resolution: 3 });
 * expect(grid.xs).to.deep.equal([0, 0.5, 1]);
 * expect(grid.points.rows).to.equal(9);
 * ```
 */
export function grid2d(options: GridOptions = {}): PlaneGrid {
  const { x = [-1.5, 1.5], resolution = 101, dtype = "float32" } = options;
  requireInteger("resolution", resolution, 2);
  const xs = _linspace("x", x, resolution);
  const ys = _linspace("y", options.y ?? x, resolution);
  const points = zeros(resolution * resolution, 2, dtype);
  ys.forEach((y, i) =>
    xs.forEach((xv, j) => {
      points.data[2 * (i * resolution + j)] = xv;
      points.data[2 * (i * resolution + j) + 1] = y;
    })
  );
  return { xs, ys, points };
}

function _reshape(values: ArrayLike<number>, grid: PlaneGrid, stride = 1, offset = 0): number[][] {
  return grid.ys.map((_, i) =>
    grid.xs.map((_, j) => values[(i * grid.xs.length + j) * stride + offset]!)
  );
}

/**
 * The model's probability of class 1 at every grid point (sigmoid of a single logit);
 * for several outputs, the predicted class index.
 *
 * @param model A model with 2 inputs.
 * @param grid From {@linkcode grid2d}.
 * @returns `z[i][j]` at (xs[j], ys[i]), ready for a heatmap or contour.
 *
 * @example
 * ```ts
 * import { mlpFromWeights } from "relu-lab";
 * import { decisionSurface, grid2d } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1, 0]], [[1]]], biases: [[0], [0]] });
 * const z = decisionSurface(model, grid2d({ x: [-1, 1], resolution: 3 }));
 * expect(z[0]).to.deep.equal([0.5, 0.5, 1 / (1 + Math.exp(-1))]);
 * ```
 */
export function decisionSurface(model: Sequential, grid: PlaneGrid): number[][] {
  requireGrid("grid", grid);
  const logits = model.predict(grid.points);
  if (logits.cols === 1) return _reshape(logits.data.map((z) => 1 / (1 + Math.exp(-z))), grid);
  const classes = new Float64Array(logits.rows).map((_, r) => {
    let best = 0;
    for (let c = 1; c < logits.cols; c++) {
      if (logits.data[r * logits.cols + c]! > logits.data[r * logits.cols + best]!) best = c;
    }
    return best;
  });
  return _reshape(classes, grid);
}

/**
 * Each hidden unit's activation over the grid: `maps[layer][unit][i][j]`, hidden layers
 * input side first. These are the feature maps a deeper layer combines.
 *
 * @param model A model with 2 inputs.
 * @param grid From {@linkcode grid2d}.
 * @returns Feature maps per hidden layer and unit.
 *
 * @example Two hidden units of a 2-2-1 ReLU network on a 3 × 3 grid
 * ```ts
 * import { mlpFromWeights } from "relu-lab";
 * import { grid2d, unitSurfaces } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1, 0], [0, -1]], [[1, 1]]], biases: [[0, 0], [0]] });
 * const [maps] = unitSurfaces(model, grid2d({ x: [-1, 1], y: [-1, 1], resolution: 3 }));
 * expect(maps!.length).to.equal(2);
 * expect(maps![0]!.flat().every((v) => v >= 0)).to.equal(true);
 * ```
 */
export function unitSurfaces(model: Sequential, grid: PlaneGrid): number[][][][] {
  requireGrid("grid", grid);
  return preActivations(model, grid.points).map(({ activation, z }) => {
    const out = activation.forward(z, "eval");
    return Array.from({ length: z.cols }, (_, unit) => _reshape(out.data, grid, z.cols, unit));
  });
}

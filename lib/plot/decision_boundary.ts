/**
 * Decision boundaries of 2-D classifiers: a grid of inputs to evaluate the model on
 * ({@linkcode grid2d}), and a heatmap of its outputs with the 0.5 contour and the data on top
 * ({@linkcode decisionBoundaryPlot}). The notebook runs the model; the plot only draws.
 *
 * @module
 */

import { describe, requireAllFinite, requireInteger } from "../_validate.ts";
import { type Matrix, requireShape, zeros } from "../matrix.ts";
import { Figure } from "./figure.ts";
import { linspace } from "./curves.ts";
import { axis, baseLayout, seriesColor } from "./style.ts";
import type { Datum, PlotOptions, Trace } from "./types.ts";

/** A rectangular grid of 2-D inputs. */
export interface Grid2D {
  /** Horizontal coordinates, ascending. */
  xs: number[];
  /** Vertical coordinates, ascending. */
  ys: number[];
  /** One row per grid point, `(xs[k % nx], ys[floor(k / nx)])`: y-major, as heatmaps read. */
  points: Matrix;
}

/**
 * Builds an `n` × `n` grid over a rectangle, as a batch of inputs for a model.
 *
 * @param xRange `[min, max]` of the first input.
 * @param yRange `[min, max]` of the second input.
 * @param n Points per side, an integer ≥ 2.
 * @returns The coordinates and an (n·n) × 2 float64 matrix of points.
 *
 * @example
 * ```ts
 * import { grid2d } from "relu-lab";
 * import { expect } from "chai";
 *
 * const g = grid2d([0, 1], [0, 2], 3);
 * expect(g.points.rows).to.equal(9);
 * expect([...g.points.data.slice(2, 4)]).to.deep.equal([0.5, 0]);
 * ```
 */
export function grid2d(xRange: [number, number], yRange: [number, number], n: number): Grid2D {
  requireInteger("n", n, 2);
  const xs = linspace(xRange[0], xRange[1], n);
  const ys = linspace(yRange[0], yRange[1], n);
  const points = zeros(n * n, 2, "float64");
  ys.forEach((y, j) =>
    xs.forEach((x, i) => {
      points.data[2 * (j * n + i)] = x;
      points.data[2 * (j * n + i) + 1] = y;
    })
  );
  return { xs, ys, points };
}

/** Labelled 2-D samples drawn on top of the boundary. */
export interface LabelledPoints {
  /** N × 2 inputs. */
  inputs: Matrix;
  /** N class labels (small integers). */
  labels: ArrayLike<number>;
}

/** Options of {@linkcode decisionBoundaryPlot}. */
export interface BoundaryOptions extends PlotOptions {
  /**
   * Colour range of the model's output.
   * @default [0, 1]
   */
  zRange?: [number, number];
  /**
   * Output level drawn as the boundary line.
   * @default 0.5
   */
  threshold?: number;
}

/**
 * Draws a model's output over a grid, its boundary line, and the data.
 *
 * @param grid The grid the outputs were computed on.
 * @param outputs One output per grid point, in the order of `grid.points` (e.g. P(class 1)).
 * @param data The samples, one marker colour per class.
 * @param options Colour range, threshold, title, height.
 * @returns A heatmap, a contour at the threshold, and one scatter per class.
 *
 * @example
 * ```ts
 * import { decisionBoundaryPlot, fromRows, grid2d } from "relu-lab";
 * import { expect } from "chai";
 *
 * const g = grid2d([-1, 1], [-1, 1], 5);
 * const outputs = Array.from({ length: 25 }, (_, k) => (g.points.data[2 * k]! > 0 ? 1 : 0));
 * const data = { inputs: fromRows([[-0.5, 0], [0.5, 0]]), labels: [0, 1] };
 * const fig = decisionBoundaryPlot(g, outputs, data);
 * expect(fig.data.map((t) => t.type)).to.deep.equal(["heatmap", "contour", "scatter", "scatter"]);
 * ```
 */
export function decisionBoundaryPlot(
  grid: Grid2D,
  outputs: ArrayLike<number>,
  data: LabelledPoints,
  options: BoundaryOptions = {},
): Figure {
  const { zRange = [0, 1], threshold = 0.5 } = options;
  const nx = grid.xs.length;
  if (outputs.length !== nx * grid.ys.length) {
    throw new RangeError(
      `Expected outputs to have one value per grid point (${nx * grid.ys.length}), ` +
        `received ${describe(outputs)}`,
    );
  }
  requireAllFinite("outputs", outputs);
  requireShape("data.inputs", data.inputs, 2, data.labels.length);
  const z: Datum[][] = grid.ys.map((_, j) =>
    Array.from({ length: nx }, (_, i) => outputs[j * nx + i]!)
  );
  const surface = { x: grid.xs, y: grid.ys, z, hoverinfo: "skip" };
  const traces: Trace[] = [
    {
      type: "heatmap",
      ...surface,
      colorscale: "RdBu",
      reversescale: true,
      zmin: zRange[0],
      zmax: zRange[1],
      opacity: 0.75,
      colorbar: { thickness: 12 },
    },
    {
      type: "contour",
      ...surface,
      showscale: false,
      contours: { start: threshold, end: threshold, coloring: "lines" },
      line: { color: "black", width: 2 },
      name: `output = ${threshold}`,
    },
  ];
  const classes = [...new Set(Array.from(data.labels))].sort((a, b) => a - b);
  for (const [k, label] of classes.entries()) {
    const rows = Array.from(data.labels).flatMap((l, r) => (l === label ? [r] : []));
    traces.push({
      type: "scatter",
      mode: "markers",
      name: `class ${label}`,
      x: rows.map((r) => data.inputs.data[2 * r]!),
      y: rows.map((r) => data.inputs.data[2 * r + 1]!),
      marker: {
        color: seriesColor(`class ${label}`, k),
        size: 6,
        line: { color: "white", width: 1 },
      },
    });
  }
  const layout = {
    ...baseLayout(options, "Decision boundary"),
    xaxis: axis("x₁", [grid.xs[0]!, grid.xs[nx - 1]!]),
    yaxis: { ...axis("x₂", [grid.ys[0]!, grid.ys[grid.ys.length - 1]!]), scaleanchor: "x" },
  };
  return new Figure({ data: traces, layout });
}

/**
 * Decision boundaries of 2-D classifiers: a heatmap of a model's outputs over a grid
 * (from `grid2d`, evaluated by `decisionSurface`) with the 0.5 contour and the data on top.
 * The notebook runs the model; the plot only draws.
 *
 * @module
 */

import { describe, requireAllFinite, requireFinite } from "../core/_validate.ts";
import type { PlaneGrid } from "../analysis/surface.ts";
import { type Matrix, requireShape } from "../core/matrix.ts";
import { Figure } from "../display/figure.ts";
import { axis, baseLayout } from "./style.ts";
import { markTraces } from "./_marks.ts";
import { requireGrid } from "./_grid.ts";
import type { Datum, PlotOptions, Trace } from "../display/types.ts";

/** Labelled 2-D samples drawn on top of the boundary. */
export interface LabelledPoints {
  /** N × 2 inputs. */
  inputs: Matrix;
  /** N class labels (small integers). */
  labels: ArrayLike<number>;
}

/** Class colours: the two ends of plotly's RdBu scale of the heatmap (blue 0, red 1), then more. */
const _CLASS_COLORS = ["#2166AC", "#B2182B", "#1B7837", "#762A83"];

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
 * import { fromRows } from "relu-lab";
 * import { grid2d } from "relu-lab/lab";
 * import { decisionBoundaryPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const g = grid2d({ x: [-1, 1], resolution: 5 });
 * const outputs = Array.from({ length: 25 }, (_, k) => (g.points.data[2 * k]! > 0 ? 1 : 0));
 * const data = { inputs: fromRows([[-0.5, 0], [0.5, 0]]), labels: [0, 1] };
 * const fig = decisionBoundaryPlot(g, outputs, data);
 * expect(fig.data.map((t) => t.type)).to.deep.equal(["heatmap", "contour", "scatter", "scatter"]);
 * ```
 */
export function decisionBoundaryPlot(
  grid: PlaneGrid,
  outputs: ArrayLike<number>,
  data: LabelledPoints,
  options: BoundaryOptions = {},
): Figure {
  requireGrid("grid", grid);
  const { zRange = [0, 1], threshold = 0.5 } = options;
  requireAllFinite("zRange", zRange);
  requireFinite("threshold", threshold);
  if (!(zRange[0] < zRange[1])) {
    throw new RangeError(`Expected zRange to be [low, high] with low < high, received [${zRange}]`);
  }
  const nx = grid.xs.length;
  if (outputs?.length !== nx * grid.ys.length) {
    throw new RangeError(
      `Expected outputs to have one value per grid point (${nx * grid.ys.length}), ` +
        `received ${describe(outputs)}`,
    );
  }
  requireAllFinite("outputs", outputs);
  if (data === null || typeof data !== "object" || data.labels?.length === undefined) {
    throw new TypeError(`Expected data to be { inputs, labels }, received ${describe(data)}`);
  }
  requireShape("data.inputs", data.inputs, 2, data.labels.length);
  requireAllFinite("data.labels", data.labels);
  const z: Datum[][] = grid.ys.map((_, j) =>
    Array.from({ length: nx }, (_, i) => outputs[j * nx + i]!)
  );
  const surface = { x: grid.xs, y: grid.ys, z, hoverinfo: "skip" };
  const traces: Trace[] = [
    {
      type: "heatmap",
      ...surface,
      // plotly's RdBu runs blue (0) to red (1): the same colours as the class 0 and 1 markers.
      colorscale: "RdBu",
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
      colorscale: [[0, "black"], [1, "black"]], // a line coloured by level: black at any level
      line: { width: 2 },
      name: `output = ${threshold}`,
    },
  ];
  const classes = [...new Set(Array.from(data.labels))].sort((a, b) => a - b);
  for (const [k, label] of classes.entries()) {
    const rows = Array.from(data.labels).flatMap((l, r) => (l === label ? [r] : []));
    traces.push(
      ...markTraces({
        name: `class ${label}`,
        x: rows.map((r) => data.inputs.data[2 * r]!),
        y: rows.map((r) => data.inputs.data[2 * r + 1]!),
        draw: "markers",
        color: _CLASS_COLORS[k % _CLASS_COLORS.length]!,
        size: 6,
      }).map((t) => ({
        ...t,
        marker: { ...(t.marker as object), line: { color: "white", width: 1 } },
      })),
    );
  }
  const layout = {
    ...baseLayout(options, "Decision boundary", classes.map((c) => `class ${c}`)),
    xaxis: axis("x₁", [grid.xs[0]!, grid.xs[nx - 1]!]),
    yaxis: { ...axis("x₂", [grid.ys[0]!, grid.ys[grid.ys.length - 1]!]), scaleanchor: "x" },
  };
  return new Figure({ data: traces, layout });
}

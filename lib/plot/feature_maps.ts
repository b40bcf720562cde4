/**
 * A grid of small heatmaps, one per hidden unit: what each neuron computes over a 2-D input
 * grid. A dead ReLU unit shows as a flat tile.
 *
 * @module
 */

import { describe, requireAllFinite, requireInteger } from "../core/_validate.ts";
import { Figure } from "../display/figure.ts";
import type { PlaneGrid } from "../analysis/surface.ts";
import { baseLayout, subplotAxes } from "./style.ts";
import type { Datum, Layout, PlotOptions, Trace } from "../display/types.ts";

/** Options of {@linkcode featureMapGrid}. */
export interface FeatureMapOptions extends PlotOptions {
  /**
   * Tiles per row.
   * @default 4
   */
  columns?: number;
  /**
   * One title per tile.
   * @default ["unit 0", "unit 1", ...]
   */
  names?: string[];
}

/**
 * Draws one heatmap per unit over a grid, all on one colour scale.
 *
 * @param grid The grid the activations were computed on (see `grid2d`).
 * @param maps One array per unit, one value per grid point in `grid.points` order.
 * @param options Tiles per row, tile titles, title, height (default: 170 px per row).
 * @returns A figure with one heatmap per unit sharing `coloraxis`.
 *
 * @example Two units, one of them dead
 * ```ts
 * import { grid2d } from "relu-lab/lab";
 * import { featureMapGrid } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const g = grid2d({ x: [-1, 1], resolution: 4 });
 * const alive = Array.from({ length: 16 }, (_, k) => Math.max(0, g.points.data[2 * k]!));
 * const fig = featureMapGrid(g, [alive, new Array(16).fill(0)], { columns: 2 });
 * expect(fig.data.map((t) => t.xaxis)).to.deep.equal(["x", "x2"]);
 * expect(fig.layout.grid).to.deep.include({ rows: 1, columns: 2 });
 * ```
 */
export function featureMapGrid(
  grid: PlaneGrid,
  maps: readonly ArrayLike<number>[],
  options: FeatureMapOptions = {},
): Figure {
  if (maps.length === 0) throw new RangeError("Expected maps to hold at least one unit's map");
  const nx = grid.xs.length;
  const { columns = Math.min(4, maps.length) } = options;
  requireInteger("columns", columns, 1);
  const names = options.names ?? maps.map((_, k) => `unit ${k}`);
  if (names.length !== maps.length) {
    throw new RangeError(
      `Expected names to have one entry per map (${maps.length}), received ${describe(names)}`,
    );
  }
  const rows = Math.ceil(maps.length / columns);
  const layout: Layout = {
    ...baseLayout({ height: 60 + 170 * rows, ...options }, "Feature maps of hidden units", false),
    grid: { rows, columns, pattern: "independent", xgap: 0.08, ygap: 0.25 },
    coloraxis: { colorscale: "Viridis", colorbar: { thickness: 12 } },
  };
  const annotations: object[] = [];
  const data: Trace[] = maps.map((values, k) => {
    if (values.length !== nx * grid.ys.length) {
      throw new RangeError(
        `Expected maps[${k}] to have one value per grid point (${nx * grid.ys.length}), ` +
          `received ${describe(values)}`,
      );
    }
    requireAllFinite(`maps[${k}]`, values);
    const axes = subplotAxes(k);
    layout[axes.xKey] = { showticklabels: false, ticks: "" };
    layout[axes.yKey] = { showticklabels: false, ticks: "", scaleanchor: axes.x };
    annotations.push({
      text: names[k]!,
      showarrow: false,
      xref: `${axes.x} domain`,
      yref: `${axes.y} domain`,
      x: 0.5,
      y: 1.12,
      font: { size: 11 },
    });
    const z: Datum[][] = grid.ys.map((_, j) =>
      Array.from({ length: nx }, (_, i) => values[j * nx + i]!)
    );
    return {
      type: "heatmap",
      name: names[k]!,
      x: grid.xs,
      y: grid.ys,
      z,
      coloraxis: "coloraxis",
      xaxis: axes.x,
      yaxis: axes.y,
    };
  });
  layout.annotations = annotations;
  return new Figure({ data, layout });
}

/**
 * A grid of small heatmaps, one per hidden unit: what each neuron computes over a 2-D input
 * grid. A dead ReLU unit shows as a flat tile. Tiles are square, framed and captioned above;
 * the outer tiles carry the titled axes the grid shares; each row has its own colour scale
 * by default (a first layer's small ramps stay visible beside a second layer's large
 * values), and a dashed square can mark where the data lie.
 *
 * @module
 */

import { describe, requireAllFinite, requireInteger, requireOneOf } from "../core/_validate.ts";
import { Figure } from "../display/figure.ts";
import type { PlaneGrid } from "../analysis/surface.ts";
import { requireGrid } from "./_grid.ts";
import { requireNonEmpty } from "./_marks.ts";
import { baseLayout, FIGURE_WIDTH, subplotAxes, wrapText } from "./style.ts";
import type { Datum, Layout, PlotOptions, Trace } from "../display/types.ts";

/** Options of {@linkcode featureMapGrid}. */
export interface FeatureMapOptions extends PlotOptions {
  /**
   * Tiles per row.
   * @default the number of maps, at most 4
   */
  columns?: number;
  /**
   * One caption per tile, shown above it.
   * @default ["unit 0", "unit 1", ...]
   */
  names?: string[];
  /**
   * Colour scales: one per row of tiles (e.g. one per layer), one for the whole grid, or one
   * per tile (no colour bar; hover shows values).
   * @default "row"
   */
  scale?: "row" | "shared" | "tile";
  /**
   * A region drawn as a dashed rectangle on every tile, e.g. where the training data lie.
   * @default none
   */
  region?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /**
   * What the dashed rectangle is, said once under the title.
   * @default "dashed: the data region"
   */
  regionLabel?: string;
  /**
   * Title of the horizontal axes (on the bottom row).
   * @default "x₁"
   */
  xTitle?: string;
  /**
   * Title of the vertical axes (on the left column).
   * @default "x₂"
   */
  yTitle?: string;
}

const _SCALES = ["row", "shared", "tile"] as const;
const _MARGIN = { l: 60, r: 100, b: 60 };
const _GAP = 14;
const _MAX_TILE = 220;
const _CAPTION_FONT = 11;

/**
 * Draws one heatmap per unit over a grid.
 *
 * @param grid The grid the activations were computed on (see `grid2d`).
 * @param maps One array per unit, one value per grid point in `grid.points` order.
 * @param options Tiles per row, captions, colour scales, a marked region, axis titles,
 *   title, height (default: from the tile size).
 * @returns A figure with one heatmap per unit, tiles in a grid.
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
 * expect(fig.layout.xaxis?.title?.text).to.equal("x₁");
 * ```
 *
 * @example A first and a second layer on scales of their own, the data region marked
 * ```ts
 * import { grid2d } from "relu-lab/lab";
 * import { featureMapGrid } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const g = grid2d({ x: [-3, 3], resolution: 4 });
 * const small = new Array(16).fill(0).map((_, k) => k / 100), large = small.map((v) => 100 * v);
 * const fig = featureMapGrid(g, [small, small, large, large], {
 *   columns: 2, region: { x: [-1, 1], y: [-1, 1] },
 * });
 * expect(fig.data.map((t) => t.coloraxis)).to.deep.equal(["coloraxis", "coloraxis", "coloraxis2", "coloraxis2"]);
 * expect(fig.layout.shapes).to.have.length(4);
 * ```
 */
export function featureMapGrid(
  grid: PlaneGrid,
  maps: readonly ArrayLike<number>[],
  options: FeatureMapOptions = {},
): Figure {
  requireGrid("grid", grid);
  requireNonEmpty("maps", maps, "map", "maps");
  const nx = grid.xs.length, size = nx * grid.ys.length;
  const { columns = Math.min(4, maps.length), scale = "row" } = options;
  requireInteger("columns", columns, 1);
  requireOneOf("scale", scale, _SCALES);
  const names = options.names ?? maps.map((_, k) => `unit ${k}`);
  if (!Array.isArray(names) || names.length !== maps.length) {
    throw new RangeError(
      `Expected names to have one entry per map (${maps.length}), received ${describe(names)}`,
    );
  }
  maps.forEach((values, k) => {
    if (values?.length !== size) {
      throw new RangeError(
        `Expected maps[${k}] to have one value per grid point (${size}), received ${
          describe(values)
        }`,
      );
    }
    requireAllFinite(`maps[${k}]`, values);
  });
  if (options.region !== undefined) _requireRegion(options.region);

  const rows = Math.ceil(maps.length / columns);
  const room = FIGURE_WIDTH - _MARGIN.l - _MARGIN.r;
  const tile = Math.min(_MAX_TILE, Math.floor((room - (columns - 1) * _GAP) / columns));
  const width = columns * tile + (columns - 1) * _GAP;
  const captions = names.map((n) => wrapText(String(n), Math.max(6, Math.floor(tile / 6.2))));
  const captionLines = Math.max(...captions.map((c) => c.split("<br>").length));
  const captionHeight = captionLines * (_CAPTION_FONT + 3) + 6;
  const pitch = captionHeight + tile + _GAP + 10;
  const plotHeight = rows * pitch - _GAP - 10;
  const head = baseLayout({ ...options, height: 1000 }, "Feature maps of hidden units", false);
  const regionNote = options.region === undefined ? 0 : 18;
  const top = (head.margin as { t: number }).t + regionNote;
  const height = options.height ?? top + plotHeight + _MARGIN.b;
  const base = baseLayout({ ...options, height }, "Feature maps of hidden units", false);
  const layout: Layout = {
    ...base,
    margin: { t: top, l: _MARGIN.l, b: _MARGIN.b, r: FIGURE_WIDTH - _MARGIN.l - width },
  };

  // One colour axis per row (or one for all); per-tile scales use the traces' own zmin/zmax.
  const rowOf = (k: number) => Math.floor(k / columns);
  const axisOf = (k: number) =>
    scale === "row" ? (rowOf(k) === 0 ? "coloraxis" : `coloraxis${rowOf(k) + 1}`) : "coloraxis";
  const extent = (ks: number[]) => {
    let lo = Infinity, hi = -Infinity;
    for (const k of ks) {
      for (const v of Array.from(maps[k]!)) lo = Math.min(lo, v), hi = Math.max(hi, v);
    }
    return [lo, hi > lo ? hi : lo + 1] as const;
  };
  const rowDomain = (r: number): [number, number] => {
    const tileTop = r * pitch + captionHeight, tileBottom = tileTop + tile;
    return [1 - tileBottom / plotHeight, 1 - tileTop / plotHeight];
  };
  if (scale !== "tile") {
    const groups = scale === "row" ? Array.from({ length: rows }, (_, r) => r) : [0];
    for (const r of groups) {
      const ks = maps.map((_, k) => k).filter((k) => scale === "shared" || rowOf(k) === r);
      const [cmin, cmax] = extent(ks);
      const [y0, y1] = scale === "row" ? rowDomain(r) : [rowDomain(rows - 1)[0], rowDomain(0)[1]];
      layout[r === 0 ? "coloraxis" : `coloraxis${r + 1}`] = {
        colorscale: "Viridis",
        cmin,
        cmax,
        colorbar: {
          thickness: 10,
          len: y1 - y0,
          y: (y0 + y1) / 2,
          yanchor: "middle",
          x: 1.02,
          nticks: 4,
        },
      };
    }
  }

  const annotations: object[] = [];
  const shapes: object[] = [];
  if (options.region !== undefined) {
    annotations.push({
      text: options.regionLabel ?? "dashed: the data region",
      showarrow: false,
      xref: "paper",
      yref: "paper",
      x: 0,
      xanchor: "left",
      y: 1,
      yanchor: "bottom",
      yshift: captionHeight + 2,
      font: { size: 11, color: "#555" },
    });
  }
  const data: Trace[] = maps.map((values, k) => {
    const axes = subplotAxes(k);
    const row = rowOf(k), column = k % columns;
    const left = column * (tile + _GAP);
    const bottomRow = k + columns >= maps.length, leftColumn = column === 0;
    const frame = {
      showgrid: false,
      zeroline: false,
      showline: true,
      mirror: true,
      linecolor: "#999",
      constrain: "domain",
      ticks: "",
    };
    layout[axes.xKey] = {
      ...frame,
      domain: [left / width, (left + tile) / width],
      anchor: axes.y,
      range: [grid.xs[0]!, grid.xs[nx - 1]!],
      showticklabels: bottomRow,
      ...(bottomRow && {
        title: { text: options.xTitle ?? "x₁", standoff: 4 },
        nticks: 4,
        tickfont: { size: 10 },
      }),
    };
    layout[axes.yKey] = {
      ...frame,
      domain: rowDomain(row),
      range: [grid.ys[0]!, grid.ys[grid.ys.length - 1]!],
      scaleanchor: axes.x,
      anchor: axes.x,
      showticklabels: leftColumn,
      ...(leftColumn && {
        title: { text: options.yTitle ?? "x₂", standoff: 4 },
        nticks: 4,
        tickfont: { size: 10 },
      }),
    };
    annotations.push({
      text: captions[k]!,
      showarrow: false,
      xref: `${axes.x} domain`,
      yref: `${axes.y} domain`,
      x: 0.5,
      y: 1,
      yanchor: "bottom",
      yshift: 3,
      font: { size: _CAPTION_FONT },
    });
    if (options.region !== undefined) {
      const { x, y } = options.region;
      shapes.push({
        type: "rect",
        xref: axes.x,
        yref: axes.y,
        x0: x[0],
        x1: x[1],
        y0: y[0],
        y1: y[1],
        line: { color: "white", dash: "dash", width: 1.5 },
      });
    }
    const z: Datum[][] = grid.ys.map((_, j) =>
      Array.from({ length: nx }, (_, i) => values[j * nx + i]!)
    );
    const [zmin, zmax] = extent([k]);
    return {
      type: "heatmap",
      name: String(names[k]),
      x: grid.xs,
      y: grid.ys,
      z,
      ...(scale === "tile" ? { zmin, zmax, colorscale: "Viridis", showscale: false } : {
        coloraxis: axisOf(k),
      }),
      hovertemplate: `x₁ %{x:.2f}, x₂ %{y:.2f}: %{z:.3g}<extra>${String(names[k])}</extra>`,
      xaxis: axes.x,
      yaxis: axes.y,
    };
  });
  layout.annotations = annotations;
  if (shapes.length > 0) layout.shapes = shapes;
  return new Figure({ data, layout });
}

function _requireRegion(region: FeatureMapOptions["region"]): void {
  const ok = (r: unknown) =>
    Array.isArray(r) && r.length === 2 && r.every(Number.isFinite) && r[0] < r[1];
  if (region === null || typeof region !== "object" || !ok(region.x) || !ok(region.y)) {
    throw new RangeError(
      `Expected region to be { x: [low, high], y: [low, high] } with low < high, received ${
        describe(region)
      }`,
    );
  }
}

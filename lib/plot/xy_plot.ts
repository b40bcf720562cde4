/**
 * {@linkcode xyPlot}: points or lines of y against x for several series, each point with
 * an optional interval in y and in x (a mean over seeds with its bootstrap interval, a Monte
 * Carlo rate with its binomial interval), theory curves drawn dashed beside them, and
 * optional reference lines.
 *
 * @module
 */

import { describe, requireAllFinite } from "../core/_validate.ts";
import { errorBars, pointLabels, referenceLines } from "./_xy_marks.ts";
import { Figure } from "../display/figure.ts";
import { axis, baseLayout, seriesColor } from "./style.ts";
import type { Axis, Layout, PlotOptions, Trace } from "../display/types.ts";

/** One series: y against x, with optional intervals. */
export interface XYSeries {
  /** Legend name; activation names get their house colour. */
  name: string;
  /** Horizontal positions: numbers, or category names (e.g. dataset names). */
  x: readonly (number | string)[];
  /** Vertical values, one per x. */
  y: readonly number[];
  /** Lower and upper ends of each y's interval (error bars in y). */
  yInterval?: { readonly low: readonly number[]; readonly high: readonly number[] };
  /** Lower and upper ends of each x's interval (error bars in x; numeric x only). */
  xInterval?: { readonly low: readonly number[]; readonly high: readonly number[] };
  /** How the points are drawn. @default "lines+markers" */
  mode?: "lines+markers" | "markers" | "lines";
  /** Line style, e.g. `"dash"` for theory. @default "solid" */
  dash?: "solid" | "dash" | "dot";
  /**
   * Series of one colour group share a colour and a marker shape, and stand in one column
   * of the legend, where they are toggled together (e.g. a width's full run, quick run and
   * theory, told apart by `mode` and `dash`).
   * @default the series' own group
   */
  colorGroup?: string;
  /** A text label beside each point (e.g. a name, when the legend is hidden). @default none */
  labels?: readonly string[];
}

/** Options of {@linkcode xyPlot}. */
export interface XYPlotOptions extends PlotOptions {
  /** Title of the horizontal axis. @default "x" */
  xTitle?: string;
  /** Title of the vertical axis. @default "y" */
  yTitle?: string;
  /** Plotly tick format of the vertical axis, e.g. `".0%"`. @default undefined */
  yFormat?: string;
  /** Plotly tick format of the horizontal axis. @default undefined */
  xFormat?: string;
  /** Logarithmic horizontal axis (learning rates). @default false */
  logX?: boolean;
  /** Logarithmic vertical axis (distances spanning decades). @default false */
  logY?: boolean;
  /** Fixed vertical range; autoscaled when absent. @default undefined */
  yRange?: [number, number];
  /** Dashed vertical lines with a label, e.g. where a training phase ends. @default [] */
  markX?: readonly { readonly x: number; readonly label: string }[];
  /** A dashed horizontal line, e.g. y = 0 for differences. @default undefined */
  markY?: number;
  /**
   * The legend: `true` above the plot, `"below"` under it (many series would run into the
   * title; the default height is then 480), `false` none (when points carry labels).
   * @default true
   */
  legend?: boolean | "below";
  /**
   * Place the series side by side at each category of x instead of on top of each other
   * (plotly's grouped scatter mode), e.g. several comparisons per dataset.
   * @default false
   */
  group?: boolean;
  /** Any other plotly attributes of the horizontal axis, e.g. `{ tickvals: [1, 2, 4] }`. @default {} */
  xAxis?: Axis;
  /** Any other plotly attributes of the vertical axis. @default {} */
  yAxis?: Axis;
}

/**
 * Plots series of y against x, with interval bars where given.
 *
 * @param series The series, at least one.
 * @param options Axis titles, formats and scales, reference lines, legend, title, height.
 * @returns One scatter trace per series.
 *
 * @example Mean dead fraction against bias, with intervals
 * ```ts
 * import { xyPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const fig = xyPlot([{
 *   name: "lr 2", x: [-1, 0, 1], y: [0.3, 0.1, 0.5],
 *   yInterval: { low: [0.2, 0.05, 0.4], high: [0.4, 0.2, 0.6] },
 * }], { xTitle: "bias", yTitle: "dead", yFormat: ".0%", markX: [{ x: 0, label: "zero" }] });
 * const err = fig.data[0]!.error_y as { array: number[]; arrayminus: number[] };
 * expect(err.arrayminus[1]).to.be.closeTo(0.05, 1e-12);
 * expect(fig.layout.yaxis?.tickformat).to.equal(".0%");
 * expect(fig.layout.shapes).to.have.length(1);
 * ```
 *
 * @example A Monte Carlo rate and its dashed theory, one colour, legend below
 * ```ts
 * import { xyPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const fig = xyPlot([
 *   { name: "Monte Carlo", colorGroup: "w2", x: [1, 2], y: [0.3, 0.5], yInterval: { low: [0.2, 0.4], high: [0.4, 0.6] } },
 *   { name: "theory", colorGroup: "w2", x: [1, 2], y: [0.25, 0.44], dash: "dash", mode: "lines" },
 * ], { yFormat: ".0%", legend: "below" });
 * const [rate, theory] = fig.data.map((t) => t.line as { color: string; dash?: string });
 * expect(theory).to.deep.equal({ color: rate!.color, dash: "dash" });
 * expect(fig.layout.legend).to.include({ yanchor: "top" });
 * ```
 */
export function xyPlot(series: readonly XYSeries[], options: XYPlotOptions = {}): Figure {
  if (!Array.isArray(series) || series.length === 0) {
    throw new RangeError(
      `Expected series to hold at least one series, received ${describe(series)}`,
    );
  }
  const groups = [...new Set(series.map((s) => s.colorGroup ?? s.name))];
  const data = series.map((s, i): Trace => {
    const name = `series[${i}]`;
    _requirePoints(name, s);
    const group = groups.indexOf(s.colorGroup ?? s.name);
    const color = seriesColor(s.colorGroup ?? s.name, group);
    return {
      type: "scatter",
      mode: (s.mode ?? "lines+markers") + (s.labels ? "+text" : ""),
      name: s.name,
      x: [...s.x],
      y: [...s.y],
      marker: { color, size: 8, symbol: _SYMBOLS[group % _SYMBOLS.length] },
      ...(options.group && { offsetgroup: s.name }),
      ...(s.colorGroup !== undefined && { legendgroup: s.colorGroup }),
      line: { color, ...(s.dash && { dash: s.dash }) },
      ...(s.labels && pointLabels(`${name}.labels`, s.labels, s.y.length)),
      ...(s.yInterval && { error_y: errorBars(`${name}.yInterval`, s.y, s.yInterval) }),
      ...(s.xInterval && { error_x: errorBars(`${name}.xInterval`, s.x, s.xInterval) }),
    };
  });
  const yaxis: Axis = { ...axis(options.yTitle ?? "y", options.yRange), ...options.yAxis };
  const xaxis: Axis = { ...axis(options.xTitle ?? "x"), ...options.xAxis };
  if (options.yFormat) yaxis.tickformat = options.yFormat;
  if (options.xFormat) xaxis.tickformat = options.xFormat;
  if (options.logX) xaxis.type = "log";
  if (options.logY) yaxis.type = "log";
  const shapes = referenceLines(options.markX ?? [], options.markY);
  const layout = {
    ...baseLayout(options, `${options.yTitle ?? "y"} against ${options.xTitle ?? "x"}`),
    xaxis,
    yaxis,
    ...(shapes.length > 0 && { shapes }),
    ...(options.legend === false && { showlegend: false }),
    ...(options.legend === "below" && _legendBelow(options.height ?? 480)),
    ...(options.group && { scattermode: "group", scattergap: 0.5 }),
  };
  return new Figure({ data, layout });
}

/** Marker shapes by colour group, so that groups of one colour (e.g. two Leaky ReLU slopes) differ. */
const _SYMBOLS = ["circle", "diamond", "square", "triangle-up", "cross", "star", "x"];

/** Checks that y is finite, x finite numbers or names, and both of one length. */
function _requirePoints(name: string, s: XYSeries): void {
  requireAllFinite(`${name}.y`, s.y);
  if (s.x.length !== s.y.length) {
    throw new RangeError(
      `Expected ${name}.x to have the ${s.y.length} entries of y, received ${s.x.length}`,
    );
  }
  s.x.forEach((x, k) => {
    if (typeof x === "string" || Number.isFinite(x)) return;
    throw new RangeError(
      `Expected ${name}.x to hold finite numbers or names, received ${describe(x)} at index ${k}`,
    );
  });
}

/** A horizontal legend under the plot, 70 px below the axis so it clears the axis title. */
function _legendBelow(height: number): Layout {
  const margin = { t: 60, r: 20, b: 150, l: 60 };
  return {
    height,
    margin,
    legend: { orientation: "h", x: 0, y: -70 / (height - margin.t - margin.b), yanchor: "top" },
  };
}

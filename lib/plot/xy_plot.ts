/**
 * {@linkcode xyPlot}: points or lines of y against x for several series, each point with
 * an optional interval in y and in x (e.g. mean dead fraction and mean accuracy over seeds,
 * each with its bootstrap interval), and optional vertical marker lines.
 *
 * @module
 */

import { describe, requireAllFinite } from "../_validate.ts";
import { Figure } from "./figure.ts";
import { axis, baseLayout, seriesColor } from "./style.ts";
import type { Axis, PlotOptions, Trace } from "./types.ts";

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
  /**
   * How the points are drawn.
   * @default "lines+markers"
   */
  mode?: "lines+markers" | "markers" | "lines";
  /** A text label beside each point (e.g. a name, when the legend is hidden). @default none */
  labels?: readonly string[];
}

/** Options of {@linkcode xyPlot}. */
export interface XYPlotOptions extends PlotOptions {
  /**
   * Title of the horizontal axis.
   * @default "x"
   */
  xTitle?: string;
  /**
   * Title of the vertical axis.
   * @default "y"
   */
  yTitle?: string;
  /** Plotly tick format of the vertical axis, e.g. `".0%"`. @default undefined */
  yFormat?: string;
  /** Plotly tick format of the horizontal axis. @default undefined */
  xFormat?: string;
  /** Logarithmic horizontal axis. @default false */
  logX?: boolean;
  /** Fixed vertical range; autoscaled when absent. @default undefined */
  yRange?: [number, number];
  /** Dashed vertical lines with a label, e.g. where a training phase ends. @default [] */
  markX?: readonly { readonly x: number; readonly label: string }[];
  /** A dashed horizontal line, e.g. y = 0 for differences. @default undefined */
  markY?: number;
  /** Show the legend (hide it when points carry labels). @default true */
  legend?: boolean;
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
 * @param options Axis titles and formats, marker lines, title, height.
 * @returns One scatter trace per series.
 *
 * @example Mean dead fraction against bias, with intervals
 * ```ts
 * import { xyPlot } from "relu-lab";
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
 */
export function xyPlot(series: readonly XYSeries[], options: XYPlotOptions = {}): Figure {
  if (!Array.isArray(series) || series.length === 0) {
    throw new RangeError(
      `Expected series to hold at least one series, received ${describe(series)}`,
    );
  }
  const data = series.map((s, i): Trace => {
    const name = `series[${i}]`;
    requireAllFinite(`${name}.y`, s.y);
    if (s.x.length !== s.y.length) {
      throw new RangeError(
        `Expected ${name}.x to have the ${s.y.length} entries of y, received ${s.x.length}`,
      );
    }
    const color = seriesColor(s.name, i);
    return {
      type: "scatter",
      mode: (s.mode ?? "lines+markers") + (s.labels ? "+text" : ""),
      name: s.name,
      x: [...s.x],
      y: [...s.y],
      marker: { color, size: 8, symbol: _SYMBOLS[i % _SYMBOLS.length] },
      ...(options.group && { offsetgroup: s.name }),
      line: { color },
      ...(s.labels && _labels(`${name}.labels`, s.labels, s.y.length)),
      ...(s.yInterval && { error_y: _bars(`${name}.yInterval`, s.y, s.yInterval) }),
      ...(s.xInterval && { error_x: _bars(`${name}.xInterval`, s.x, s.xInterval) }),
    };
  });
  const yaxis: Axis = { ...axis(options.yTitle ?? "y", options.yRange), ...options.yAxis };
  const xaxis: Axis = { ...axis(options.xTitle ?? "x"), ...options.xAxis };
  if (options.yFormat) yaxis.tickformat = options.yFormat;
  if (options.xFormat) xaxis.tickformat = options.xFormat;
  if (options.logX) xaxis.type = "log";
  const lines = (options.markX ?? []).map((m) => ({
    type: "line",
    xref: "x",
    yref: "paper",
    x0: m.x,
    x1: m.x,
    y0: 0,
    y1: 1,
    line: { dash: "dash", color: "#888", width: 1 },
    label: { text: m.label, textposition: "end", textangle: 0, xanchor: "left", yanchor: "top" },
  }));
  if (options.markY !== undefined) {
    lines.push({
      type: "line",
      xref: "paper",
      yref: "y",
      x0: 0,
      x1: 1,
      y0: options.markY,
      y1: options.markY,
      line: { dash: "dash", color: "#888", width: 1 },
      label: { text: "", textposition: "end", textangle: 0, xanchor: "left", yanchor: "top" },
    });
  }
  const layout = {
    ...baseLayout(options, `${options.yTitle ?? "y"} against ${options.xTitle ?? "x"}`),
    xaxis,
    yaxis,
    ...(lines.length > 0 && { shapes: lines }),
    ...(options.legend === false && { showlegend: false }),
    ...(options.group && { scattermode: "group", scattergap: 0.5 }),
  };
  return new Figure({ data, layout });
}

/** Marker shapes by series, so that series of one colour (e.g. two Leaky ReLU slopes) differ. */
const _SYMBOLS = ["circle", "diamond", "square", "triangle-up", "cross", "star", "x"];

/** Plotly text attributes for one label per point. */
function _labels(name: string, labels: readonly string[], count: number): Record<string, unknown> {
  if (labels.length !== count) {
    throw new RangeError(
      `Expected ${name} to have one label per point (${count}), received ${labels.length}`,
    );
  }
  return { text: [...labels], textposition: "top right" };
}

/** Asymmetric error bars from an interval around each value, checked low ≤ value ≤ high. */
function _bars(
  name: string,
  values: readonly (number | string)[],
  interval: { readonly low: readonly number[]; readonly high: readonly number[] },
): Record<string, unknown> {
  const { low, high } = interval;
  requireAllFinite(`${name}.low`, low);
  requireAllFinite(`${name}.high`, high);
  values.forEach((v, i) => {
    if (typeof v !== "number" || !(low[i]! <= v && v <= high[i]!)) {
      throw new RangeError(
        `Expected ${name} to bracket each value (low ≤ value ≤ high), received ${low[i]}, ${
          describe(v)
        }, ${high[i]} at index ${i}`,
      );
    }
  });
  return {
    type: "data",
    symmetric: false,
    array: values.map((v, i) => high[i]! - (v as number)),
    arrayminus: values.map((v, i) => (v as number) - low[i]!),
  };
}

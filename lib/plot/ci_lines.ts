/**
 * Lines over a numeric axis with an interval at each point: a mean over seeds with its
 * bootstrap interval against the learning rate, a Monte Carlo rate with its binomial
 * interval against depth, and theory curves drawn beside them (no interval);
 * {@linkcode seriesFromSummary} turns summary rows (`summarize`) into such a line.
 *
 * @module
 */

import { describe, requireAllFinite } from "../_validate.ts";
import { Figure } from "./figure.ts";
import { axis, baseLayout, seriesColor } from "./style.ts";
import type { PlotOptions, Trace } from "./types.ts";

/** One line: points, and optionally the interval around each. */
export interface IntervalSeries {
  /** Legend name. */
  name: string;
  /** Horizontal positions. */
  x: ArrayLike<number>;
  /** Values, one per position. */
  y: ArrayLike<number>;
  /** Lower ends of the intervals (≤ y); no error bars when absent. */
  low?: ArrayLike<number>;
  /** Upper ends of the intervals (≥ y); required with `low`. */
  high?: ArrayLike<number>;
  /** Colour group: series of one group share a colour (e.g. a width's Monte Carlo and theory). */
  group?: string;
  /** Line style, e.g. `"dash"` for theory. @default "solid" */
  dash?: "solid" | "dash" | "dot";
  /** Draw markers at the points. @default true */
  markers?: boolean;
  /** Join the points with a line; false shows markers only (e.g. a sparser quick run). @default true */
  lines?: boolean;
}

/** Options of {@linkcode linesWithCI}. */
export interface IntervalPlotOptions extends PlotOptions {
  /** Horizontal axis title. @default "x" */
  xTitle?: string;
  /** Vertical axis title. @default "value" */
  yTitle?: string;
  /** Logarithmic horizontal axis (learning rates). @default false */
  logX?: boolean;
  /** Logarithmic vertical axis (distances spanning decades). @default false */
  logY?: boolean;
  /** Fixed vertical range. @default autoscaled */
  yRange?: [number, number];
  /** Show the vertical axis in percent (fractions in [0, 1]). @default false */
  percent?: boolean;
}

/**
 * Plots lines with asymmetric error bars.
 *
 * @param series The lines, at least one.
 * @param options Axis titles, log scales, range, percent, title, height.
 * @returns One scatter trace per series.
 *
 * @example A rate with its interval and a dashed theory line
 * ```ts
 * import { linesWithCI } from "relu-lab";
 * import { expect } from "chai";
 *
 * const fig = linesWithCI([
 *   { name: "Monte Carlo", group: "w2", x: [1, 2], y: [0.3, 0.5], low: [0.2, 0.4], high: [0.4, 0.6] },
 *   { name: "theory", group: "w2", x: [1, 2], y: [0.25, 0.44], dash: "dash" },
 * ], { percent: true });
 * const err = fig.data[0]!.error_y as { array: number[]; arrayminus: number[] };
 * expect(err.array[1]).to.be.closeTo(0.1, 1e-12);
 * expect(fig.data[1]!.error_y).to.equal(undefined);
 * expect(fig.data[0]!.line).to.deep.include({ color: (fig.data[1]!.line as { color: string }).color });
 * ```
 */
export function linesWithCI(
  series: readonly IntervalSeries[],
  options: IntervalPlotOptions = {},
): Figure {
  if (series.length === 0) throw new RangeError("Expected series to hold at least one line");
  const groups: string[] = [];
  const data: Trace[] = series.map((s, i) => {
    _requireSeries(`series[${i}]`, s);
    const group = s.group ?? s.name;
    if (!groups.includes(group)) groups.push(group);
    const color = seriesColor(group, groups.indexOf(group));
    const trace: Trace = {
      type: "scatter",
      mode: s.lines === false ? "markers" : s.markers === false ? "lines" : "lines+markers",
      name: s.name,
      legendgroup: group,
      x: Array.from(s.x),
      y: Array.from(s.y),
      line: { color, dash: s.dash ?? "solid", width: 2 },
      marker: { color, size: 6 },
    };
    if (s.low && s.high) {
      const low = s.low, high = s.high;
      trace.error_y = {
        type: "data",
        symmetric: false,
        array: Array.from(s.y, (y, k) => high[k]! - y),
        arrayminus: Array.from(s.y, (y, k) => y - low[k]!),
        color,
        thickness: 1.2,
      };
    }
    return trace;
  });
  const xaxis = axis(options.xTitle ?? "x");
  if (options.logX) xaxis.type = "log";
  const yaxis = axis(options.yTitle ?? "value", options.yRange);
  if (options.logY) yaxis.type = "log";
  if (options.percent) yaxis.tickformat = ".0%";
  // The legend goes below the plot (many series would wrap it into the title), 70 px under
  // the axis so it clears the axis title whatever the height.
  const height = options.height ?? 480, margin = { t: 60, r: 20, b: 150, l: 60 };
  const layout = {
    ...baseLayout(options, "Values with intervals"),
    xaxis,
    yaxis,
    legend: { orientation: "h", x: 0, y: -70 / (height - margin.t - margin.b), yanchor: "top" },
    margin,
    height,
  };
  return new Figure({ data, layout });
}

/** Checks lengths, finiteness and low ≤ y ≤ high. */
function _requireSeries(name: string, s: IntervalSeries): void {
  const n = s.y.length;
  requireAllFinite(`${name}.x`, s.x);
  requireAllFinite(`${name}.y`, s.y);
  if (s.x.length !== n) {
    throw new RangeError(`Expected ${name}.x to match its ${n} values, received ${describe(s.x)}`);
  }
  if ((s.low === undefined) !== (s.high === undefined)) {
    throw new TypeError(`Expected ${name} to give both low and high or neither`);
  }
  if (!s.low || !s.high) return;
  requireAllFinite(`${name}.low`, s.low);
  requireAllFinite(`${name}.high`, s.high);
  for (let k = 0; k < n; k++) {
    if (!(s.low[k]! <= s.y[k]! && s.y[k]! <= s.high[k]!)) {
      throw new RangeError(
        `Expected ${name} to have low ≤ y ≤ high at every point, received ` +
          `${s.low[k]}, ${s.y[k]}, ${s.high[k]} at index ${k}`,
      );
    }
  }
}

/** A row of a summary table: an x field and a mean with its interval (`null` when missing). */
export type SummaryPoint = Readonly<Record<string, unknown>> & {
  readonly mean: number | null;
  readonly low: number | null;
  readonly high: number | null;
};

/**
 * One line from summary rows (e.g. `summarize` grouped by the learning rate): rows whose
 * mean is missing (every run diverged) are left out; a missing interval draws no bar.
 *
 * @param name Legend name.
 * @param rows Summary rows, one per x.
 * @param x The field holding the horizontal position.
 * @param style Group, dash, markers and lines, as in {@linkcode IntervalSeries}.
 * @returns The series, sorted by x.
 *
 * @example
 * ```ts
 * import { seriesFromSummary } from "relu-lab";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { lr: 3, mean: 0.5, low: 0.4, high: 0.6 },
 *   { lr: 1, mean: 0.1, low: null, high: null },
 *   { lr: 5, mean: null, low: null, high: null },
 * ];
 * const s = seriesFromSummary("relu", rows, "lr");
 * expect([s.x, s.y, s.low, s.high]).to.deep.equal([[1, 3], [0.1, 0.5], [0.1, 0.4], [0.1, 0.6]]);
 * ```
 */
export function seriesFromSummary(
  name: string,
  rows: readonly SummaryPoint[],
  x: string,
  style: Pick<IntervalSeries, "group" | "dash" | "markers" | "lines"> = {},
): IntervalSeries & { x: number[]; y: number[]; low: number[]; high: number[] } {
  const points = rows.filter((row) => row.mean !== null).map((row) => {
    const at = row[x];
    if (typeof at !== "number") {
      throw new TypeError(`Expected every row's ${x} to be a number, received ${describe(at)}`);
    }
    return { at, mean: row.mean!, low: row.low ?? row.mean!, high: row.high ?? row.mean! };
  }).sort((a, b) => a.at - b.at);
  return {
    name,
    ...style,
    x: points.map((p) => p.at),
    y: points.map((p) => p.mean),
    low: points.map((p) => p.low),
    high: points.map((p) => p.high),
  };
}

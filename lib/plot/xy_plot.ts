/**
 * {@linkcode xyPlot}: points or lines of y against x for several series, each point with
 * an optional interval in y and in x (a mean over seeds with its bootstrap interval, a Monte
 * Carlo rate with its binomial interval), theory curves drawn dashed beside them, and
 * optional reference lines.
 *
 * @module
 */

import { describe, requireOneOf } from "../core/_validate.ts";
import {
  chartAxes,
  type Marks,
  markTraces,
  referenceLines,
  requireInterval,
  requireName,
  requireNonEmpty,
  requirePoints,
} from "./_marks.ts";
import { placeLabels } from "./_label_layout.ts";
import { Figure } from "../display/figure.ts";
import { baseLayout, FIGURE_WIDTH } from "./style.ts";
import { groupStyles } from "./palette.ts";
import type { Axis, PlotOptions, Trace } from "../display/types.ts";

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
  /**
   * A text label beside each point (e.g. a name, when the legend is hidden). Labels are
   * placed where they cover no other label or point; when some label finds no such place,
   * no label is drawn and the legend carries the names instead.
   * @default none
   */
  labels?: readonly string[];
  /**
   * How `yInterval` is drawn: error bars at each point, or a shaded band along the line
   * (for curves with many points).
   * @default "bars"
   */
  intervalStyle?: "bars" | "band";
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
   * The legend: `true` under the title (or at the bottom when it has more than six
   * entries), `"below"` at the bottom (its rows add to the default height), `false` none
   * (when points carry labels; if the labels would collide, the legend is shown after all).
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
 * @returns One scatter trace per series, after a filled band where `intervalStyle` is `"band"`.
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
 * expect(fig.layout.legend).to.include({ yanchor: "bottom" });
 * ```
 */
export function xyPlot(series: readonly XYSeries[], options: XYPlotOptions = {}): Figure {
  requireNonEmpty("series", series, "series", "series");
  series.forEach((s, i) => _requireSeries(`series[${i}]`, s));
  const styles = groupStyles(series.map((s) => s.colorGroup ?? s.name));
  const positions = _labelPositions(series, options);
  const labelled = positions !== undefined;
  const marks = series.map((s, i): Marks => {
    const style = styles.get(s.colorGroup ?? s.name)!;
    return {
      name: s.name,
      x: s.x,
      y: s.y,
      draw: s.mode ?? "lines+markers",
      color: style.color,
      symbol: style.symbol,
      ...(s.dash && { dash: s.dash }),
      ...(s.yInterval && { yInterval: s.yInterval }),
      ...(s.xInterval && { xInterval: s.xInterval }),
      ...(s.intervalStyle && { intervalAs: s.intervalStyle }),
      ...(s.colorGroup !== undefined && { legendgroup: s.colorGroup }),
      ...(labelled && s.labels && { labels: s.labels, textposition: positions[i]! }),
      ...(s.labels && { hovertext: s.labels }),
    };
  });
  const data: Trace[] = marks.flatMap((m, i) =>
    markTraces(m).map((
      t,
    ) => (options.group && t.type === "scatter" && !t.fill
      ? { ...t, offsetgroup: series[i]!.name }
      : t)
    )
  );
  // Labels that would collide give way to a legend; a legend of many entries goes below.
  const legendOn = options.legend !== false || (series.some((s) => s.labels) && !labelled);
  const entries = [...new Set(series.map((s) => s.name))];
  const below = options.legend === "below" || (legendOn && entries.length > 6);
  const yTitle = options.yTitle ?? "y", xTitle = options.xTitle ?? "x";
  const shapes = referenceLines(options.markX ?? [], options.markY);
  const layout = {
    ...baseLayout(
      options,
      `${yTitle} against ${xTitle}`,
      legendOn && entries,
      below ? "below" : "top",
    ),
    ...chartAxes(data, {
      xTitle,
      yTitle,
      xFormat: options.xFormat,
      yFormat: options.yFormat,
      logX: options.logX,
      logY: options.logY,
      yRange: options.yRange,
      xAxis: options.xAxis,
      yAxis: options.yAxis,
    }),
    ...(shapes.length > 0 && { shapes }),
    ...(options.group && { scattermode: "group", scattergap: 0.5 }),
  };
  return new Figure({ data, layout });
}

/** Checks one series: its points, intervals, labels and options. */
function _requireSeries(name: string, s: XYSeries): void {
  if (s === null || typeof s !== "object") {
    throw new TypeError(`Expected ${name} to be a series { name, x, y }, received ${describe(s)}`);
  }
  requireName(`${name}.name`, s.name);
  if (s.colorGroup !== undefined) requireName(`${name}.colorGroup`, s.colorGroup);
  requirePoints(name, s.x, s.y);
  if (s.yInterval !== undefined) requireInterval(`${name}.yInterval`, s.y, s.yInterval);
  if (s.xInterval !== undefined) requireInterval(`${name}.xInterval`, s.x, s.xInterval);
  if (s.labels !== undefined && s.labels.length !== s.y.length) {
    throw new RangeError(
      `Expected ${name}.labels to have one label per point (${s.y.length}), received ${s.labels.length}`,
    );
  }
  if (s.mode !== undefined) {
    requireOneOf(`${name}.mode`, s.mode, ["lines+markers", "markers", "lines"]);
  }
  if (s.dash !== undefined) requireOneOf(`${name}.dash`, s.dash, ["solid", "dash", "dot"]);
  if (s.intervalStyle !== undefined) {
    requireOneOf(`${name}.intervalStyle`, s.intervalStyle, ["bars", "band"]);
  }
}

/**
 * Text positions for every labelled series (one per point), or `undefined` when some label
 * would cover another label or a point in a plot of this figure's size.
 */
function _labelPositions(
  series: readonly XYSeries[],
  options: XYPlotOptions,
): string[][] | undefined {
  if (!series.some((s) => s.labels) || series.some((s) => typeof s.x[0] === "string")) {
    return undefined;
  }
  const points = series.flatMap((s) =>
    s.labels ? s.y.map((y, k) => ({ x: s.x[k] as number, y, label: s.labels![k]! })) : []
  );
  const ends = (
    values: readonly (number | string)[],
    i?: { low: readonly number[]; high: readonly number[] },
  ) => [
    ...values.filter((v): v is number => typeof v === "number"),
    ...(i?.low ?? []),
    ...(i?.high ?? []),
  ];
  const height = (options.height ?? 420) - 150;
  // A page column is often narrower than the PNG: place labels for 80% of its width.
  const segments = series.flatMap((s) =>
    s.y.flatMap((y, k) => {
      const x = s.x[k] as number;
      return [
        ...(s.xInterval
          ? [{ x0: s.xInterval.low[k]!, x1: s.xInterval.high[k]!, y0: y, y1: y }]
          : []),
        ...(s.yInterval
          ? [{ x0: x, x1: x, y0: s.yInterval.low[k]!, y1: s.yInterval.high[k]! }]
          : []),
      ];
    })
  );
  const placed = placeLabels(points, {
    segments,
    width: 0.8 * (FIGURE_WIDTH - 90),
    height: Math.max(height, 100),
    xValues: series.flatMap((s) => ends(s.x, s.xInterval)),
    yValues: series.flatMap((s) => ends(s.y, s.yInterval)),
    ...(options.logX && { logX: true }),
    ...(options.logY && { logY: true }),
  });
  if (placed === undefined) return undefined;
  let k = 0;
  return series.map((s) => s.labels ? s.labels.map(() => placed[k++]!) : []);
}

// The one builder of lines, points, bars and interval bands that every chart builder uses
// (xyPlot, trainingCurves, deadFractionPlot, barWithCI, distributionPlot's intervals, the
// curve plots, polylines and the data points of decision boundaries), the checks of their
// input, and the axes they sit on. Private to the library.

import { describe, requireAllFinite } from "../core/_validate.ts";
import { axis } from "./style.ts";
import { logAxis } from "./log_axis.ts";
import type { Axis, Datum, Trace } from "../display/types.ts";

/** An interval around each value: its lower and upper ends. */
export interface Interval {
  readonly low: readonly number[];
  readonly high: readonly number[];
}

/** One series of marks, already checked, with its look and its legend entry. */
export interface Marks {
  /** Legend name. */
  readonly name: string;
  /** Horizontal positions; `null` breaks a line. */
  readonly x: readonly Datum[];
  /** Vertical positions; `null` breaks a line. */
  readonly y: readonly Datum[];
  /** How the values are drawn. */
  readonly draw: "lines" | "markers" | "lines+markers" | "bars";
  /** CSS colour, or one per value (bars, markers). */
  readonly color: string | readonly string[];
  /** Marker shape. @default "circle" */
  readonly symbol?: string;
  /** Marker size in pixels. @default 8 */
  readonly size?: number;
  /** Line style. @default "solid" */
  readonly dash?: string;
  /** Line width in pixels. @default plotly's (2) */
  readonly width?: number;
  /** Opacity of the whole trace. @default 1 */
  readonly opacity?: number;
  /** Interval of each y, drawn as error bars or as a shaded band. */
  readonly yInterval?: Interval;
  /** Interval of each x, drawn as error bars. */
  readonly xInterval?: Interval;
  /** How `yInterval` is drawn. @default "bars" */
  readonly intervalAs?: "bars" | "band";
  /** Legend group toggled together. @default none */
  readonly legendgroup?: string;
  /** Whether the series has a legend entry. @default true */
  readonly showlegend?: boolean;
  /** One text label per point. @default none */
  readonly labels?: readonly string[];
  /** Where each label sits beside its point. @default "top right" */
  readonly textposition?: string | readonly string[];
  /** Hover text, one per point or one for all. @default none */
  readonly hovertext?: string | readonly string[];
  /** Subplot axes, e.g. `{ x: "x2", y: "y2" }`. @default the first */
  readonly axes?: { readonly x: string; readonly y: string };
}

/**
 * The plotly traces of one series: a shaded band first when its interval is drawn as one,
 * then its line, points or bars with error bars.
 */
export function markTraces(m: Marks): Trace[] {
  const axes = m.axes && m.axes.x !== "x" ? { xaxis: m.axes.x, yaxis: m.axes.y } : {};
  const group = m.legendgroup === undefined ? {} : { legendgroup: m.legendgroup };
  const traces: Trace[] = [];
  const band = m.intervalAs === "band" && m.yInterval !== undefined;
  if (band) {
    const { low, high } = m.yInterval!;
    const color = typeof m.color === "string" ? m.color : m.color[0]!;
    traces.push({
      type: "scatter",
      mode: "lines",
      name: `${m.name} interval`,
      x: [...m.x, ...[...m.x].reverse()],
      y: [...high, ...[...low].reverse()],
      fill: "toself",
      fillcolor: _withAlpha(color, 0.18),
      line: { width: 0, color },
      hoverinfo: "skip",
      showlegend: false,
      legendgroup: m.legendgroup ?? m.name,
      ...axes,
    });
  }
  const errors = {
    ...(m.yInterval && !band && { error_y: _errorBars(m.y, m.yInterval) }),
    ...(m.xInterval && { error_x: _errorBars(m.x, m.xInterval) }),
  };
  const common = {
    name: m.name,
    x: [...m.x],
    y: [...m.y],
    ...(m.opacity !== undefined && { opacity: m.opacity }),
    ...(m.hovertext !== undefined && {
      hovertext: typeof m.hovertext === "string" ? m.hovertext : [...m.hovertext],
    }),
    ...(band ? { legendgroup: m.legendgroup ?? m.name } : group),
    ...(m.showlegend !== undefined && { showlegend: m.showlegend }),
    ...errors,
    ...axes,
  };
  const color = typeof m.color === "string" ? m.color : [...m.color];
  if (m.draw === "bars") {
    traces.push({ type: "bar", ...common, marker: { color } });
    return traces;
  }
  const labelled = m.labels !== undefined;
  traces.push({
    type: "scatter",
    mode: m.draw + (labelled ? "+text" : ""),
    ...common,
    ...(m.draw !== "lines" && {
      marker: { color, size: m.size ?? 8, symbol: m.symbol ?? "circle" },
    }),
    ...(m.draw !== "markers" && {
      line: {
        color: typeof m.color === "string" ? m.color : m.color[0],
        ...(m.width !== undefined && { width: m.width }),
        ...(m.dash && m.dash !== "solid" && { dash: m.dash }),
      },
    }),
    ...(labelled && {
      text: [...m.labels!],
      textposition: typeof m.textposition === "object"
        ? [...m.textposition]
        : m.textposition ?? "top right",
    }),
  });
  return traces;
}

/** Plotly's asymmetric error bars from an interval that has been checked. */
function _errorBars(values: readonly Datum[], interval: Interval): Record<string, unknown> {
  return {
    type: "data",
    symmetric: false,
    array: values.map((v, i) => interval.high[i]! - (v as number)),
    arrayminus: values.map((v, i) => (v as number) - interval.low[i]!),
  };
}

/** A `#rrggbb` colour as `rgba(...)` with the given alpha; other colours are kept. */
function _withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex === undefined) return color;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * Checks a series' points: `y` finite numbers, `x` finite numbers or names, of one length.
 * `name` is the series as the caller wrote it, e.g. `series[2]`.
 */
export function requirePoints(
  name: string,
  x: readonly unknown[] | undefined,
  y: ArrayLike<number> | undefined,
  what: { x: string; y: string } = { x: "x", y: "y" },
): void {
  if (!_isArrayLike(y)) {
    throw new TypeError(
      `Expected ${name}.${what.y} to be an array of numbers, received ${describe(y)}`,
    );
  }
  if (y.length === 0) {
    throw new RangeError(`Expected ${name}.${what.y} to hold at least one value, received none`);
  }
  requireAllFinite(`${name}.${what.y}`, y);
  if (!Array.isArray(x) && !_isArrayLike(x)) {
    throw new TypeError(
      `Expected ${name}.${what.x} to be an array of numbers or names, received ${describe(x)}`,
    );
  }
  if (x.length !== y.length) {
    throw new RangeError(
      `Expected ${name}.${what.x} to have the ${y.length} entries of ${what.y}, received ${x.length}`,
    );
  }
  Array.from(x).forEach((v, k) => {
    if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) return;
    throw new RangeError(
      `Expected ${name}.${what.x} to hold finite numbers or names, received ${
        describe(v)
      } at index ${k}`,
    );
  });
}

/** Checks an interval around each value: two arrays as long as `values`, low ≤ value ≤ high. */
export function requireInterval(
  name: string,
  values: readonly (number | string)[],
  interval: Interval | undefined,
): Interval {
  if (interval === null || typeof interval !== "object") {
    throw new TypeError(
      `Expected ${name} to be { low, high } arrays of numbers, received ${describe(interval)}`,
    );
  }
  const { low, high } = interval;
  for (const [end, ends] of [["low", low], ["high", high]] as const) {
    if (!Array.isArray(ends) || ends.length !== values.length) {
      const Thrown = Array.isArray(ends) ? RangeError : TypeError;
      throw new Thrown(
        `Expected ${name}.${end} to be an array of ${values.length} numbers, received ${
          describe(ends)
        }`,
      );
    }
    requireAllFinite(`${name}.${end}`, ends);
  }
  values.forEach((v, i) => {
    if (typeof v !== "number" || !(low[i]! <= v && v <= high[i]!)) {
      throw new RangeError(
        `Expected ${name} to bracket each value (low ≤ value ≤ high), received ${low[i]}, ${
          describe(v)
        }, ${high[i]} at index ${i}`,
      );
    }
  });
  return interval;
}

/** Checks that a series has a name to show in the legend. */
export function requireName(name: string, value: unknown): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`Expected ${name} to be a string, received ${describe(value)}`);
  }
}

/** Checks that a builder's first argument is a non-empty array. */
export function requireNonEmpty(name: string, value: unknown, one: string, many: string): void {
  if (!Array.isArray(value)) {
    throw new TypeError(`Expected ${name} to be an array of ${many}, received ${describe(value)}`);
  }
  if (value.length === 0) {
    throw new RangeError(`Expected ${name} to hold at least one ${one}, received none`);
  }
}

function _isArrayLike(v: unknown): v is ArrayLike<number> {
  return v !== null && typeof v === "object" &&
    typeof (v as { length?: unknown }).length === "number";
}

/** How the two axes of a chart are titled, formatted and scaled. */
export interface AxesSpec {
  readonly xTitle: string;
  readonly yTitle: string;
  readonly xFormat?: string | undefined;
  readonly yFormat?: string | undefined;
  readonly logX?: boolean | undefined;
  readonly logY?: boolean | undefined;
  readonly xRange?: [number, number] | undefined;
  readonly yRange?: [number, number] | undefined;
  readonly xAxis?: Axis | undefined;
  readonly yAxis?: Axis | undefined;
}

/**
 * The x and y axes of a chart over its traces: titled, formatted, and on a log scale with
 * powers of ten when asked (the ticks cover every value drawn, interval ends included).
 */
export function chartAxes(traces: readonly Trace[], spec: AxesSpec): { xaxis: Axis; yaxis: Axis } {
  const xaxis: Axis = {
    ...axis(spec.xTitle, spec.xRange),
    ...(spec.xFormat && { tickformat: spec.xFormat }),
    ...(spec.logX && _logTicks(traces, "x", spec.xAxis)),
    ...spec.xAxis,
  };
  const yaxis: Axis = {
    ...axis(spec.yTitle, spec.yRange),
    ...(spec.yFormat && { tickformat: spec.yFormat }),
    ...(spec.logY && _logTicks(traces, "y", spec.yAxis)),
    ...spec.yAxis,
  };
  return { xaxis, yaxis };
}

/**
 * A log axis with powers of ten, unless the caller placed the ticks itself (its tick values
 * would otherwise be labelled with our texts, in the wrong places): then only the scale.
 */
function _logTicks(traces: readonly Trace[], along: "x" | "y", own: Axis | undefined): Axis {
  const placed = own !== undefined &&
    ["tickvals", "ticktext", "dtick", "tick0", "tickmode", "nticks"].some((k) => k in own);
  return placed ? { type: "log" } : logAxis(drawnValues(traces, along));
}

/** Every value traces draw along one axis: their points and the ends of their error bars. */
export function drawnValues(traces: readonly Trace[], along: "x" | "y"): number[] {
  const out: number[] = [];
  for (const t of traces) {
    const values = (t[along] ?? []) as Datum[];
    const err = t[`error_${along}`] as { array: number[]; arrayminus: number[] } | undefined;
    values.forEach((v, i) => {
      if (typeof v !== "number") return;
      out.push(v);
      if (err) out.push(v + err.array[i]!, v - err.arrayminus[i]!);
    });
  }
  return out;
}

/** Dashed grey shapes: a labelled vertical line at each `markX`, a horizontal one at `markY`. */
export function referenceLines(
  markX: readonly { readonly x: number; readonly label: string }[],
  markY: number | undefined,
): Record<string, unknown>[] {
  const line = { dash: "dash", color: "#666666", width: 1 };
  const label = (text: string) => ({
    text,
    textposition: "end",
    textangle: 0,
    xanchor: "left",
    yanchor: "top",
  });
  const lines = markX.map((m) => ({
    type: "line",
    xref: "x",
    yref: "paper",
    x0: m.x,
    x1: m.x,
    y0: 0,
    y1: 1,
    line: { ...line },
    // plotly keeps a label's placement only when it has text.
    ...(m.label !== "" && { label: label(m.label) }),
  }));
  if (markY === undefined) return lines;
  return [...lines, {
    type: "line",
    xref: "paper",
    yref: "y",
    x0: 0,
    x1: 1,
    y0: markY,
    y1: markY,
    line: { ...line },
  }];
}

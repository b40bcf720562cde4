/**
 * The plotly.js figure vocabulary the builders use: traces, axes, layout, animation frames.
 *
 * Only the fields relu-lab sets are named; the index signatures let a caller pass any other
 * plotly attribute through unchanged. Everything here is plain JSON.
 *
 * @module
 */

/** The plotly trace types the builders emit; all are in the cartesian plotly.js bundle. */
export type TraceType = "scatter" | "heatmap" | "contour" | "bar" | "box" | "violin";

/** Every {@linkcode TraceType}, for validation. */
export const TRACE_TYPES: readonly TraceType[] = [
  "scatter",
  "heatmap",
  "contour",
  "bar",
  "box",
  "violin",
];

/** One value on an axis; `null` breaks a line. */
export type Datum = number | string | null;

/** One plotly trace. */
export interface Trace {
  /** Trace type. */
  type: TraceType;
  /** Legend entry. */
  name?: string;
  /** Horizontal values. */
  x?: Datum[];
  /** Vertical values. */
  y?: Datum[];
  /** Cell values of a heatmap or contour, one row per y. */
  z?: Datum[][];
  /** Whether the trace is drawn (sliders switch this). */
  visible?: boolean;
  /** Axis ids for subplots, e.g. `"x2"`, `"y2"`. */
  xaxis?: string;
  /** Axis id of the vertical axis. */
  yaxis?: string;
  /** Any other plotly trace attribute. */
  [attribute: string]: unknown;
}

/** One plotly axis. */
export interface Axis {
  /** Axis title. */
  title?: { text: string };
  /** Fixed range `[min, max]`; plotly autoscales when absent. */
  range?: [number, number];
  /** Any other plotly axis attribute. */
  [attribute: string]: unknown;
}

/** A plotly layout. */
export interface Layout {
  /** Figure title, and any other plotly title attribute (position, font). */
  title?: { text: string; [attribute: string]: unknown };
  /** Height in pixels (the width follows the page). */
  height?: number;
  /** The first horizontal axis. */
  xaxis?: Axis;
  /** The first vertical axis. */
  yaxis?: Axis;
  /** Any other plotly layout attribute, including `xaxis2`, `sliders`, `updatemenus`. */
  [attribute: string]: unknown;
}

/** One animation frame: new data for some traces, shown under `name`. */
export interface Frame {
  /** Frame name, used by the slider (e.g. `"epoch 3"`). */
  name: string;
  /** Replacement traces. */
  data: Trace[];
  /** Indices of the traces `data` replaces; all in order when absent. */
  traces?: number[];
}

/** A complete figure as plotly.js takes it. */
export interface FigureSpec {
  /** The traces. */
  data: Trace[];
  /** The layout. */
  layout: Layout;
  /** Animation frames, if the figure is animated. */
  frames?: Frame[];
}

/** Options every builder takes. */
export interface PlotOptions {
  /**
   * Figure title.
   * @default a title describing the figure
   */
  title?: string;
  /**
   * Height in pixels.
   * @default 420
   */
  height?: number;
}

/**
 * Function and derivative curves side by side: {@linkcode activationPlot} for a set of
 * activations, {@linkcode parameterSliderPlot} for a family with a slider over its parameter
 * (Leaky ReLU's a). Derivative jumps (ReLU's at 0) are drawn as breaks, not as steep lines,
 * and the value chosen at a kink can be marked with a dot.
 *
 * @module
 */

import { requireAllFinite, requireInteger } from "../_validate.ts";
import { Figure } from "./figure.ts";
import { axis, baseLayout, seriesColor, subplotAxes } from "./style.ts";
import type { Datum, Layout, PlotOptions, Trace } from "./types.ts";

/** A function with its derivative; every `Activation` is one. */
export interface Curve {
  /** Legend name. */
  readonly name: string;
  /** The function. */
  readonly f: (x: number) => number;
  /** Its derivative (at a kink, the value the library chooses). */
  readonly df: (x: number) => number;
}

/** Options of {@linkcode activationPlot}. */
export interface CurvePlotOptions extends PlotOptions {
  /**
   * Input range `[min, max]`.
   * @default [-4, 4]
   */
  range?: [number, number];
  /**
   * Samples across the range (odd counts include the midpoint, e.g. x = 0).
   * @default 201
   */
  points?: number;
  /**
   * Inputs at which each derivative's value is marked with a dot, e.g. `[0]`.
   * @default []
   */
  markDerivativeAt?: number[];
}

/**
 * `n` evenly spaced numbers from `lo` to `hi`, both included; the midpoint is exact.
 *
 * @param lo First value.
 * @param hi Last value.
 * @param n How many, an integer ≥ 2.
 * @returns The numbers.
 *
 * @example
 * ```ts
 * import { linspace } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(linspace(-1, 1, 5)).to.deep.equal([-1, -0.5, 0, 0.5, 1]);
 * ```
 */
export function linspace(lo: number, hi: number, n: number): number[] {
  requireAllFinite("[lo, hi]", [lo, hi]);
  requireInteger("n", n, 2);
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

/**
 * Plots functions (left) and their derivatives (right) over a range.
 *
 * @param curves The functions, e.g. `[relu, leakyRelu(0.1), sigmoid]`.
 * @param options Range, samples, marked points, title, height.
 * @returns A figure with two scatter traces per curve (plus one per marked point).
 *
 * @example ReLU and its derivative, with the choice at 0 marked
 * ```ts
 * import { activationPlot, relu } from "relu-lab";
 * import { expect } from "chai";
 *
 * const fig = activationPlot([relu], { markDerivativeAt: [0] });
 * expect(fig.data.map((t) => t.yaxis ?? "y")).to.deep.equal(["y", "y2", "y2"]);
 * expect(fig.data[2]!.y).to.deep.equal([0]);
 * ```
 */
export function activationPlot(curves: readonly Curve[], options: CurvePlotOptions = {}): Figure {
  const xs = _samples(options);
  const data = curves.flatMap((c, i) =>
    _curveTraces(c, xs, { color: seriesColor(c.name, i) }, options)
  );
  return new Figure({ data, layout: _twoPanelLayout(options, "Activations and derivatives") });
}

/** Options of {@linkcode parameterSliderPlot}. */
export interface SliderPlotOptions extends CurvePlotOptions {
  /**
   * Parameter name on the slider.
   * @default "a"
   */
  parameter?: string;
  /**
   * The value shown first; must be one of `values`.
   * @default values[0]
   */
  initial?: number;
  /**
   * Curves drawn dashed at every slider position, for comparison (e.g. ReLU).
   * @default []
   */
  references?: readonly Curve[];
}

/**
 * Plots a family of functions and derivatives with a slider over its parameter.
 *
 * @param family Makes the curve for one parameter value, e.g. `(a) => leakyRelu(a)`.
 * @param values Parameter values the slider offers (finite, at least one).
 * @param options Slider label, initial value, reference curves, range, title.
 * @returns A figure with one slider step per value; only the current value's traces show.
 *
 * @example Leaky ReLU's slope
 * ```ts
 * import { leakyRelu, parameterSliderPlot } from "relu-lab";
 * import { expect } from "chai";
 *
 * const fig = parameterSliderPlot((a) => leakyRelu(a), [0.01, 0.1, 0.3], { initial: 0.1 });
 * const slider = (fig.layout.sliders as { active: number; steps: unknown[] }[])[0]!;
 * expect(slider.steps).to.have.length(3);
 * expect(slider.active).to.equal(1);
 * ```
 */
export function parameterSliderPlot(
  family: (value: number) => Curve,
  values: readonly number[],
  options: SliderPlotOptions = {},
): Figure {
  if (values.length === 0) throw new RangeError("Expected values to hold at least one number");
  requireAllFinite("values", values);
  const { parameter = "a", initial = values[0]!, references = [] } = options;
  const active = values.indexOf(initial);
  if (active < 0) {
    throw new RangeError(`Expected initial to be one of values, received ${initial}`);
  }
  const xs = _samples(options);
  // Reference curves are grey, dashed and toggled apart from the family's curves.
  const fixed = references.flatMap((c, i) =>
    _curveTraces(c, xs, { color: "#999", dash: "dash" }, options)
      .map((t) => ({ ...t, legendgroup: `reference ${i}` }))
  );
  const perValue = values.map((v) =>
    _curveTraces(family(v), xs, { color: seriesColor(family(v).name, 0) }, options)
  );
  const data = [
    ...fixed,
    ...perValue.flatMap((traces, k) => traces.map((t) => ({ ...t, visible: k === active }))),
  ];
  const steps = values.map((v, k) => ({
    label: String(v),
    method: "restyle",
    args: [{
      visible: [...fixed.map(() => true), ...perValue.flatMap((ts, j) => ts.map(() => j === k))],
    }],
  }));
  const layout: Layout = {
    ..._twoPanelLayout(options, `${family(initial).name}: slide ${parameter}`),
    sliders: [{ active, steps, currentvalue: { prefix: `${parameter} = ` }, pad: { t: 50 } }],
  };
  return new Figure({ data, layout });
}

/** The sample inputs an options object asks for. */
function _samples(options: CurvePlotOptions): number[] {
  const [lo, hi] = options.range ?? [-4, 4];
  return linspace(lo, hi, options.points ?? 201);
}

/** Traces of one curve: f in the left panel, f′ in the right, dots at marked inputs. */
function _curveTraces(
  c: Curve,
  xs: number[],
  line: { color: string; dash?: string },
  options: CurvePlotOptions,
): Trace[] {
  const right = subplotAxes(1);
  const common = { type: "scatter" as const, legendgroup: c.name };
  const traces: Trace[] = [
    { ...common, name: c.name, mode: "lines", line, ..._sampled(xs, c.f) },
    {
      ...common,
      name: `${c.name}′`,
      mode: "lines",
      line,
      ..._sampled(xs, c.df),
      xaxis: right.x,
      yaxis: right.y,
      showlegend: false,
    },
  ];
  for (const x0 of options.markDerivativeAt ?? []) {
    traces.push({
      ...common,
      name: `${c.name}′(${x0})`,
      mode: "markers",
      x: [x0],
      y: [c.df(x0)],
      xaxis: right.x,
      yaxis: right.y,
      marker: { color: line.color, size: 9 },
      showlegend: false,
    });
  }
  return traces;
}

/**
 * Samples `f` at `xs`, with a `null` point inserted after each isolated jump so plotly breaks
 * the line there instead of drawing a near-vertical segment. A jump is a step more than 5
 * times both neighbouring steps and larger than rounding noise.
 */
function _sampled(xs: number[], f: (x: number) => number): { x: Datum[]; y: Datum[] } {
  const ys = xs.map(f);
  const span = Math.max(...ys) - Math.min(...ys);
  const step = (i: number) => (i >= 0 && i + 1 < ys.length ? Math.abs(ys[i + 1]! - ys[i]!) : 0);
  const x: Datum[] = [];
  const y: Datum[] = [];
  for (let i = 0; i < ys.length; i++) {
    x.push(xs[i]!);
    y.push(ys[i]!);
    const s = step(i);
    if (s > 1e-6 * (1 + span) && s > 5 * step(i - 1) && s > 5 * step(i + 1)) {
      x.push(null);
      y.push(null);
    }
  }
  return { x, y };
}

/** Layout with the function panel on the left and the derivative panel on the right. */
function _twoPanelLayout(options: CurvePlotOptions, title: string): Layout {
  const right = subplotAxes(1);
  return {
    ...baseLayout(options, title),
    xaxis: { ...axis("x"), domain: [0, 0.46] },
    yaxis: axis("f(x)"),
    [right.xKey]: { ...axis("x"), domain: [0.54, 1] },
    [right.yKey]: { ...axis("f′(x)"), anchor: right.x },
  };
}

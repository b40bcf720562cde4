// The pieces activationPlot and parameterSliderPlot share: samples, the checks of their
// curves, traces of one curve with breaks at jumps (drawn by the shared marks builder), and
// the two-panel layout. Private to the library.

import { type Curve, type CurvePlotOptions, linspace } from "./curve.ts";
import { describe, requireAllFinite, requireInteger } from "../core/_validate.ts";
import { markTraces } from "./_marks.ts";
import { axis, baseLayout, subplotAxes } from "./style.ts";
import type { Datum, Layout, Trace } from "../display/types.ts";

/** The sample inputs an options object asks for. */
export function samples(options: CurvePlotOptions): number[] {
  const range = options.range ?? [-4, 4];
  if (!Array.isArray(range) || range.length !== 2) {
    throw new TypeError(`Expected range to be [min, max], received ${describe(range)}`);
  }
  requireAllFinite("range", range);
  if (!(range[0] < range[1])) {
    throw new RangeError(`Expected range to be [min, max] with min < max, received [${range}]`);
  }
  if (options.markDerivativeAt !== undefined) {
    requireAllFinite("markDerivativeAt", options.markDerivativeAt);
  }
  const { points = 201 } = options;
  requireInteger("points", points, 2);
  return linspace(range[0], range[1], points);
}

/** Checks that `c` is a curve: a name and two functions. `name` is how the caller wrote it. */
export function requireCurve(name: string, c: unknown): asserts c is Curve {
  const curve = c as Partial<Curve> | null;
  if (
    curve === null || typeof curve !== "object" || typeof curve.name !== "string" ||
    typeof curve.f !== "function" || typeof curve.df !== "function"
  ) {
    throw new TypeError(
      `Expected ${name} to be a curve { name, f, df } (an Activation), received ${describe(c)}`,
    );
  }
}

/** Traces of one curve: f in the left panel, f′ in the right, dots at marked inputs. */
export function curveTraces(
  c: Curve,
  xs: number[],
  line: { color: string; dash?: string },
  options: CurvePlotOptions,
): Trace[] {
  const right = subplotAxes(1);
  const look = { draw: "lines" as const, color: line.color, ...(line.dash && { dash: line.dash }) };
  const traces: Trace[] = [
    ...markTraces({ name: c.name, ...look, ..._sampled(xs, c.f), legendgroup: c.name }),
    ...markTraces({
      name: `${c.name}′`,
      ...look,
      ..._sampled(xs, c.df),
      legendgroup: c.name,
      showlegend: false,
      axes: right,
    }),
  ];
  for (const x0 of options.markDerivativeAt ?? []) {
    traces.push(...markTraces({
      name: `${c.name}′(${x0})`,
      x: [x0],
      y: [c.df(x0)],
      draw: "markers",
      color: line.color,
      size: 9,
      legendgroup: c.name,
      showlegend: false,
      axes: right,
    }));
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
export function twoPanelLayout(
  options: CurvePlotOptions,
  title: string,
  legend: readonly string[],
): Layout {
  const right = subplotAxes(1);
  return {
    ...baseLayout(options, title, legend),
    xaxis: { ...axis("x"), domain: [0, 0.46] },
    yaxis: axis("f(x)"),
    [right.xKey]: { ...axis("x"), domain: [0.54, 1] },
    [right.yKey]: { ...axis("f′(x)"), anchor: right.x },
  };
}

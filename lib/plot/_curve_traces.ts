// The pieces activationPlot and parameterSliderPlot share: samples, traces of one curve with
// breaks at jumps, and the two-panel layout. Private to the library.

import { type Curve, type CurvePlotOptions, linspace } from "./curve.ts";
import { axis, baseLayout, subplotAxes } from "./style.ts";
import type { Datum, Layout, Trace } from "../display/types.ts";

/** The sample inputs an options object asks for. */
export function samples(options: CurvePlotOptions): number[] {
  const [lo, hi] = options.range ?? [-4, 4];
  return linspace(lo, hi, options.points ?? 201);
}

/** Traces of one curve: f in the left panel, f′ in the right, dots at marked inputs. */
export function curveTraces(
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
export function twoPanelLayout(options: CurvePlotOptions, title: string): Layout {
  const right = subplotAxes(1);
  return {
    ...baseLayout(options, title),
    xaxis: { ...axis("x"), domain: [0, 0.46] },
    yaxis: axis("f(x)"),
    [right.xKey]: { ...axis("x"), domain: [0.54, 1] },
    [right.yKey]: { ...axis("f′(x)"), anchor: right.x },
  };
}

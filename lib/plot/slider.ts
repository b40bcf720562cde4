/**
 * A family of functions with a slider over its parameter, e.g. Leaky ReLU's slope a: each
 * slider position shows that member's function (left) and derivative (right).
 *
 * @module
 */

import { requireAllFinite } from "../core/_validate.ts";
import { curveTraces, samples, twoPanelLayout } from "./_curve_traces.ts";
import type { Curve, CurvePlotOptions } from "./curve.ts";
import { Figure } from "../display/figure.ts";
import { seriesColor } from "./style.ts";
import type { Layout } from "../display/types.ts";

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
 * import { leakyRelu } from "relu-lab";
 * import { parameterSliderPlot } from "relu-lab/plot";
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
  const xs = samples(options);
  // Reference curves are grey, dashed and toggled apart from the family's curves.
  const fixed = references.flatMap((c, i) =>
    curveTraces(c, xs, { color: "#999", dash: "dash" }, options)
      .map((t) => ({ ...t, legendgroup: `reference ${i}` }))
  );
  const perValue = values.map((v) =>
    curveTraces(family(v), xs, { color: seriesColor(family(v).name, 0) }, options)
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
    ...twoPanelLayout(options, `${family(initial).name}: slide ${parameter}`),
    sliders: [{ active, steps, currentvalue: { prefix: `${parameter} = ` }, pad: { t: 50 } }],
  };
  return new Figure({ data, layout });
}

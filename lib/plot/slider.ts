/**
 * A family of functions with a slider over its parameter, e.g. Leaky ReLU's slope a: each
 * slider position shows that member's function (left) and derivative (right).
 *
 * @module
 */

import { requireAllFinite } from "../core/_validate.ts";
import { curveTraces, requireCurve, samples, twoPanelLayout } from "./_curve_traces.ts";
import { describe } from "../core/_validate.ts";
import type { Curve, CurvePlotOptions } from "./curve.ts";
import { Figure } from "../display/figure.ts";
import { activationColor, groupStyles } from "./palette.ts";
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
  if (typeof family !== "function") {
    throw new TypeError(
      `Expected family to be a function from a parameter value to a curve, received ${
        describe(family)
      }`,
    );
  }
  if (!Array.isArray(values)) {
    throw new TypeError(`Expected values to be an array of numbers, received ${describe(values)}`);
  }
  if (values.length === 0) {
    throw new RangeError("Expected values to hold at least one number, received none");
  }
  requireAllFinite("values", values);
  const { parameter = "a", initial = values[0]!, references = [] } = options;
  const active = values.indexOf(initial);
  if (active < 0) {
    throw new RangeError(
      `Expected initial to be one of values (${values.join(", ")}), received ${describe(initial)}`,
    );
  }
  references.forEach((c, i) => requireCurve(`references[${i}]`, c));
  const members = values.map((v, k) => {
    const c = family(v);
    requireCurve(`family(values[${k}])`, c);
    return c;
  });
  const xs = samples(options);
  // Reference curves are dashed, each in its own colour, and toggled apart from the family.
  const refStyles = groupStyles(references.map((c) => c.name));
  const fixed = references.flatMap((c, i) =>
    curveTraces(c, xs, { color: refStyles.get(c.name)!.color, dash: "dash" }, options)
      .map((t) => ({ ...t, legendgroup: `reference ${i}` }))
  );
  const perValue = members.map((c) =>
    curveTraces(c, xs, { color: activationColor(c.name) ?? "#4477AA" }, options)
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
    ...twoPanelLayout(options, `${members[active]!.name}: slide ${parameter}`, [
      ...references.map((c) => c.name),
      members[active]!.name,
    ]),
    sliders: [{ active, steps, currentvalue: { prefix: `${parameter} = ` }, pad: { t: 50 } }],
  };
  return new Figure({ data, layout });
}

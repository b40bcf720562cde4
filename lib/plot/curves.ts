/**
 * Function and derivative curves side by side for a set of activations
 * ({@linkcode activationPlot}). Derivative jumps (ReLU's at 0) are drawn as breaks, not as
 * steep lines, and the value chosen at a kink can be marked with a dot. For a family with a
 * parameter, see `parameterSliderPlot`.
 *
 * @module
 */

import { curveTraces, requireCurve, samples, twoPanelLayout } from "./_curve_traces.ts";
import { requireNonEmpty } from "./_marks.ts";
import { Figure } from "../display/figure.ts";
import { groupStyles } from "./palette.ts";
import type { Curve, CurvePlotOptions } from "./curve.ts";

/**
 * Plots functions (left) and their derivatives (right) over a range.
 *
 * @param curves The functions, at least one, e.g. `[relu, leakyRelu(0.1), sigmoid]`.
 * @param options Range, samples, marked points, title, height.
 * @returns A figure with two scatter traces per curve (plus one per marked point).
 *
 * @example ReLU and its derivative, with the choice at 0 marked
 * ```ts
 * import { relu } from "relu-lab";
 * import { activationPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const fig = activationPlot([relu], { markDerivativeAt: [0] });
 * expect(fig.data.map((t) => t.yaxis ?? "y")).to.deep.equal(["y", "y2", "y2"]);
 * expect(fig.data[2]!.y).to.deep.equal([0]);
 * ```
 */
export function activationPlot(curves: readonly Curve[], options: CurvePlotOptions = {}): Figure {
  requireNonEmpty("curves", curves, "curve", "curves");
  curves.forEach((c, i) => requireCurve(`curves[${i}]`, c));
  const xs = samples(options);
  const styles = groupStyles(curves.map((c) => c.name));
  const data = curves.flatMap((c) =>
    curveTraces(c, xs, { color: styles.get(c.name)!.color }, options)
  );
  const names = curves.map((c) => c.name);
  return new Figure({
    data,
    layout: twoPanelLayout(options, "Activations and derivatives", names),
  });
}

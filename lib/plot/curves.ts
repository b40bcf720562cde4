/**
 * Function and derivative curves side by side for a set of activations
 * ({@linkcode activationPlot}). Derivative jumps (ReLU's at 0) are drawn as breaks, not as
 * steep lines, and the value chosen at a kink can be marked with a dot. For a family with a
 * parameter, see `parameterSliderPlot`.
 *
 * @module
 */

import { requireAllFinite, requireInteger } from "../_validate.ts";
import { curveTraces, samples, twoPanelLayout } from "./_curve_traces.ts";
import { Figure } from "./figure.ts";
import { seriesColor } from "./style.ts";
import type { PlotOptions } from "./types.ts";

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
  const xs = samples(options);
  const data = curves.flatMap((c, i) =>
    curveTraces(c, xs, { color: seriesColor(c.name, i) }, options)
  );
  return new Figure({ data, layout: twoPanelLayout(options, "Activations and derivatives") });
}

/**
 * What the curve plots draw: a function with its derivative ({@linkcode Curve}), the
 * options of a curve plot, and evenly spaced samples ({@linkcode linspace}).
 *
 * @module
 */

import { requireAllFinite, requireInteger } from "../core/_validate.ts";
import type { PlotOptions } from "../display/types.ts";

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
 * import { linspace } from "relu-lab/plot";
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

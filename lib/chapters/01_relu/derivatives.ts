/**
 * Chapter 1's measurement: what an activation's derivative looks like on a fine grid of
 * inputs: its largest value, its values at ±5, and the share of inputs where it is nearly
 * zero, where a unit passes almost no gradient back ({@linkcode derivativeProfile}).
 *
 * @module
 */

import type { Activation } from "../../core/activations/activation.ts";
import { describe, requireFinite, requireInteger } from "../../core/_validate.ts";

/** The inputs the chapter measures derivatives on: 200,001 evenly spaced points of [−10, 10]. */
export const DERIVATIVE_GRID = { lo: -10, hi: 10, points: 200_001 } as const;

/** Below this |f′| a unit counts as passing "almost no gradient" (less than 1%). */
export const FLAT_THRESHOLD = 0.01;

/** What {@linkcode derivativeProfile} measures of one activation. */
export interface DerivativeProfile {
  /** The activation's registry name, e.g. `"leaky_relu(0.1)"`. */
  readonly activation: string;
  /** Largest f′ on the grid. */
  readonly max: number;
  /** f′(−5). */
  readonly atMinus5: number;
  /** f′(5). */
  readonly atPlus5: number;
  /** Share of the grid's points where |f′| is below the threshold. */
  readonly flatShare: number;
}

/** Options of {@linkcode derivativeProfile}. */
export interface DerivativeProfileOptions {
  /** Points of the grid, an integer ≥ 2. @default 200001 */
  readonly points?: number;
  /** The |f′| below which a point counts as flat. @default 0.01 */
  readonly threshold?: number;
}

/**
 * Measures an activation's derivative on evenly spaced points of [−10, 10] (both ends and
 * 0 included): exact values of the function, no randomness.
 *
 * @param activation The activation (any `{ name, df }`).
 * @param options Points of the grid and the flatness threshold.
 * @returns Its profile.
 * @throws {TypeError | RangeError} On a bad point count or threshold.
 *
 * @example Sigmoid's derivative peaks at 1/4
 * ```ts
 * import { sigmoid } from "relu-lab";
 * import { derivativeProfile } from "./derivatives.ts";
 * import { expect } from "chai";
 *
 * const profile = derivativeProfile(sigmoid, { points: 2001 });
 * expect(profile.max).to.equal(0.25);
 * expect(profile.atMinus5).to.be.closeTo(profile.atPlus5, 1e-15); // σ′ is even
 * ```
 */
export function derivativeProfile(
  activation: Pick<Activation, "name" | "df">,
  options: DerivativeProfileOptions = {},
): DerivativeProfile {
  const { points = DERIVATIVE_GRID.points, threshold = FLAT_THRESHOLD } = options;
  requireInteger("points", points, 2);
  requireFinite("threshold", threshold);
  if (!(threshold > 0)) {
    throw new RangeError(`Expected threshold to be positive, received ${describe(threshold)}`);
  }
  const { lo, hi } = DERIVATIVE_GRID;
  let max = -Infinity, flat = 0;
  for (let i = 0; i < points; i++) {
    const slope = activation.df(lo + ((hi - lo) * i) / (points - 1));
    if (slope > max) max = slope;
    if (Math.abs(slope) < threshold) flat++;
  }
  return {
    activation: activation.name,
    max,
    atMinus5: activation.df(-5),
    atPlus5: activation.df(5),
    flatShare: flat / points,
  };
}

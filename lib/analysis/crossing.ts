/**
 * Where a measured curve first reaches a level: e.g. the learning rate at which the mean
 * dead fraction over seeds passes 25%, read off a grid of learning rates.
 *
 * @module
 */

import { describe, requireAllFinite, requireFinite } from "../_validate.ts";

/** Options of {@linkcode firstCrossing}. */
export interface CrossingOptions {
  /** Interpolate in log x (learning rates, widths). @default false */
  logX?: boolean;
}

/**
 * The smallest x at which the piecewise-linear curve through (xs[i], ys[i]) reaches
 * `level`: `xs[0]` if the curve starts at or above it, `null` if it never gets there.
 *
 * @param xs Grid positions, strictly increasing (positive with `logX`).
 * @param ys Values, one per position.
 * @param level The level to reach.
 * @param options Interpolation in log x.
 * @returns The crossing, or `null`.
 *
 * @example Halfway between 1 and 3 on a log axis is √3
 * ```ts
 * import { firstCrossing } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(firstCrossing([0.1, 1, 3], [0, 0, 0.5], 0.25, { logX: true })).to.be.closeTo(Math.sqrt(3), 1e-12);
 * expect(firstCrossing([1, 2], [0, 0.1], 0.25)).to.equal(null);
 * ```
 */
export function firstCrossing(
  xs: readonly number[],
  ys: readonly number[],
  level: number,
  options: CrossingOptions = {},
): number | null {
  requireAllFinite("xs", xs);
  requireAllFinite("ys", ys);
  requireFinite("level", level);
  if (xs.length === 0 || ys.length !== xs.length) {
    throw new RangeError(
      `Expected xs and ys to be non-empty and of equal length, received ${describe(xs)} and ${
        describe(ys)
      }`,
    );
  }
  for (let i = 0; i < xs.length; i++) {
    if ((i > 0 && xs[i]! <= xs[i - 1]!) || (options.logX && xs[i]! <= 0)) {
      throw new RangeError(
        `Expected xs to be strictly increasing${options.logX ? " and positive" : ""}, ` +
          `received ${describe(xs)}`,
      );
    }
  }
  const t = options.logX ? Math.log : (x: number) => x;
  if (ys[0]! >= level) return xs[0]!;
  for (let i = 1; i < xs.length; i++) {
    if (ys[i]! < level) continue;
    const share = (level - ys[i - 1]!) / (ys[i]! - ys[i - 1]!);
    const at = t(xs[i - 1]!) + share * (t(xs[i]!) - t(xs[i - 1]!));
    return options.logX ? Math.exp(at) : at;
  }
  return null;
}

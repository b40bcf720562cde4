/**
 * Where a measured curve first reaches a level: e.g. the learning rate at which the mean
 * dead fraction over seeds passes 25%, read off a grid of learning rates, with a
 * bootstrap interval over seeds.
 *
 * @module
 */

import type { Rng } from "../core/random.ts";
import { bootstrapCI } from "./bootstrap.ts";
import { describe, requireAllFinite, requireBoolean, requireFinite } from "../core/_validate.ts";

/**
 * Options of {@linkcode firstCrossing}.
 *
 * @example
 * ```ts
 * import { firstCrossing } from "relu-lab/lab";
 * import type { CrossingOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: CrossingOptions = { logX: true };
 * expect(firstCrossing([1, 100], [0, 1], 0.5, options)).to.be.closeTo(10, 1e-12);
 * ```
 */
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
 * import { firstCrossing } from "relu-lab/lab";
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
  if (options.logX !== undefined) requireBoolean("logX", options.logX);
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

/**
 * Options of {@linkcode crossingWithCI}.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { crossingWithCI } from "relu-lab/lab";
 * import type { CrossingCIOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [{ replicate: 0, lr: 1, dead: 0 }, { replicate: 0, lr: 3, dead: 1 }];
 * const options: CrossingCIOptions = { x: "lr", metric: "dead", level: 0.5, rng: new Rng(0) };
 * expect(crossingWithCI(rows, options).estimate).to.equal(2);
 * ```
 */
export interface CrossingCIOptions extends CrossingOptions {
  /** The field holding the grid position, e.g. `"learningRate"`. */
  x: string;
  /** The metric whose mean over seeds is the curve, e.g. `"deadFraction"`. */
  metric: string;
  /** The level to reach. */
  level: number;
  /** Draws the bootstrap resamples of seeds. */
  rng: Rng;
}

/**
 * A crossing with its 95% bootstrap interval; `null` ends lie beyond the grid.
 *
 * @example One seed: no interval
 * ```ts
 * import { Rng } from "relu-lab";
 * import { crossingWithCI } from "relu-lab/lab";
 * import type { CrossingEstimate } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [{ replicate: 0, lr: 1, dead: 0 }, { replicate: 0, lr: 3, dead: 1 }];
 * const c: CrossingEstimate = crossingWithCI(rows, { x: "lr", metric: "dead", level: 0.5, rng: new Rng(0) });
 * expect(c).to.deep.equal({ estimate: 2, low: null, high: null, seeds: 1 });
 * ```
 */
export interface CrossingEstimate {
  /** Crossing of the mean curve over all seeds. */
  readonly estimate: number | null;
  /** Lower end of the percentile interval. */
  readonly low: number | null;
  /** Upper end of the percentile interval. */
  readonly high: number | null;
  /** Seeds (distinct `replicate` values) the curve averages. */
  readonly seeds: number;
}

/**
 * The crossing of the mean-over-seeds curve, with a percentile bootstrap interval from
 * resampling whole seeds (`replicate`): each resample's mean curve gives one crossing. A
 * resample that never reaches the level counts as beyond the grid, and an interval end
 * beyond the grid is `null`. Runs with a null metric (diverged) are left out of the means.
 *
 * @param rows Result rows of one condition, with `replicate`, the `x` field and the metric.
 * @param options Field names, level, generator, interpolation.
 * @returns The crossing and its interval.
 *
 * @example Two seeds that die at different rates
 * ```ts
 * import { Rng } from "relu-lab";
 * import { crossingWithCI } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { replicate: 0, lr: 1, dead: 0 }, { replicate: 0, lr: 2, dead: 0.5 },
 *   { replicate: 1, lr: 1, dead: 0 }, { replicate: 1, lr: 2, dead: 0.3 },
 * ];
 * const c = crossingWithCI(rows, { x: "lr", metric: "dead", level: 0.2, rng: new Rng(0) });
 * expect(c.estimate).to.be.closeTo(1.5, 1e-12); // the mean curve reaches 0.4 at lr 2
 * expect(c.low).to.be.closeTo(1.4, 1e-12);
 * expect(c.high).to.be.closeTo(1 + 2 / 3, 1e-12);
 * ```
 */
export function crossingWithCI(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: CrossingCIOptions,
): CrossingEstimate {
  const { x, metric, level, rng } = options;
  const xs = [...new Set(rows.map((row) => _number(row, x, false)!))].sort((a, b) => a - b);
  const seeds = [...new Set(rows.map((row) => _number(row, "replicate", false)!))];
  const values = new Map(
    rows.map((row) => [`${row.replicate} ${row[x]}`, _number(row, metric, true)]),
  );
  const crossing = (sample: readonly number[]) => {
    const curve = xs.map((at) => {
      const got = sample.map((s) => values.get(`${s} ${at}`)).filter((v) => typeof v === "number");
      return got.length === 0 ? 0 : got.reduce((a, b) => a + b, 0) / got.length;
    });
    return firstCrossing(xs, curve, level, options);
  };
  const beyond = xs.at(-1)! * 2;
  const estimate = crossing(seeds);
  if (seeds.length < 2) return { estimate, low: null, high: null, seeds: seeds.length };
  const ci = bootstrapCI(seeds, { rng, statistic: (sample) => crossing(sample) ?? beyond });
  const inGrid = (v: number) => (v >= beyond ? null : v);
  return { estimate, low: inGrid(ci.low), high: inGrid(ci.high), seeds: seeds.length };
}

function _number(row: Readonly<Record<string, unknown>>, field: string, nullable: boolean) {
  const value = row[field];
  if (nullable && value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(
      `Expected every row's ${field} to be a finite number${nullable ? " or null" : ""}, ` +
        `received ${describe(value)}`,
    );
  }
  return value;
}

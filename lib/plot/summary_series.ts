/**
 * From a summary table (one row per group: mean and interval over seeds, as the stats
 * module's `summarize` makes) to the series of {@linkcode xyPlot}: one series per value
 * of a field, the mean against another field, with the intervals as error bars.
 *
 * @module
 */

import { describe } from "../_validate.ts";
import type { XYSeries } from "./xy_plot.ts";

/** A summary row: group fields plus a mean and an interval (null when not computable). */
export interface SummaryLike {
  /** Group fields. */
  readonly [field: string]: unknown;
  /** Mean over the group's runs, or null if it has none. */
  readonly mean: number | null;
  /** Lower end of the interval, or null (fewer than two runs). */
  readonly low: number | null;
  /** Upper end of the interval, or null. */
  readonly high: number | null;
}

/** Options of {@linkcode summarySeries}. */
export interface SummarySeriesOptions {
  /** The field on the horizontal axis, e.g. `"bias"`. */
  readonly x: string;
  /**
   * The field whose values make separate series, e.g. `"learningRate"`.
   * @default none: one series
   */
  readonly by?: string;
  /**
   * Legend name of a series from its `by` value.
   * @default the value as text (or "mean" without `by`)
   */
  readonly name?: (value: unknown) => string;
  /**
   * How the points are drawn.
   * @default "lines+markers"
   */
  readonly mode?: XYSeries["mode"];
}

/**
 * Turns summary rows into plot series: for each value of `by` (in order of appearance),
 * the mean against `x`, with error bars from `low` to `high`. Groups without a mean are
 * left out; a group without an interval gets a bar of zero length.
 *
 * @param rows Summary rows.
 * @param options The x field, the series field, legend names and mode.
 * @returns The series.
 *
 * @example Two learning rates
 * ```ts
 * import { summarySeries } from "relu-lab";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { lr: 0.1, bias: 0, mean: 0.1, low: 0.05, high: 0.2 },
 *   { lr: 0.1, bias: 1, mean: 0.2, low: 0.1, high: 0.3 },
 *   { lr: 2, bias: 0, mean: 0.5, low: null, high: null },
 * ];
 * const series = summarySeries(rows, { x: "bias", by: "lr", name: (lr) => `lr ${lr}` });
 * expect(series.map((s) => [s.name, s.x, s.y])).to.deep.equal([
 *   ["lr 0.1", [0, 1], [0.1, 0.2]],
 *   ["lr 2", [0], [0.5]],
 * ]);
 * expect(series[1]!.yInterval).to.deep.equal({ low: [0.5], high: [0.5] });
 * ```
 */
export function summarySeries(
  rows: readonly SummaryLike[],
  options: SummarySeriesOptions,
): XYSeries[] {
  const { x, by, mode = "lines+markers" } = options;
  const name = options.name ?? ((value: unknown) => by === undefined ? "mean" : String(value));
  const groups = new Map<unknown, SummaryLike[]>();
  rows.forEach((row, i) => {
    for (const field of [x, ...(by === undefined ? [] : [by])]) {
      if (!(field in row)) {
        throw new RangeError(
          `Expected rows[${i}] to have the field ${describe(field)}, received none`,
        );
      }
    }
    if (row.mean === null) return;
    const key = by === undefined ? null : row[by];
    groups.set(key, [...(groups.get(key) ?? []), row]);
  });
  return [...groups].map(([key, members]) => ({
    name: name(key),
    x: members.map((row) => row[x] as number | string),
    y: members.map((row) => row.mean!),
    yInterval: {
      low: members.map((row) => row.low ?? row.mean!),
      high: members.map((row) => row.high ?? row.mean!),
    },
    mode,
  }));
}

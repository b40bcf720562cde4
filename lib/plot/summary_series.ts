/**
 * From tables to the series of `xyPlot`: summary rows (mean and interval over seeds, as
 * the stats module's `summarize` makes) to lines with error bars ({@linkcode summarySeries})
 * or to labelled points with intervals in x and y ({@linkcode intervalPoints}); rows of
 * runs to scatter series ({@linkcode rowSeries}).
 *
 * @module
 */

import { describe } from "../core/_validate.ts";
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
  /** The field on the horizontal axis, e.g. `"bias"`: numbers or category names. */
  readonly x: string;
  /** The field whose values make separate series, e.g. `"learningRate"`. @default one series */
  readonly by?: string;
  /**
   * Legend name of a series from its `by` value, or one name (without `by`).
   * @default the value as text (or "mean" without `by`)
   */
  readonly name?: string | ((value: unknown) => string);
  /** How the points are drawn. @default "lines+markers" */
  readonly mode?: XYSeries["mode"];
  /** Colour group of every series made (see {@linkcode XYSeries}). @default none */
  readonly colorGroup?: string;
}

/**
 * Turns summary rows into plot series: for each value of `by` (in order of appearance),
 * the mean against `x`, with error bars from `low` to `high`. Groups without a mean are
 * left out; a group without an interval gets a bar of zero length. Numeric x is sorted
 * (a line joins the points in order); categories keep their order.
 *
 * @param rows Summary rows.
 * @param options The x field, the series field, legend names, mode and colour group.
 * @returns The series.
 *
 * @example Two learning rates
 * ```ts
 * import { summarySeries } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { lr: 0.1, bias: 1, mean: 0.2, low: 0.1, high: 0.3 },
 *   { lr: 0.1, bias: 0, mean: 0.1, low: 0.05, high: 0.2 },
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
  _requireRows("rows", rows);
  const { x, by, mode = "lines+markers", colorGroup } = options;
  const { name = by === undefined ? "mean" : String } = options;
  const groups = new Map<unknown, _Point[]>();
  rows.forEach((row, i) => {
    if (by !== undefined && !(by in row)) {
      throw new RangeError(`Expected rows[${i}] to have the field ${describe(by)}, received none`);
    }
    const at = row[x];
    if (!(typeof at === "string" || (typeof at === "number" && Number.isFinite(at)))) {
      throw new TypeError(
        `Expected rows[${i}].${x} to be a finite number or a name, received ${describe(at)}`,
      );
    }
    if (row.mean === null) return;
    const key = by === undefined ? null : row[by];
    const point = { at, mean: row.mean, low: row.low ?? row.mean, high: row.high ?? row.mean };
    groups.set(key, [...(groups.get(key) ?? []), point]);
  });
  return [...groups].map(([key, points]) => {
    if (points.every((p) => typeof p.at === "number")) {
      points.sort((a, b) => (a.at as number) - (b.at as number));
    }
    return {
      name: typeof name === "string" ? name : name(key),
      x: points.map((p) => p.at),
      y: points.map((p) => p.mean),
      yInterval: { low: points.map((p) => p.low), high: points.map((p) => p.high) },
      mode,
      ...(colorGroup !== undefined && { colorGroup }),
    };
  });
}

/** A point of a summary series; a missing interval is the mean itself. */
type _Point = { at: number | string; mean: number; low: number; high: number };

/** Options of {@linkcode rowSeries}. */
export interface RowSeriesOptions<R> {
  /** The horizontal value of a row, or null to leave the row out. */
  readonly x: (row: R) => number | string | null;
  /** The vertical value of a row, or null to leave the row out (e.g. a diverged run). */
  readonly y: (row: R) => number | null;
  /** The series a row belongs to (its legend name). */
  readonly by: (row: R) => string;
  /**
   * How the points are drawn.
   * @default "markers"
   */
  readonly mode?: XYSeries["mode"];
}

/**
 * Turns rows (e.g. one per run) into scatter series: one series per `by` value, in order
 * of first appearance, one point per row with both values present.
 *
 * @param rows The rows.
 * @param options How to read x, y and the series name from a row, and the mode.
 * @returns The series.
 *
 * @example Accuracy against dead share, one series per width
 * ```ts
 * import { rowSeries } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const runs = [
 *   { width: 4, dead: 0.5, accuracy: 0.6 }, { width: 64, dead: 0.4, accuracy: 0.98 },
 *   { width: 4, dead: 0.25, accuracy: null },
 * ];
 * const series = rowSeries(runs, { x: (r) => r.dead, y: (r) => r.accuracy, by: (r) => `width ${r.width}` });
 * expect(series.map((s) => [s.name, s.x, s.y])).to.deep.equal([["width 4", [0.5], [0.6]], ["width 64", [0.4], [0.98]]]);
 * ```
 */
export function rowSeries<R>(rows: readonly R[], options: RowSeriesOptions<R>): XYSeries[] {
  _requireRows("rows", rows);
  const { mode = "markers" } = options;
  const groups = new Map<string, { x: (number | string)[]; y: number[] }>();
  for (const row of rows) {
    const x = options.x(row), y = options.y(row);
    if (x === null || y === null) continue;
    const name = options.by(row);
    const group = groups.get(name) ?? groups.set(name, { x: [], y: [] }).get(name)!;
    group.x.push(x);
    group.y.push(y);
  }
  return [...groups].map(([name, { x, y }]) => ({ name, x, y, mode }));
}

/**
 * Pairs two summaries of the same groups (e.g. mean dead share and mean accuracy per
 * remedy) into one labelled point per group, with its interval in both directions.
 *
 * @param xs Summary rows giving the horizontal value of each group.
 * @param ys Summary rows giving the vertical value, with the same `by` values.
 * @param by The field naming a group, e.g. `"remedy"`.
 * @returns One single-point series per group that has both means, labelled with its name.
 *
 * @example Two remedies
 * ```ts
 * import { intervalPoints } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const dead = [{ remedy: "adam", mean: 0.1, low: 0.05, high: 0.2 }, { remedy: "l2", mean: 0.9, low: 0.8, high: 1 }];
 * const accuracy = [{ remedy: "l2", mean: 0.6, low: 0.5, high: 0.7 }, { remedy: "adam", mean: 0.99, low: 0.98, high: 1 }];
 * const [adam] = intervalPoints(dead, accuracy, "remedy");
 * expect([adam!.name, adam!.x, adam!.y, adam!.labels]).to.deep.equal(["adam", [0.1], [0.99], ["adam"]]);
 * expect(adam!.xInterval).to.deep.equal({ low: [0.05], high: [0.2] });
 * ```
 */
export function intervalPoints(
  xs: readonly SummaryLike[],
  ys: readonly SummaryLike[],
  by: string,
): XYSeries[] {
  _requireRows("xs", xs);
  _requireRows("ys", ys);
  return xs.flatMap((xRow) => {
    const yRow = ys.find((row) => row[by] === xRow[by]);
    if (xRow.mean === null || yRow === undefined || yRow.mean === null) return [];
    const name = String(xRow[by]);
    return [{
      name,
      x: [xRow.mean],
      y: [yRow.mean],
      xInterval: { low: [xRow.low ?? xRow.mean], high: [xRow.high ?? xRow.mean] },
      yInterval: { low: [yRow.low ?? yRow.mean], high: [yRow.high ?? yRow.mean] },
      mode: "markers" as const,
      labels: [name],
    }];
  });
}

/** Checks that `rows` is an array of objects. */
function _requireRows(name: string, rows: unknown): void {
  if (!Array.isArray(rows)) {
    throw new TypeError(`Expected ${name} to be an array of rows, received ${describe(rows)}`);
  }
  rows.forEach((row, i) => {
    if (row === null || typeof row !== "object") {
      throw new TypeError(`Expected ${name}[${i}] to be a row object, received ${describe(row)}`);
    }
  });
}

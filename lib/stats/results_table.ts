/**
 * Summary tables over seeds: one row per group of settings with the mean, standard
 * deviation and bootstrap interval of a metric, ready to print or plot.
 *
 * @module
 */

import { requireIntervalOptions } from "./_interval_options.ts";
import type { Rng } from "../core/random.ts";
import { bootstrapCI } from "./bootstrap.ts";
import { groupRows, metricOf, type Row } from "./_groups.ts";
import { mean, std } from "./summary.ts";

/**
 * Options of {@linkcode summarize}.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { summarize } from "relu-lab/lab";
 * import type { SummarizeOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: SummarizeOptions = { groupBy: [], metric: "acc", rng: new Rng(0), level: 0.9, resamples: 500 };
 * expect(summarize([{ acc: 1 }, { acc: 0.5 }], options)[0]!.mean).to.equal(0.75);
 * ```
 */
export interface SummarizeOptions {
  /** Fields whose values define a group (e.g. `["activation", "learningRate"]`). */
  readonly groupBy: readonly string[];
  /** The metric to summarise (e.g. `"testAccuracy"`). */
  readonly metric: string;
  /** Draws the bootstrap resamples, group after group. */
  readonly rng: Rng;
  /**
   * Confidence level.
   * @default 0.95
   */
  readonly level?: number;
  /**
   * Bootstrap resamples per group.
   * @default 2000
   */
  readonly resamples?: number;
}

/**
 * One group's summary. Statistics are `null` when too few values exist for them.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { summarize } from "relu-lab/lab";
 * import type { SummaryRow } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const [row]: SummaryRow[] = summarize([{ act: "tanh", acc: 0.8 }], { groupBy: ["act"], metric: "acc", rng: new Rng(0) });
 * expect(row).to.deep.equal({ act: "tanh", n: 1, missing: 0, mean: 0.8, std: null, low: null, high: null });
 * ```
 */
export interface SummaryRow {
  /** The group's values of the `groupBy` fields. */
  readonly [field: string]: unknown;
  /** Runs with a value of the metric. */
  readonly n: number;
  /** Runs without one (diverged, failed): left out of the statistics, not hidden. */
  readonly missing: number;
  /** Mean over the runs with a value (null if none). */
  readonly mean: number | null;
  /** Sample standard deviation (null below 2 values). */
  readonly std: number | null;
  /** Lower end of the bootstrap interval of the mean (null below 2 values). */
  readonly low: number | null;
  /** Upper end of the bootstrap interval of the mean (null below 2 values). */
  readonly high: number | null;
}

/**
 * Summarises a metric per group of rows: count, missing runs, mean, standard deviation
 * and percentile bootstrap interval of the mean over seeds.
 *
 * @param rows Result rows (as `runSweep` returns them) or any rows with those fields.
 * @param options Grouping fields, metric, generator, level and resamples.
 * @returns One row per group, in order of first appearance.
 * @throws {RangeError | TypeError} If a row lacks a `groupBy` field or has a non-numeric metric.
 *
 * @example Accuracy per activation
 * ```ts
 * import { Rng } from "relu-lab";
 * import { summarize } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { activation: "relu", accuracy: 0.9 }, { activation: "relu", accuracy: 0.92 },
 *   { activation: "relu", accuracy: null }, { activation: "tanh", accuracy: 0.88 },
 * ];
 * const table = summarize(rows, { groupBy: ["activation"], metric: "accuracy", rng: new Rng(0) });
 * expect(table.map((r) => [r.activation, r.n, r.missing])).to.deep.equal([["relu", 2, 1], ["tanh", 1, 0]]);
 * expect(table[0]!.mean).to.be.closeTo(0.91, 1e-12);
 * expect(table[1]!.std).to.equal(null);
 * ```
 */
export function summarize(rows: readonly Row[], options: SummarizeOptions): SummaryRow[] {
  const { groupBy, metric, rng, level, resamples } = options;
  requireIntervalOptions(level ?? 0.95, resamples ?? 2000);
  const indexOf = new Map(rows.map((row, i) => [row, i]));
  return groupRows(rows, groupBy).map(({ key, rows: members }) => {
    const values = members.map((row) => metricOf(row, metric, indexOf.get(row)!))
      .filter((v): v is number => v !== null);
    const ci = values.length >= 2
      ? bootstrapCI(values, {
        rng,
        ...(level !== undefined && { level }),
        ...(resamples !== undefined && { resamples }),
      })
      : null;
    return {
      ...key,
      n: values.length,
      missing: members.length - values.length,
      mean: values.length > 0 ? mean(values) : null,
      std: values.length >= 2 ? std(values) : null,
      low: ci?.low ?? null,
      high: ci?.high ?? null,
    };
  });
}

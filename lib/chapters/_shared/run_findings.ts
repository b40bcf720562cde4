/**
 * Findings over runs whose intervals depend only on the runs they summarise: the rows are
 * put in seed order and the bootstrap generator is seeded from the metric and the values
 * themselves. The same runs then give the same interval wherever they are quoted: twice in
 * one chapter (the share dead at birth under two learning rates that share their initial
 * weights) or in two chapters (chapter 7's He-initialised remedy is chapter 6's width-16
 * network, run for run).
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { FindingProfile, FindingUnit } from "../../stats/finding.ts";
import {
  type MeanFinding,
  meanFinding,
  type PairedFinding,
  pairedFinding,
} from "../../stats/row_findings.ts";
import type { CompareOptions } from "../../stats/comparison_table.ts";

/** How a finding over runs reads. */
export interface RunFindingFormat {
  /** The profile the runs come from. */
  readonly profile: FindingProfile;
  /**
   * How it reads.
   * @default "percent" (means), "points" (paired differences)
   */
  readonly unit?: FindingUnit;
  /**
   * Digits after the decimal point.
   * @default 1
   */
  readonly digits?: number;
}

/** A result row as far as these findings read it. */
type RunRow = Readonly<Record<string, unknown>> & { readonly seed: number };

/**
 * The mean of `metric` over `rows` with its bootstrap interval, seeded by the values.
 *
 * @param rows Runs of one condition, in any order.
 * @param metric The metric, e.g. `"deadFraction"`.
 * @param format Profile, unit and digits.
 * @returns The finding and the runs without a value.
 * @throws {RangeError} If no row has a value of the metric.
 *
 * @example The same runs in another order give the same interval
 * ```ts
 * import { runMean } from "./run_findings.ts";
 * import { expect } from "chai";
 *
 * const rows = [0.5, 0.25, 0.75, 0.5].map((dead, seed) => ({ seed, dead }));
 * const a = runMean(rows, "dead", { profile: "full" }).mean;
 * const b = runMean([...rows].reverse(), "dead", { profile: "full" }).mean;
 * expect(a.withInterval).to.equal(b.withInterval);
 * expect(a.short).to.equal("50.0%");
 * ```
 */
export function runMean(
  rows: readonly RunRow[],
  metric: string,
  format: RunFindingFormat,
): MeanFinding {
  const ordered = _bySeed(rows);
  const values = ordered.map((row) => _cell(row[metric]));
  return meanFinding(ordered, metric, {
    ...format,
    rng: new Rng(deriveSeed("mean", metric, ...values)),
  });
}

/** What {@linkcode runPaired} compares. */
export type RunPairedOptions =
  & Pick<CompareOptions, "field" | "a" | "b" | "metric" | "higherIsBetter">
  & RunFindingFormat;

/**
 * Condition A minus condition B, paired by seed, with its paired bootstrap interval
 * seeded by the values.
 *
 * @param rows Runs of both conditions, in any order.
 * @param options The field, its two values, the metric, which way is better, and the format.
 * @returns The paired finding and the wins on each side.
 * @throws {RangeError} If the conditions share fewer than two seeds with a value.
 *
 * @example Two conditions on three seeds
 * ```ts
 * import { runPaired } from "./run_findings.ts";
 * import { expect } from "chai";
 *
 * const rows = [0.9, 0.8, 0.85].flatMap((acc, seed) => [
 *   { setup: "a", seed, acc: acc + 0.02 }, { setup: "b", seed, acc },
 * ]);
 * const paired = runPaired(rows, { field: "setup", a: "a", b: "b", metric: "acc", profile: "full" });
 * expect([paired.difference.short, paired.aWins]).to.deep.equal(["+2.0 points", 3]);
 * ```
 */
export function runPaired(rows: readonly RunRow[], options: RunPairedOptions): PairedFinding {
  const { field, a, b, metric } = options;
  const ordered = _bySeed(rows);
  const side = (value: unknown) =>
    ordered.filter((row) => row[field] === value).map((row) => `${row.seed}:${_cell(row[metric])}`);
  const seed = deriveSeed("paired", metric, ...side(a), "versus", ...side(b));
  return pairedFinding(ordered, { ...options, rng: new Rng(seed) });
}

function _bySeed<R extends RunRow>(rows: readonly R[]): R[] {
  return [...rows].sort((x, y) => x.seed - y.seed);
}

function _cell(value: unknown): string | number {
  return typeof value === "number" ? value : String(value);
}

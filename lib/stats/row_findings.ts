/**
 * Findings from result rows: the mean of a metric over runs with its bootstrap interval
 * ({@linkcode meanFinding}), and a paired difference between two conditions with its wins
 * ({@linkcode pairedFinding}). Runs without a value (diverged, failed) are left out and
 * counted.
 *
 * @module
 */

import type { Rng } from "../core/random.ts";
import type { Row } from "./_groups.ts";
import { compareConditions, type CompareOptions } from "./comparison_table.ts";
import { Finding, type FindingProfile, type FindingUnit } from "./finding.ts";
import { summarize } from "./results_table.ts";

/**
 * How a finding from rows is made and reads.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { meanFinding } from "relu-lab/lab";
 * import type { RowFindingOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: RowFindingOptions = { rng: new Rng(0), profile: "full", unit: "number", digits: 2 };
 * expect(meanFinding([{ loss: 0.5 }, { loss: 0.25 }], "loss", options).mean.short).to.equal("0.38");
 * ```
 */
export interface RowFindingOptions {
  /** Draws the bootstrap resamples. */
  readonly rng: Rng;
  /** The profile the rows come from. */
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

/**
 * A mean over runs, and how many runs had no value.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { meanFinding } from "relu-lab/lab";
 * import type { MeanFinding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const found: MeanFinding = meanFinding([{ acc: 0.9 }, { acc: null }], "acc", { rng: new Rng(0), profile: "quick" });
 * expect([found.mean.n, found.missing]).to.deep.equal([1, 1]);
 * ```
 */
export interface MeanFinding {
  /** The mean with its bootstrap interval over the runs that have a value. */
  readonly mean: Finding;
  /** Runs without a value (diverged, failed). */
  readonly missing: number;
}

/**
 * The mean of `metric` over `rows`, with its percentile bootstrap interval over runs.
 *
 * @param rows Result rows of one condition.
 * @param metric The metric, e.g. `"testAccuracy"`.
 * @param options Generator, profile, unit and digits.
 * @returns The finding and the count of runs without a value.
 * @throws {RangeError} If no row has a value of the metric.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { meanFinding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [{ acc: 0.9 }, { acc: 0.8 }, { acc: null }];
 * const { mean, missing } = meanFinding(rows, "acc", { rng: new Rng(0), profile: "quick" });
 * expect([mean.short, mean.n, missing]).to.deep.equal(["85.0%", 2, 1]);
 * ```
 */
export function meanFinding(
  rows: readonly Row[],
  metric: string,
  options: RowFindingOptions,
): MeanFinding {
  const { rng, ...format } = options;
  const [summary] = summarize(rows.map((row) => ({ ...row, _all: 0 })), {
    groupBy: ["_all"],
    metric,
    rng,
  });
  if (summary === undefined || summary.mean === null) {
    throw new RangeError(`Expected some rows with a value of ${metric}, received none`);
  }
  return { mean: Finding.of(summary, format), missing: summary.missing };
}

/**
 * A paired difference A − B and how the pairs split.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { pairedFinding } from "relu-lab/lab";
 * import type { PairedFinding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [0.9, 0.8, 0.85].flatMap((acc, seed) => [
 *   { act: "leaky", seed, acc: acc + 0.01 },
 *   { act: "relu", seed, acc },
 * ]);
 * const paired: PairedFinding = pairedFinding(rows, { field: "act", a: "leaky", b: "relu", metric: "acc", rng: new Rng(0), profile: "full" });
 * expect([paired.n, paired.aWins, paired.bWins, paired.ties, paired.unpaired]).to.deep.equal([3, 3, 0, 0, 0]);
 * ```
 */
export interface PairedFinding {
  /** Mean of A − B over pairs, with its paired bootstrap interval. */
  readonly difference: Finding;
  /** Pairs. */
  readonly n: number;
  /** Pairs where A is better. */
  readonly aWins: number;
  /** Pairs where B is better. */
  readonly bWins: number;
  /** Pairs within the tolerance. */
  readonly ties: number;
  /** Runs left unpaired (no partner, or no value on either side). */
  readonly unpaired: number;
}

/**
 * The paired difference between conditions A and B of `field` (runs paired by seed), with
 * its bootstrap interval over pairs and the wins on each side.
 *
 * @param rows Result rows holding both conditions.
 * @param options What to compare (as `compareConditions` takes it, without grouping) and how
 * the finding reads.
 * @returns The finding and the split of the pairs.
 * @throws {RangeError} If the conditions have fewer than two pairs.
 *
 * @example Leaky ReLU minus ReLU over three seeds
 * ```ts
 * import { Rng } from "relu-lab";
 * import { pairedFinding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [0.9, 0.8, 0.85].flatMap((acc, seed) => [
 *   { activation: "relu", seed, acc },
 *   { activation: "leaky", seed, acc: acc + 0.01 * (seed + 1) },
 * ]);
 * const paired = pairedFinding(rows, {
 *   field: "activation", a: "leaky", b: "relu", metric: "acc", rng: new Rng(0), profile: "full",
 * });
 * expect([paired.difference.short, paired.aWins, paired.n]).to.deep.equal(["+2.0 points", 3, 3]);
 * ```
 */
export function pairedFinding(
  rows: readonly Row[],
  options: Omit<CompareOptions, "groupBy"> & Omit<RowFindingOptions, "rng">,
): PairedFinding {
  const { profile, unit = "points", digits, ...compare } = options;
  const [row] = compareConditions(rows, compare);
  if (row === undefined || row.difference === null || row.n < 2) {
    throw new RangeError(
      `Expected at least two pairs of ${compare.a} and ${compare.b} with ${compare.metric}, received ${
        row?.n ?? 0
      }`,
    );
  }
  const difference = Finding.of(
    { mean: row.difference, low: row.low, high: row.high, n: row.n },
    {
      profile,
      unit,
      of: "pairs",
      method: "paired bootstrap",
      ...(digits !== undefined && { digits }),
    },
  );
  return {
    difference,
    n: row.n,
    aWins: row.aWins,
    bWins: row.bWins,
    ties: row.ties,
    unpaired: row.unpaired,
  };
}

/**
 * Paired comparison tables: condition A against condition B of one field (e.g. Leaky
 * ReLU against ReLU), pairing runs that share a seed, per group of other settings.
 *
 * @module
 */

import { describe } from "../core/_validate.ts";
import { groupRows, metricOf, requireFieldList, type Row } from "./_groups.ts";
import { pairedComparison, type PairedOptions } from "./paired.ts";

/**
 * Options of {@linkcode compareConditions}.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { compareConditions } from "relu-lab/lab";
 * import type { CompareOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [0.9, 0.8, 0.85].flatMap((acc, seed) => [
 *   { act: "leaky", seed, acc: acc + 0.01 },
 *   { act: "relu", seed, acc },
 * ]);
 * const options: CompareOptions = { field: "act", a: "leaky", b: "relu", metric: "acc", pairBy: ["seed"], rng: new Rng(0) };
 * expect(compareConditions(rows, options)[0]!.aWins).to.equal(3);
 * ```
 */
export interface CompareOptions extends PairedOptions {
  /** The field that distinguishes the conditions, e.g. `"activation"`. */
  readonly field: string;
  /** Its value for condition A, e.g. `"leaky_relu(0.01)"`. */
  readonly a: unknown;
  /** Its value for condition B, e.g. `"relu"`. */
  readonly b: unknown;
  /** The metric compared. */
  readonly metric: string;
  /**
   * Fields whose values define separate comparisons (e.g. `["learningRate"]`).
   * @default []
   */
  readonly groupBy?: readonly string[];
  /**
   * Fields that identify a pair: runs of A and B with equal values are paired.
   * @default ["seed"]
   */
  readonly pairBy?: readonly string[];
}

/**
 * One group's comparison. Statistics are `null` with fewer than two pairs.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { compareConditions } from "relu-lab/lab";
 * import type { ComparisonRow } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [0.9, 0.8, 0.85].flatMap((acc, seed) => [
 *   { act: "leaky", seed, acc: acc + 0.01 },
 *   { act: "relu", seed, acc },
 * ]);
 * const [row]: ComparisonRow[] = compareConditions(rows, { field: "act", a: "leaky", b: "relu", metric: "acc", rng: new Rng(0) });
 * expect(row!.n).to.equal(3);
 * expect(row!.difference).to.be.closeTo(0.01, 1e-12);
 * ```
 */
export interface ComparisonRow {
  /** The group's values of the `groupBy` fields. */
  readonly [field: string]: unknown;
  /** Pairs with a value under both conditions. */
  readonly n: number;
  /** Runs left unpaired: no partner, or a missing metric (diverged, failed) on either side. */
  readonly unpaired: number;
  /** Mean under A over the pairs. */
  readonly meanA: number | null;
  /** Mean under B over the pairs. */
  readonly meanB: number | null;
  /** Mean of A − B. */
  readonly difference: number | null;
  /** Lower end of the paired bootstrap interval of the difference. */
  readonly low: number | null;
  /** Upper end of the paired bootstrap interval of the difference. */
  readonly high: number | null;
  /** Pairs A wins, B wins, and ties. */
  readonly aWins: number;
  /** Pairs B wins. */
  readonly bWins: number;
  /** Pairs within the tolerance. */
  readonly ties: number;
  /** aWins / n (null without pairs). */
  readonly shareAWins: number | null;
  /** Cohen's d of the differences (null if undefined). */
  readonly cohensD: number | null;
}

/**
 * Compares condition A with condition B per group, pairing runs on `pairBy` (the seed).
 *
 * @param rows Result rows.
 * @param options Field, the two values, metric, grouping, pairing and the paired options.
 * @returns One row per group (order of first appearance).
 * @throws {RangeError} If a pairing key appears twice for one condition in a group.
 *
 * @example Leaky ReLU vs ReLU on two seeds
 * ```ts
 * import { Rng } from "relu-lab";
 * import { compareConditions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { activation: "relu", seed: 1, accuracy: 0.90 }, { activation: "leaky", seed: 1, accuracy: 0.92 },
 *   { activation: "relu", seed: 2, accuracy: 0.95 }, { activation: "leaky", seed: 2, accuracy: 0.94 },
 *   { activation: "relu", seed: 3, accuracy: null }, { activation: "leaky", seed: 3, accuracy: 0.9 },
 * ];
 * const [row] = compareConditions(rows, {
 *   field: "activation", a: "leaky", b: "relu", metric: "accuracy", rng: new Rng(0),
 * });
 * expect([row!.n, row!.unpaired, row!.aWins, row!.bWins, row!.ties]).to.deep.equal([2, 2, 1, 1, 0]);
 * expect(row!.difference).to.be.closeTo(0.005, 1e-12);
 * ```
 */
export function compareConditions(rows: readonly Row[], options: CompareOptions): ComparisonRow[] {
  const { field, a, b, metric, groupBy = [], pairBy = ["seed"], ...paired } = options;
  if (a === b) throw new RangeError(`Expected a and b to differ, received ${describe(a)} twice`);
  const indexOf = new Map(rows.map((row, i) => [row, i]));
  requireFieldList("pairBy", pairBy);
  const conditions = groupRows(rows, [field], "field").map(({ key }) => key[field]);
  for (const value of [a, b]) {
    if (!conditions.includes(value)) {
      throw new RangeError(
        `Expected rows with ${field} = ${describe(value)}, received only ${
          conditions.map(describe).join(", ")
        }`,
      );
    }
  }
  const relevant = rows.filter((row) => row[field] === a || row[field] === b);
  return groupRows(relevant, groupBy).map(({ key, rows: members }) => {
    const side = (value: unknown) => {
      const byPair = new Map<string, number | null>();
      for (const row of members.filter((r) => r[field] === value)) {
        const id = JSON.stringify(pairBy.map((f) => row[f]));
        if (byPair.has(id)) {
          throw new RangeError(
            `Expected one run per ${pairBy.join(", ")} and condition, received ${id} twice for ${
              describe(value)
            }`,
          );
        }
        byPair.set(id, metricOf(row, metric, indexOf.get(row)!));
      }
      return byPair;
    };
    const sideA = side(a), sideB = side(b);
    const ids = [...sideA.keys()].filter((id) => sideA.get(id) != null && sideB.get(id) != null);
    const valuesA = ids.map((id) => sideA.get(id)!), valuesB = ids.map((id) => sideB.get(id)!);
    const unpaired = sideA.size + sideB.size - 2 * ids.length;
    if (ids.length < 2) {
      return {
        ...key,
        n: ids.length,
        unpaired,
        meanA: null,
        meanB: null,
        difference: null,
        low: null,
        high: null,
        aWins: 0,
        bWins: 0,
        ties: 0,
        shareAWins: null,
        cohensD: null,
      };
    }
    const c = pairedComparison(valuesA, valuesB, paired);
    return {
      ...key,
      n: c.n,
      unpaired,
      meanA: c.meanA,
      meanB: c.meanB,
      difference: c.difference.estimate,
      low: c.difference.low,
      high: c.difference.high,
      aWins: c.aWins,
      bWins: c.bWins,
      ties: c.ties,
      shareAWins: c.shareAWins,
      cohensD: c.cohensD,
    };
  });
}

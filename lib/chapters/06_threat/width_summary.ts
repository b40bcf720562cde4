/**
 * Summaries of the threat-width sweep's runs that chapter 6 reports: where units dead on
 * the training data still fire, and whether removing them changes any accuracy.
 *
 * @module
 */

import type { ResultRow } from "../../lab/result_row.ts";
import type { WidthGrid, WidthMetric } from "./width.ts";

/** One run of the threat-width sweep. */
export type WidthRow = ResultRow<WidthGrid, WidthMetric>;

/** Dead units of one width and learning rate, summed over its completed runs. */
export interface DeadElsewhereTotals {
  /** Units per hidden layer. */
  readonly width: number;
  /** SGD step size. */
  readonly learningRate: number;
  /** Completed runs. */
  readonly runs: number;
  /** Hidden units dead on the training inputs. */
  readonly deadUnits: number;
  /** Of those, units that fire on at least one test point. */
  readonly activeOnTest: number;
  /** Of those, units that fire somewhere on the shifted grid. */
  readonly activeOnShifted: number;
}

/**
 * Sums dead units, and those of them active on test and shifted inputs, per width and
 * learning rate, over the completed runs.
 *
 * @param rows Runs of `widthSweep`.
 * @returns One line per (width, learning rate), in order of first appearance.
 *
 * @example Two runs of one setting
 * ```ts
 * import { deadElsewhereTotals, type WidthRow } from "./width_summary.ts";
 * import { expect } from "chai";
 *
 * const run = { width: 4, learningRate: 3, status: "completed", deadUnits: 2, activeOnTest: 1, activeOnShifted: 2 };
 * const rows = [run, { ...run, deadUnits: 3, activeOnTest: 0 }] as unknown as WidthRow[];
 * expect(deadElsewhereTotals(rows)).to.deep.equal([
 *   { width: 4, learningRate: 3, runs: 2, deadUnits: 5, activeOnTest: 1, activeOnShifted: 4 },
 * ]);
 * ```
 */
export function deadElsewhereTotals(rows: readonly WidthRow[]): DeadElsewhereTotals[] {
  const totals = new Map<string, DeadElsewhereTotals>();
  for (const r of rows.filter((row) => row.status === "completed")) {
    const key = `${r.width} ${r.learningRate}`;
    const t = totals.get(key) ??
      {
        width: r.width,
        learningRate: r.learningRate,
        runs: 0,
        deadUnits: 0,
        activeOnTest: 0,
        activeOnShifted: 0,
      };
    totals.set(key, {
      ...t,
      runs: t.runs + 1,
      deadUnits: t.deadUnits + r.deadUnits!,
      activeOnTest: t.activeOnTest + r.activeOnTest!,
      activeOnShifted: t.activeOnShifted + r.activeOnShifted!,
    });
  }
  return [...totals.values()];
}

/** What removing the dead units did, over all completed runs. */
export interface PruningCheck {
  /** Completed runs. */
  readonly runs: number;
  /** Runs whose pruned network has exactly the original training accuracy. */
  readonly sameTrainAccuracy: number;
  /** Runs whose pruned network has exactly the original test accuracy. */
  readonly sameTestAccuracy: number;
  /** The largest absolute change of test accuracy (a share, e.g. 0.002). */
  readonly largestTestChange: number;
}

/**
 * Counts the runs in which pruning the dead units left the training and the test accuracy
 * unchanged, and the largest change of test accuracy.
 *
 * @param rows Runs of `widthSweep`.
 * @returns The counts.
 *
 * @example
 * ```ts
 * import { pruningCheck, type WidthRow } from "./width_summary.ts";
 * import { expect } from "chai";
 *
 * const run = { status: "completed", accuracy: 0.9, prunedAccuracy: 0.9, testAccuracy: 0.8, prunedTestAccuracy: 0.8 };
 * const rows = [run, { ...run, prunedTestAccuracy: 0.79 }] as unknown as WidthRow[];
 * const check = pruningCheck(rows);
 * expect([check.runs, check.sameTrainAccuracy, check.sameTestAccuracy]).to.deep.equal([2, 2, 1]);
 * expect(check.largestTestChange).to.be.closeTo(0.01, 1e-12);
 * ```
 */
export function pruningCheck(rows: readonly WidthRow[]): PruningCheck {
  const done = rows.filter((r) => r.status === "completed");
  const changes = done.map((r) => Math.abs(r.prunedTestAccuracy! - r.testAccuracy!));
  return {
    runs: done.length,
    sameTrainAccuracy: done.filter((r) => r.prunedAccuracy === r.accuracy).length,
    sameTestAccuracy: changes.filter((d) => d === 0).length,
    largestTestChange: Math.max(0, ...changes),
  };
}

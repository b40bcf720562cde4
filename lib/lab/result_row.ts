/**
 * The shape of one run's result: a row of the sweep's CSV file, parsed.
 *
 * Format: one CSV row per run (settings, replicate, seed, status, final metrics,
 * per-epoch metrics as a JSON array in the `perEpoch` cell, wall time, error). One row
 * per run keeps the file tidy at the level the statistics work on (one observation
 * per run), and makes a row the unit of resume: a run is either fully recorded or
 * not at all. {@linkcode perEpochRows} unfolds the `perEpoch` cells into a long table for
 * plotting curves.
 *
 * @module
 */

import type { AnySweep, EpochMetrics, Grid, Settings, SettingValue } from "./sweep.ts";

/**
 * How a run ended: trained to the end, diverged (non-finite loss), or threw/crashed.
 *
 * @example
 * ```ts
 * import type { RunStatus } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const statuses: RunStatus[] = ["completed", "diverged", "failed"];
 * expect(statuses).to.have.length(3);
 * ```
 */
export type RunStatus = "completed" | "diverged" | "failed";

/**
 * The run columns every results row has, besides its settings and metrics. A type alias,
 * not an interface, so that typed result rows fit `Record<string, unknown>` (the stats
 * functions take rows of that shape).
 *
 * @example The columns every row has
 * ```ts
 * import type { RunRecord } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const failed: RunRecord = {
 *   replicate: 1, seed: 42, status: "failed", divergedEpoch: null, perEpoch: [], wallSeconds: 0, error: "Error: out of memory",
 * };
 * expect(failed.status).to.equal("failed");
 * ```
 */
export type RunRecord = {
  /** Index of the seed within its combination of settings (0, 1, …). */
  readonly replicate: number;
  /** The seed the run was given, derived from its settings and replicate. */
  readonly seed: number;
  /** How the run ended. */
  readonly status: RunStatus;
  /** The epoch at which training diverged, or `null`. */
  readonly divergedEpoch: number | null;
  /** Per-epoch metrics as the run reported them (empty if it reported none). */
  readonly perEpoch: readonly EpochMetrics[];
  /** Wall-clock seconds the run took inside its worker. */
  readonly wallSeconds: number;
  /** Why a failed run failed (with its settings), or `null`. */
  readonly error: string | null;
};

/**
 * A results row of a sweep whose fields and metrics are not known statically.
 *
 * @example
 * ```ts
 * import type { AnyResultRow } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const row: AnyResultRow = {
 *   activation: "relu", accuracy: 0.97, replicate: 0, seed: 1, status: "completed",
 *   divergedEpoch: null, perEpoch: [], wallSeconds: 2, error: null,
 * };
 * expect(row.activation).to.equal("relu");
 * ```
 */
export type AnyResultRow = RunRecord & {
  readonly [column: string]: SettingValue | null | readonly EpochMetrics[];
};

/**
 * One parsed results row: settings, metrics (`null` when missing) and run columns.
 * For a sweep whose grid type is not known statically, {@linkcode AnyResultRow}.
 *
 * @example
 * ```ts
 * import { defineSweep, resultColumns } from "relu-lab/lab";
 * import type { ResultRow } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const row: ResultRow = {
 *   x: 2, replicate: 0, seed: 7, status: "completed", divergedEpoch: null, y: 4,
 *   perEpoch: [], wallSeconds: 0.1, error: null,
 * };
 * expect(resultColumns(sweep).every((column) => column in row)).to.equal(true);
 * ```
 */
export type ResultRow<G extends Grid = Grid, M extends string = string> = string extends keyof G
  ? AnyResultRow
  : Settings<G> & { readonly [K in M]: number | null } & RunRecord;

/**
 * Names of the run columns, which grid fields and metrics may not use.
 *
 * @example
 * ```ts
 * import { RUN_COLUMNS } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(RUN_COLUMNS).to.include.members(["seed", "status", "perEpoch"]);
 * ```
 */
export const RUN_COLUMNS: readonly string[] = [
  "replicate",
  "seed",
  "status",
  "divergedEpoch",
  "perEpoch",
  "wallSeconds",
  "error",
];

/**
 * Lists a sweep's CSV columns in file order: grid fields, replicate, seed, status,
 * divergedEpoch, metrics, perEpoch, wallSeconds, error.
 *
 * @param sweep The sweep.
 * @returns The header row of its results file.
 *
 * @example Columns of a one-field sweep
 * ```ts
 * import { defineSweep, resultColumns } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square",
 *   description: "Squares x.",
 *   module: import.meta.url,
 *   grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } },
 *   metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(resultColumns(sweep)).to.deep.equal([
 *   "x", "replicate", "seed", "status", "divergedEpoch", "y", "perEpoch", "wallSeconds", "error",
 * ]);
 * ```
 */
export function resultColumns(sweep: AnySweep): string[] {
  const [replicate, seed, status, divergedEpoch, ...rest] = RUN_COLUMNS;
  return [...sweep.fields, replicate!, seed!, status!, divergedEpoch!, ...sweep.metrics, ...rest];
}

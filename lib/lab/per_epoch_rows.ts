/**
 * Unfolding the per-epoch JSON cells of result rows into a long table (one row per run
 * and epoch, or per run, epoch and hidden layer) for plotting curves.
 *
 * @module
 */

import { requireBoolean } from "../core/_validate.ts";
import type { RunRecord } from "./result_row.ts";
import type { AnySweep, SettingValue } from "./sweep.ts";

/**
 * Options of {@linkcode perEpochRows}.
 *
 * @example
 * ```ts
 * import { defineSweep, perEpochRows } from "relu-lab/lab";
 * import type { PerEpochRowsOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const options: PerEpochRowsOptions = { byLayer: true };
 * expect(perEpochRows(sweep, [], options)).to.deep.equal([]);
 * ```
 */
export interface PerEpochRowsOptions {
  /**
   * One row per hidden layer too: list values (e.g. `deadFraction: [0.1, 0.3]`) become
   * one number per row, with a `layer` column (0 = nearest the input).
   * @default false
   */
  readonly byLayer?: boolean;
}

/**
 * One row of the long table: the run's settings, replicate, seed, status and an epoch's values.
 *
 * @example
 * ```ts
 * import { defineSweep, perEpochRows } from "relu-lab/lab";
 * import type { PerEpochRow, ResultRow } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const row: ResultRow = {
 *   x: 2, replicate: 0, seed: 7, status: "completed", divergedEpoch: null, y: 4,
 *   perEpoch: [{ epoch: 1, loss: 0.5 }], wallSeconds: 0.1, error: null,
 * };
 * const [first]: PerEpochRow[] = perEpochRows(sweep, [row]);
 * expect([first!.x, first!.epoch, first!.loss]).to.deep.equal([2, 1, 0.5]);
 * ```
 */
export type PerEpochRow = Readonly<
  Record<string, SettingValue | null | readonly (number | null)[]>
>;

/**
 * Unfolds result rows into one row per run and epoch (and layer, with `byLayer`).
 *
 * @param sweep The sweep the rows come from (its fields are kept).
 * @param rows Result rows, e.g. from `runSweep`.
 * @param options Whether to unfold per-layer lists too.
 * @returns The long table, runs in the given order, epochs ascending.
 *
 * @example Two epochs of one run
 * ```ts
 * import { defineSweep, perEpochRows } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "curve", description: "A curve.", module: import.meta.url, grid: { act: ["relu"] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["loss"],
 *   run: () => ({ metrics: { loss: 0 } }),
 * });
 * const row = {
 *   act: "relu", replicate: 0, seed: 7, status: "completed" as const, divergedEpoch: null,
 *   loss: 0.2, wallSeconds: 1, error: null,
 *   perEpoch: [{ epoch: 1, loss: 0.5, dead: [0, 0.25] }, { epoch: 2, loss: 0.2, dead: [0, 0.5] }],
 * };
 * expect(perEpochRows(sweep, [row])[1]).to.deep.equal({
 *   act: "relu", replicate: 0, seed: 7, status: "completed", epoch: 2, loss: 0.2, dead: [0, 0.5],
 * });
 * const layers = perEpochRows(sweep, [row], { byLayer: true });
 * expect(layers.map((r) => [r.epoch, r.layer, r.dead])).to.deep.equal([[1, 0, 0], [1, 1, 0.25], [2, 0, 0], [2, 1, 0.5]]);
 * ```
 */
export function perEpochRows(
  sweep: AnySweep,
  rows: readonly RunRecord[],
  options: PerEpochRowsOptions = {},
): PerEpochRow[] {
  if (options.byLayer !== undefined) requireBoolean("byLayer", options.byLayer);
  return rows.flatMap((row) => {
    const run: Record<string, SettingValue> = {};
    for (const column of [...sweep.fields, "replicate", "seed", "status"]) {
      run[column] = (row as unknown as Record<string, SettingValue>)[column]!;
    }
    return row.perEpoch.flatMap((epoch) => {
      if (!options.byLayer) return [{ ...run, ...epoch }];
      const lists = Object.values(epoch).filter(Array.isArray);
      if (lists.length === 0) return [{ ...run, ...epoch, layer: null }];
      const layers = Math.max(...lists.map((list) => list.length));
      return Array.from({ length: layers }, (_, layer) => {
        const values = Object.entries(epoch).map(([key, value]) =>
          [key, Array.isArray(value) ? value[layer] ?? null : value] as const
        );
        return { ...run, ...Object.fromEntries(values), layer };
      });
    });
  });
}

/**
 * {@linkcode pivotTable}: rows of (row key, column key, value) laid out as a grid, e.g. one
 * line per dataset and one column per activation.
 *
 * @module
 */

import { describe } from "../core/_validate.ts";
import { type Cell, Table } from "../display/table.ts";

/** Options of {@linkcode pivotTable}. */
export interface PivotOptions<R> {
  /** The field whose values become the table's lines, e.g. `"dataset"`. */
  readonly row: string;
  /** The field whose values become its columns, e.g. `"activation"`. */
  readonly column: string;
  /** The cell of a row, e.g. a formatted mean with its interval. */
  readonly cell: (row: R) => Cell;
  /**
   * A caption above the table.
   * @default ""
   */
  readonly caption?: string;
}

/**
 * Lays rows out as a grid: one line per value of `row` and one column per value of
 * `column`, both in order of first appearance; a missing combination is an empty cell.
 *
 * @param rows The rows, each with the `row` and `column` fields.
 * @param options The two fields, how to render a cell, and a caption.
 * @returns The table.
 *
 * @example Accuracy per dataset and activation
 * ```ts
 * import { pivotTable } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const rows = [
 *   { dataset: "moons", activation: "relu", mean: 0.95 },
 *   { dataset: "moons", activation: "elu", mean: 0.96 },
 *   { dataset: "xor", activation: "relu", mean: 0.97 },
 * ];
 * const table = pivotTable(rows, { row: "dataset", column: "activation", cell: (r) => r.mean });
 * expect(table.columns).to.deep.equal(["dataset", "relu", "elu"]);
 * expect(table.cells[1]).to.deep.equal(["xor", "0.97", ""]);
 * ```
 */
export function pivotTable<R extends Readonly<Record<string, unknown>>>(
  rows: readonly R[],
  options: PivotOptions<R>,
): Table {
  if (!Array.isArray(rows)) {
    throw new TypeError(`Expected rows to be an array of rows, received ${describe(rows)}`);
  }
  if (rows.length === 0) {
    throw new RangeError("Expected rows to hold at least one row, received none");
  }
  const { row, column, cell, caption = "" } = options;
  if (typeof cell !== "function") {
    throw new TypeError(`Expected cell to be a function of a row, received ${describe(cell)}`);
  }
  const lines = new Map<string, Record<string, Cell>>();
  const columns: string[] = [];
  rows.forEach((r, i) => {
    if (!(row in r) || !(column in r)) {
      throw new RangeError(
        `Expected rows[${i}] to have the fields ${describe(row)} and ${describe(column)}`,
      );
    }
    const key = String(r[row]), name = String(r[column]);
    if (!columns.includes(name)) columns.push(name);
    const line = lines.get(key) ?? lines.set(key, { [row]: key }).get(key)!;
    line[name] = cell(r);
  });
  const table = [...lines.values()].map((line) =>
    Object.fromEntries([row, ...columns].map((c) => [c, line[c] ?? ""]))
  );
  return new Table(table, { columns: [row, ...columns], caption });
}

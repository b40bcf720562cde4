// Grouping result rows by field values, and reading a metric off them, for the table
// builders. Private to lib/stats.

import { describe } from "../core/_validate.ts";

/**
 * A row of any results table: named cells, e.g. `{ activation: "relu", seed: 3, accuracy: 0.97 }`.
 * The table builders (`summarize`, `compareConditions`, `meanFinding`, `pairedFinding`) take
 * arrays of them.
 *
 * @example
 * ```ts
 * import { Rng } from "relu-lab";
 * import { summarize } from "relu-lab/lab";
 * import type { Row } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const rows: Row[] = [{ act: "relu", acc: 0.9 }, { act: "relu", acc: 0.8 }];
 * expect(summarize(rows, { groupBy: ["act"], metric: "acc", rng: new Rng(0) })[0]!.n).to.equal(2);
 * ```
 */
export type Row = Readonly<Record<string, unknown>>;

/** Groups rows by the values of `fields`, in order of first appearance. */
export function groupRows<R extends Row>(
  rows: readonly R[],
  fields: readonly string[],
  name = "groupBy",
): { key: Record<string, unknown>; rows: R[] }[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`Expected rows to be an array, received ${describe(rows)}`);
  }
  requireFieldList(name, fields);
  const groups = new Map<string, { key: Record<string, unknown>; rows: R[] }>();
  rows.forEach((row, i) => {
    for (const field of fields) {
      if (!(field in row)) {
        throw new RangeError(
          `Expected rows[${i}] to have the field ${describe(field)}, received none`,
        );
      }
    }
    const key = Object.fromEntries(fields.map((field) => [field, row[field]]));
    const id = JSON.stringify(fields.map((field) => row[field]));
    const group = groups.get(id) ?? groups.set(id, { key, rows: [] }).get(id)!;
    group.rows.push(row);
  });
  return [...groups.values()];
}

/** Returns a row's metric: a finite number, or null (diverged, failed or not measured). */
export function metricOf(row: Row, metric: string, index: number): number | null {
  const value = row[metric];
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(
      `Expected rows[${index}].${metric} to be a finite number or null, received ${
        describe(value)
      }`,
    );
  }
  return value;
}

/** Throws unless `fields` is an array of field names (a lone string would group by letters). */
export function requireFieldList(name: string, fields: unknown): asserts fields is string[] {
  if (!Array.isArray(fields) || !fields.every((f) => typeof f === "string")) {
    throw new TypeError(
      `Expected ${name} to be an array of field names, received ${describe(fields)}`,
    );
  }
}

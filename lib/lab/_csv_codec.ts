// Encodes results rows as CSV lines and decodes parsed CSV records back into rows,
// checking every cell. Private to lib/lab.

import { stringify } from "csv-stringify/sync";
import { runKey, runSeed } from "./plan.ts";
import { resultColumns, type ResultRow, type RunStatus } from "./result_row.ts";
import type { AnySweep, EpochMetrics, SettingValue } from "./sweep.ts";

const _STATUSES: readonly RunStatus[] = ["completed", "diverged", "failed"];

/** Returns the CSV header line of a sweep's results file, with its newline. */
export function headerLine(sweep: AnySweep): string {
  return stringify([resultColumns(sweep)]);
}

/** Returns one row as a CSV line, with its newline; cells never contain line breaks. */
export function encodeRow(sweep: AnySweep, row: ResultRow): string {
  const cell = (value: number | null) => (value === null ? "" : String(value));
  const cells = [
    ...sweep.fields.map((field) => String(row[field])),
    String(row.replicate),
    String(row.seed),
    row.status,
    cell(row.divergedEpoch),
    ...sweep.metrics.map((metric) => cell(row[metric] as number | null)),
    JSON.stringify(row.perEpoch),
    String(row.wallSeconds),
    (row.error ?? "").replace(/\s*[\r\n]+\s*/g, " "),
  ];
  return stringify([cells]);
}

/** Returns the key of a decoded row (see `runKey`). */
export function rowKey(sweep: AnySweep, row: ResultRow): string {
  return runKey(sweep.fields.map((field) => String(row[field])), row.replicate);
}

/** Decodes one CSV record into a row; throws an Error whose message says which cell is bad. */
export function decodeRecord(sweep: AnySweep, cells: readonly string[]): ResultRow {
  const columns = resultColumns(sweep);
  if (cells.length !== columns.length) {
    throw new Error(`expected ${columns.length} cells, found ${cells.length}`);
  }
  const at = (column: string) => cells[columns.indexOf(column)]!;
  const row: Record<string, unknown> = {};
  for (const field of sweep.fields) {
    row[field] = _setting(field, at(field), typeof sweep.grid[field]![0]);
  }
  const replicate = _integer("replicate", at("replicate"));
  const seed = _integer("seed", at("seed"));
  const expected = runSeed(sweep, row as Record<string, SettingValue>, replicate);
  if (seed !== expected) {
    throw new Error(`seed ${seed} is not the seed ${expected} these settings derive`);
  }
  const status = at("status") as RunStatus;
  if (!_STATUSES.includes(status)) throw new Error(`bad status ${JSON.stringify(status)}`);
  const divergedEpoch = at("divergedEpoch") === ""
    ? null
    : _integer("divergedEpoch", at("divergedEpoch"));
  if ((status === "diverged") !== (divergedEpoch !== null)) {
    throw new Error(`divergedEpoch must be set exactly when status is "diverged"`);
  }
  for (const metric of sweep.metrics) {
    row[metric] = at(metric) === "" ? null : _number(metric, at(metric));
  }
  const wallSeconds = _number("wallSeconds", at("wallSeconds"));
  const error = at("error") === "" ? null : at("error");
  return {
    ...row,
    replicate,
    seed,
    status,
    divergedEpoch,
    perEpoch: _perEpoch(at("perEpoch")),
    wallSeconds,
    error,
  } as ResultRow;
}

function _setting(column: string, cell: string, type: string): SettingValue {
  if (type === "number") return _number(column, cell);
  if (type === "boolean") {
    if (cell !== "true" && cell !== "false") {
      throw new Error(`${column}: expected true or false, found "${cell}"`);
    }
    return cell === "true";
  }
  if (cell === "") throw new Error(`${column}: empty`);
  return cell;
}

function _number(column: string, cell: string): number {
  const value = Number(cell);
  if (cell.trim() === "" || !Number.isFinite(value)) {
    throw new Error(`${column}: expected a finite number, found "${cell}"`);
  }
  return value;
}

function _integer(column: string, cell: string): number {
  const value = _number(column, cell);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${column}: expected a non-negative integer, found "${cell}"`);
  }
  return value;
}

function _perEpoch(cell: string): EpochMetrics[] {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    throw new Error(`perEpoch: expected a JSON array, found "${cell.slice(0, 40)}"`);
  }
  if (
    !Array.isArray(value) ||
    !value.every((e) => e !== null && typeof e === "object" && !Array.isArray(e))
  ) {
    throw new Error(`perEpoch: expected a JSON array of objects, found "${cell.slice(0, 40)}"`);
  }
  return value;
}

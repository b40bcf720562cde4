/**
 * Reading a sweep's results CSV safely: a file written by another sweep or damaged
 * is refused with its path and line; a last line cut short by a kill is ignored.
 *
 * @module
 */

import { parse } from "csv-parse/sync";
import { decodeRecord, headerLine, rowKey } from "./_csv_codec.ts";
import type { ResultRow } from "./result_row.ts";
import type { AnySweep, Grid, Sweep } from "./sweep.ts";

/**
 * A results file that is corrupt or belongs to something else; it is never overwritten.
 *
 * @example The message starts with path and line
 * ```ts
 * import { ResultsFileError } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const error = new ResultsFileError("data/results/x.csv", 7, "bad status");
 * expect(error.message).to.match(/^data\/results\/x\.csv:7: bad status/);
 * expect([error.path, error.line]).to.deep.equal(["data/results/x.csv", 7]);
 * ```
 */
export class ResultsFileError extends Error {
  /** The file. */
  readonly path: string;
  /** The 1-based line at fault. */
  readonly line: number;

  /**
   * An error at `line` of the results file `path`.
   *
   * @example
   * ```ts
   * import { ResultsFileError } from "relu-lab/lab";
   * import { expect } from "chai";
   *
   * const error = new ResultsFileError("runs.csv", 3, "a row of 4 cells, expected 5");
   * expect([error.name, error.line]).to.deep.equal(["ResultsFileError", 3]);
   * expect(error.message).to.match(/^runs.csv:3: a row of 4 cells/);
   * ```
   *
   * @param path The file.
   * @param line The 1-based line at fault.
   * @param reason What is wrong there.
   */
  constructor(path: string, line: number, reason: string) {
    super(`${path}:${line}: ${reason} (the file was left untouched; move it away to start afresh)`);
    this.name = "ResultsFileError";
    this.path = path;
    this.line = line;
  }
}

/**
 * What a scan of a results file found.
 *
 * @example
 * ```ts
 * import { defineSweep, scanResults } from "relu-lab/lab";
 * import type { ResultsScan } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const scan: ResultsScan = await scanResults("/nonexistent/square.csv", sweep);
 * expect([scan.rows.length, scan.completeBytes, scan.truncated]).to.deep.equal([0, 0, false]);
 * ```
 */
export interface ResultsScan {
  /** The complete rows, in file order. */
  readonly rows: ResultRow[];
  /** Byte length of the file's complete lines (header and rows). */
  readonly completeBytes: number;
  /** Whether the file ends in a partial line (a write cut short). */
  readonly truncated: boolean;
}

/**
 * Reads the rows of a sweep's results CSV, ignoring a partial last line.
 *
 * @param path The CSV file; a missing file has no rows.
 * @param sweep The sweep that wrote it.
 * @returns The rows, in file order.
 * @throws {ResultsFileError} If the header is not this sweep's, a row does not parse or
 * fails its checks (e.g. a seed its settings do not derive), or a run appears twice.
 *
 * @example A missing file has no rows
 * ```ts
 * import { defineSweep, readResults } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(await readResults("data/results/.test/missing.csv", sweep)).to.deep.equal([]);
 * ```
 */
export async function readResults<G extends Grid, M extends string>(
  path: string,
  sweep: Sweep<G, M>,
): Promise<ResultRow<G, M>[]> {
  return (await scanResults(path, sweep)).rows as ResultRow<G, M>[];
}

/**
 * Scans a results file: its complete rows, and where the complete part ends.
 *
 * @param path The CSV file; a missing file scans as empty.
 * @param sweep The sweep that wrote it.
 * @returns The scan.
 * @throws {ResultsFileError} As {@linkcode readResults}.
 *
 * @example A missing file scans as empty
 * ```ts
 * import { defineSweep, scanResults } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const scan = await scanResults("data/results/.test/missing.csv", sweep);
 * expect(scan).to.deep.equal({ rows: [], completeBytes: 0, truncated: false });
 * ```
 */
export async function scanResults(path: string, sweep: AnySweep): Promise<ResultsScan> {
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      return { rows: [], completeBytes: 0, truncated: false };
    }
    throw error;
  }
  const completeBytes = bytes.lastIndexOf(10) + 1;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, completeBytes));
  const header = headerLine(sweep);
  const truncated = completeBytes < bytes.length;
  if (completeBytes === 0) {
    // Nothing complete yet: only a header cut short is ours.
    const tail = new TextDecoder().decode(bytes);
    if (!header.startsWith(tail)) throw new ResultsFileError(path, 1, "not this sweep's header");
    return { rows: [], completeBytes: 0, truncated };
  }
  if (!text.startsWith(header)) {
    const found = text.slice(0, text.indexOf("\n"));
    throw new ResultsFileError(path, 1, `expected the header ${header.trim()}, found ${found}`);
  }
  return { rows: _decodeRows(path, sweep, text), completeBytes, truncated };
}

function _decodeRows(path: string, sweep: AnySweep, text: string): ResultRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new ResultsFileError(path, line, (error as Error).message);
  }
  const lineOf = new Map<string, number>();
  return records.slice(1).map(({ record, info }) => {
    let row: ResultRow;
    try {
      row = decodeRecord(sweep, record);
    } catch (error) {
      throw new ResultsFileError(path, info.lines, (error as Error).message);
    }
    const key = rowKey(sweep, row);
    const first = lineOf.get(key);
    if (first !== undefined) {
      throw new ResultsFileError(path, info.lines, `the run ${key} is already at line ${first}`);
    }
    lineOf.set(key, info.lines);
    return row;
  });
}

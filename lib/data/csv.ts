/**
 * Datasets as CSV files: a header `x0,x1,…,x{k-1},y`, then one sample per line. Read and
 * written with the `csv-parse` and `csv-stringify` npm packages (see README: they stand in
 * for Deno's std CSV module, which lives on JSR).
 *
 * @module
 */

import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { type Dtype, zeros } from "../core/matrix.ts";
import { describe, requireInteger, requireOneOf } from "../core/_validate.ts";
import { type Dataset, requireDataset } from "./dataset.ts";

/**
 * A dataset CSV file that cannot be read: the message names the path, line and problem.
 *
 * @example The message
 * ```ts
 * import { CsvFormatError } from "relu-lab";
 * import { expect } from "chai";
 *
 * const error = new CsvFormatError("data/a.csv", 3, "ragged row: expected 3 cells, received 2");
 * expect(error.message).to.equal("Malformed dataset CSV data/a.csv, line 3: ragged row: expected 3 cells, received 2");
 * ```
 */
export class CsvFormatError extends Error {
  /** The error's name, `"CsvFormatError"`. */
  override name = "CsvFormatError";
  /**
   * Creates the error for a problem at a line of a file.
   *
   * @param path The file.
   * @param line The 1-based line of the problem.
   * @param problem What is wrong there.
   *
   * @example
   * ```ts
   * import { CsvFormatError } from "relu-lab";
   * import { expect } from "chai";
   *
   * expect(new CsvFormatError("a.csv", 2, "a bad label").line).to.equal(2);
   * ```
   */
  constructor(readonly path: string, readonly line: number, problem: string) {
    super(`Malformed dataset CSV ${path}, line ${line}: ${problem}`);
  }
}

/**
 * Options for {@linkcode loadDatasetCsv}.
 *
 * @example
 * ```ts
 * import { loadDatasetCsv, saveDatasetCsv, xor } from "relu-lab";
 * import type { LoadCsvOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await saveDatasetCsv(path, xor(0, { n: 8 }));
 * const options: LoadCsvOptions = { name: "xor", classes: 2, dtype: "float64" };
 * expect((await loadDatasetCsv(path, options)).name).to.equal("xor");
 * await Deno.remove(path);
 * ```
 */
export interface LoadCsvOptions {
  /** The dataset's name. @default the file name without directory and `.csv` */
  name?: string;
  /** Number of classes, an integer >= 2 above every label. @default max(2, largest label + 1) */
  classes?: number;
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/** The shortest decimal that reads back as exactly `value` in the given dtype. */
function _shortest(value: number, dtype: Dtype): string {
  if (dtype === "float32") {
    for (let digits = 1; digits < 9; digits++) {
      const text = String(Number(value.toPrecision(digits)));
      if (Math.fround(Number(text)) === value) return text;
    }
  }
  return String(value);
}

/**
 * Writes a dataset as CSV (header `x0,…,x{k-1},y`), creating the directory if needed.
 * Numbers are written in the shortest form that reads back to the same bits.
 *
 * @param path The file to write, e.g. `data/circles.csv`.
 * @param dataset The dataset.
 *
 * @example Round trip through a file
 * ```ts
 * import { circles, loadDatasetCsv, saveDatasetCsv } from "relu-lab";
 * import { expect } from "chai";
 *
 * await Deno.mkdir("tests/.out", { recursive: true });
 * const dir = await Deno.makeTempDir({ dir: "tests/.out" });
 * const ds = circles(0, { n: 20, noise: 0.1 });
 * await saveDatasetCsv(`${dir}/circles.csv`, ds);
 * expect(await loadDatasetCsv(`${dir}/circles.csv`)).to.deep.equal(ds);
 * ```
 */
export async function saveDatasetCsv(path: string, dataset: Dataset): Promise<void> {
  if (typeof path !== "string" || path === "") {
    throw new TypeError(`Expected path to be a file path, received ${describe(path)}`);
  }
  requireDataset("dataset", dataset);
  const { x, y } = dataset;
  const dtype = x.data instanceof Float64Array ? "float64" : "float32";
  const rows: string[][] = [[...Array.from({ length: x.cols }, (_, j) => `x${j}`), "y"]];
  for (let i = 0; i < x.rows; i++) {
    const features = Array.from(
      x.data.subarray(i * x.cols, (i + 1) * x.cols),
      (v) => _shortest(v, dtype),
    );
    rows.push([...features, String(y.data[i])]);
  }
  const slash = path.lastIndexOf("/");
  if (slash > 0) await Deno.mkdir(path.slice(0, slash), { recursive: true });
  await Deno.writeTextFile(path, stringify(rows));
}

/** A parsed CSV record with the line it ends on. */
interface _Record {
  record: string[];
  info: { lines: number };
}

/** Parses CSV text into records with line numbers, turning parser errors into CsvFormatErrors. */
function _records(path: string, text: string): _Record[] {
  try {
    return parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as _Record[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new CsvFormatError(path, line, (error as Error).message);
  }
}

/** Throws unless `header` is `x0,…,x{k-1},y` with k >= 1. */
function _checkHeader(path: string, header: string[], line: number): void {
  const features = Math.max(1, header.length - 1);
  const expected = [...Array.from({ length: features }, (_, j) => `x${j}`), "y"];
  if (header.join() === expected.join()) return;
  const received = `received ${JSON.stringify(header.join(","))}`;
  if (header.every((cell) => cell.trim() !== "" && Number.isFinite(Number(cell)))) {
    throw new CsvFormatError(
      path,
      line,
      `missing header row: expected "x0,…,y" first, ${received}`,
    );
  }
  if (!header.includes("y")) {
    throw new CsvFormatError(path, line, `missing y column in the header, ${received}`);
  }
  throw new CsvFormatError(
    path,
    line,
    `expected the header ${JSON.stringify(expected.join(","))}, ${received}`,
  );
}

/**
 * Reads a dataset from CSV: a header `x0,…,x{k-1},y`, then one sample per line with k
 * numeric features and an integer label >= 0. Blank lines are skipped.
 *
 * @param path The file to read.
 * @param options Name, number of classes and dtype.
 * @returns The dataset.
 * @throws {CsvFormatError} For an empty file, a missing or wrong header, a missing y
 * column, a ragged row, a non-numeric cell or a bad label; the message names the path and line.
 * @throws {Deno.errors.NotFound} If there is no file at `path` (the message names it).
 *
 * @example A missing file
 * ```ts
 * import { loadDatasetCsv } from "relu-lab";
 * import { expect } from "chai";
 *
 * const error = await loadDatasetCsv("data/no-such.csv").catch((e) => e);
 * expect(error.message).to.equal("Cannot read dataset CSV data/no-such.csv: no such file");
 * ```
 */
export async function loadDatasetCsv(path: string, options: LoadCsvOptions = {}): Promise<Dataset> {
  if (typeof path !== "string" || path === "") {
    throw new TypeError(`Expected path to be a file path, received ${describe(path)}`);
  }
  const { name = path.replace(/^.*\//, "").replace(/\.csv$/i, ""), classes, dtype = "float32" } =
    options;
  requireOneOf("dtype", dtype, ["float32", "float64"]);
  if (classes !== undefined) requireInteger("classes", classes, 2);
  const text = await Deno.readTextFile(path).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new Deno.errors.NotFound(`Cannot read dataset CSV ${path}: no such file`);
  });
  const records = _records(path, text);
  const [header, ...rows] = records;
  if (header === undefined) {
    throw new CsvFormatError(path, 1, 'empty file: expected a header "x0,…,y" and data rows');
  }
  _checkHeader(path, header.record, header.info.lines);
  if (rows.length === 0) {
    throw new CsvFormatError(path, header.info.lines + 1, "no data rows after the header");
  }
  const cols = header.record.length;
  const x = zeros(rows.length, cols - 1, dtype);
  const y = zeros(rows.length, 1, dtype);
  let largest = 0;
  rows.forEach(({ record, info }, i) => {
    if (record.length !== cols) {
      throw new CsvFormatError(
        path,
        info.lines,
        `ragged row: expected ${cols} cells, received ${record.length}`,
      );
    }
    record.forEach((cell, j) => {
      const value = Number(cell);
      if (cell.trim() === "" || !Number.isFinite(value)) {
        throw new CsvFormatError(
          path,
          info.lines,
          `non-numeric cell ${JSON.stringify(cell)} in column ${header.record[j]}`,
        );
      }
      if (j < cols - 1) x.data[i * (cols - 1) + j] = value;
      else if (
        !Number.isInteger(value) || value < 0 || (classes !== undefined && value >= classes)
      ) {
        const range = classes === undefined ? "an integer >= 0" : `an integer in [0, ${classes})`;
        throw new CsvFormatError(
          path,
          info.lines,
          `expected the label y to be ${range}, received ${cell}`,
        );
      } else {
        y.data[i] = value;
        largest = Math.max(largest, value);
      }
    });
  });
  return { name, x, y, classes: classes ?? Math.max(2, largest + 1) };
}

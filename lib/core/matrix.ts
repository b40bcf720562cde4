/**
 * Dense row-major matrices over typed arrays: the one data structure layers,
 * losses and datasets exchange. A batch is a matrix with one sample per row.
 *
 * @module
 */

import { describe, requireAllFinite, requireInteger, requireOneOf } from "./_validate.ts";

/**
 * Floating-point storage: float32 for speed (default), float64 for gradient checks.
 *
 * @example
 * ```ts
 * import { zeros } from "relu-lab";
 * import type { Dtype } from "relu-lab";
 * import { expect } from "chai";
 *
 * const dtype: Dtype = "float64";
 * expect(zeros(1, 1, dtype).data).to.be.instanceOf(Float64Array);
 * ```
 */
export type Dtype = "float32" | "float64";

/**
 * The typed arrays a {@linkcode Matrix} may hold.
 *
 * @example
 * ```ts
 * import type { FloatArray } from "relu-lab";
 * import { relu } from "relu-lab";
 * import { expect } from "chai";
 *
 * const x: FloatArray = Float64Array.of(-1, 2), out: FloatArray = new Float64Array(2);
 * relu.forward(x, out);
 * expect(Array.from(out)).to.deep.equal([0, 2]);
 * ```
 */
export type FloatArray = Float32Array | Float64Array;

/**
 * A `rows` × `cols` matrix stored row-major in `data` (entry (i, j) at `i * cols + j`).
 *
 * @example Built by hand: data must hold rows × cols values
 * ```ts
 * import { mlp } from "relu-lab";
 * import type { Matrix } from "relu-lab";
 * import { expect } from "chai";
 *
 * const x: Matrix = { rows: 2, cols: 2, data: Float32Array.of(0, 1, 1, 0) };
 * expect(mlp({ sizes: [2, 3, 1] }).predict(x).rows).to.equal(2);
 * ```
 */
export interface Matrix {
  /** Number of rows (samples in a batch). */
  readonly rows: number;
  /** Number of columns (features or units). */
  readonly cols: number;
  /** Row-major entries, `rows * cols` long. */
  readonly data: FloatArray;
}

/**
 * The dtypes a matrix may have.
 *
 * @example
 * ```ts
 * import { DTYPES } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(DTYPES).to.deep.equal(["float32", "float64"]);
 * ```
 */
export const DTYPES: readonly Dtype[] = ["float32", "float64"];

/**
 * Allocates a zero-filled typed array of the given dtype.
 *
 * @param length Entries.
 * @param dtype Storage type.
 * @returns The array.
 *
 * @example
 * ```ts
 * import { allocate } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(allocate(3, "float64")).to.be.instanceOf(Float64Array);
 * ```
 */
export function allocate(length: number, dtype: Dtype = "float32"): FloatArray {
  return dtype === "float64" ? new Float64Array(length) : new Float32Array(length);
}

/**
 * Returns the dtype of a typed array.
 *
 * @param data A matrix's data.
 * @returns Its dtype.
 *
 * @example
 * ```ts
 * import { dtypeOf } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(dtypeOf(new Float32Array(2))).to.equal("float32");
 * ```
 */
export function dtypeOf(data: FloatArray): Dtype {
  return data instanceof Float64Array ? "float64" : "float32";
}

/**
 * Creates a zero matrix.
 *
 * @param rows Number of rows, an integer >= 0.
 * @param cols Number of columns, an integer >= 0.
 * @param dtype Storage type.
 * @returns A matrix of zeros.
 *
 * @example A 2×3 zero matrix
 * ```ts
 * import { zeros } from "relu-lab";
 * import { expect } from "chai";
 *
 * const m = zeros(2, 3);
 * expect(m.data.length).to.equal(6);
 * ```
 */
export function zeros(rows: number, cols: number, dtype: Dtype = "float32"): Matrix {
  requireInteger("rows", rows, 0);
  requireInteger("cols", cols, 0);
  requireOneOf("dtype", dtype, DTYPES);
  return { rows, cols, data: allocate(rows * cols, dtype) };
}

/**
 * Builds a matrix from nested number arrays, checking they are rectangular and finite.
 *
 * @param rows One array of numbers per row.
 * @param dtype Storage type.
 * @param name Name of the argument, for error messages.
 * @returns The matrix.
 *
 * @example From rows and back
 * ```ts
 * import { fromRows, toRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * const m = fromRows([[1, 2], [3, 4]], "float64");
 * expect(toRows(m)).to.deep.equal([[1, 2], [3, 4]]);
 * ```
 */
export function fromRows(
  rows: ReadonlyArray<ArrayLike<number>>,
  dtype: Dtype = "float32",
  name = "rows",
): Matrix {
  if (!Array.isArray(rows)) {
    throw new TypeError(`Expected ${name} to be an array of rows, received ${describe(rows)}`);
  }
  const cols = rows[0]?.length ?? 0;
  const m = zeros(rows.length, cols, dtype);
  rows.forEach((row, i) => {
    if (row?.length !== cols) {
      throw new RangeError(
        `Expected ${name} to be rectangular with ${cols} columns, received row ${i} of length ${row?.length}`,
      );
    }
    requireAllFinite(`${name}[${i}]`, row);
    for (let j = 0; j < cols; j++) m.data[i * cols + j] = row[j]!;
  });
  return m;
}

/**
 * Converts a matrix to nested plain number arrays.
 *
 * @param m The matrix.
 * @returns One array per row.
 *
 * @example
 * ```ts
 * import { toRows, zeros } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(toRows(zeros(2, 1))).to.deep.equal([[0], [0]]);
 * ```
 */
export function toRows(m: Matrix): number[][] {
  requireShape("m", m);
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) {
    out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  }
  return out;
}

/**
 * Returns row `i` of `m` as a view (no copy).
 *
 * @param m The matrix.
 * @param i A row index in [0, rows).
 * @returns The row's entries, sharing `m`'s memory.
 *
 * @example
 * ```ts
 * import { fromRows, row } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(Array.from(row(fromRows([[1, 2], [3, 4]]), 1))).to.deep.equal([3, 4]);
 * ```
 */
export function row(m: Matrix, i: number): FloatArray {
  requireShape("m", m);
  requireInteger("i", i, 0);
  if (i >= m.rows) throw new RangeError(`Expected i to be below the ${m.rows} rows, received ${i}`);
  return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

/**
 * Copies the rows of `m` listed in `indices` into a new matrix, in that order.
 *
 * @param m The matrix.
 * @param indices Row indices in [0, rows); they may repeat.
 * @returns A new matrix of `indices.length` rows.
 *
 * @example
 * ```ts
 * import { fromRows, takeRows, toRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(toRows(takeRows(fromRows([[1], [2], [3]]), [2, 0]))).to.deep.equal([[3], [1]]);
 * ```
 */
export function takeRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  requireShape("m", m);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r];
    if (!Number.isInteger(i) || i! < 0 || i! >= m.rows) {
      throw new RangeError(
        `Expected indices to be row indices in [0, ${m.rows}), received ${
          describe(i)
        } at position ${r}`,
      );
    }
  }
  const out = zeros(indices.length, m.cols, dtypeOf(m.data));
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r]!;
    out.data.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), r * m.cols);
  }
  return out;
}

/**
 * Returns a copy of `m` with the given dtype.
 *
 * @param m The matrix.
 * @param dtype The copy's storage type.
 * @returns The copy.
 *
 * @example
 * ```ts
 * import { cast, fromRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(cast(fromRows([[0.5]]), "float64").data).to.be.instanceOf(Float64Array);
 * ```
 */
export function cast(m: Matrix, dtype: Dtype): Matrix {
  requireShape("m", m);
  const out = zeros(m.rows, m.cols, dtype);
  out.data.set(m.data);
  return out;
}

/**
 * Throws unless `m` is a well-formed Matrix, with the given number of columns and rows when
 * they are given: `data` a Float32Array or Float64Array, `rows` and `cols` integers >= 0,
 * and `data` exactly `rows × cols` long (a hand-built `{ rows, cols, data }` may not be).
 * Constant time: it reads the shape, not the entries.
 *
 * @param name The argument as the caller wrote it, for the message.
 * @param m The value to check.
 * @param cols Columns wanted, or undefined for any.
 * @param rows Rows wanted, or undefined for any.
 *
 * @example A matrix whose data does not fill its shape is refused
 * ```ts
 * import { requireShape } from "relu-lab";
 * import { expect } from "chai";
 *
 * const m = { rows: 40, cols: 2, data: new Float32Array(60) };
 * expect(() => requireShape("x", m, 2)).to.throw(RangeError, "Expected x.data to hold 40 × 2 = 80 values, received 60");
 * expect(() => requireShape("x", { rows: 3, cols: 1, data: new Float32Array(3) }, 2))
 *   .to.throw(RangeError, "Expected x to be n × 2, received 3 × 1");
 * ```
 */
export function requireShape(
  name: string,
  m: Matrix,
  cols?: number,
  rows?: number,
): void {
  if (m === null || typeof m !== "object") {
    throw new TypeError(`Expected ${name} to be a Matrix, received ${describe(m)}`);
  }
  if (!(m.data instanceof Float32Array || m.data instanceof Float64Array)) {
    throw new TypeError(
      `Expected ${name}.data to be a Float32Array or Float64Array, received ${describe(m.data)}`,
    );
  }
  requireInteger(`${name}.rows`, m.rows, 0);
  requireInteger(`${name}.cols`, m.cols, 0);
  if (m.data.length !== m.rows * m.cols) {
    throw new RangeError(
      `Expected ${name}.data to hold ${m.rows} × ${m.cols} = ${
        m.rows * m.cols
      } values, received ${m.data.length}`,
    );
  }
  if ((cols !== undefined && m.cols !== cols) || (rows !== undefined && m.rows !== rows)) {
    const want = `${rows ?? "n"} × ${cols ?? "m"}`;
    throw new RangeError(`Expected ${name} to be ${want}, received ${m.rows} × ${m.cols}`);
  }
}

/**
 * Copies rows `indices[start..end)` of `source` into the first rows of `out`, reusing
 * `out` when it has the right shape (a minibatch gather that allocates once per size).
 *
 * @param source Matrix to read.
 * @param indices Row order, e.g. a shuffled permutation.
 * @param start First position in `indices`.
 * @param end One past the last position.
 * @param out A buffer from a previous call, or undefined.
 * @returns The gathered rows.
 * @example
 * ```ts
 * import { fromRows, gatherRows, toRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * const batch = gatherRows(fromRows([[1], [2], [3]]), [2, 0, 1], 0, 2);
 * expect(toRows(batch)).to.deep.equal([[3], [1]]);
 * ```
 */
export function gatherRows(
  source: Matrix,
  indices: ArrayLike<number>,
  start: number,
  end: number,
  out?: Matrix,
): Matrix {
  const rows = end - start, cols = source.cols;
  const target = out && out.rows === rows && out.cols === cols &&
      out.data.constructor === source.data.constructor
    ? out
    : zeros(rows, cols, dtypeOf(source.data));
  // Plain loops: no subarray view per row (this runs once per minibatch).
  const from = source.data, to = target.data;
  for (let r = 0; r < rows; r++) {
    const i = indices[start + r]! * cols, o = r * cols;
    for (let c = 0; c < cols; c++) to[o + c] = from[i + c]!;
  }
  return target;
}

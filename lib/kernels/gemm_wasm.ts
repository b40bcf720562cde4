/**
 * The float32 matrix product in WebAssembly with 128-bit SIMD (source: `gemm.wat`, built by
 * `deno task build:wasm`). Deno imports the module like any other, so it needs no
 * permission and works whatever the working directory.
 *
 * @module
 */

import * as kernel from "./gemm.wasm";
import { requireGemmArgs } from "./_gemm_args.ts";

const PAGE_BYTES = 65536;
let heap = new Float32Array(kernel.memory.buffer);

/** Rounds a float count up to a 16-byte boundary. */
function _align(floats: number): number {
  return (floats + 3) & ~3;
}

/** Grows the module's memory to at least `bytes` and refreshes the view on it. */
function _reserve(bytes: number): void {
  const have = kernel.memory.buffer.byteLength;
  if (bytes > have) kernel.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
  if (heap.buffer !== kernel.memory.buffer) heap = new Float32Array(kernel.memory.buffer);
}

/** Copies the first `length` entries of `source` into the heap at float offset `at`. */
function _copyIn(source: Float32Array, length: number, at: number): void {
  heap.set(source.length === length ? source : source.subarray(0, length), at);
}

/**
 * General float32 matrix product in WebAssembly, row-major:
 * C (m×n) ← alpha · op(A) (m×k) · op(B) (k×n) + beta · C. Same contract as
 * {@linkcode gemm}, which calls this when it pays; the operands are copied into the
 * module's memory and C is copied back.
 *
 * @param transA Use Aᵀ: then A is stored k×m.
 * @param transB Use Bᵀ: then B is stored n×k.
 * @param m Rows of C.
 * @param n Columns of C.
 * @param k The shared dimension.
 * @param alpha Scale of the product.
 * @param a Entries of A.
 * @param b Entries of B.
 * @param beta Scale of C's old entries (0 ignores them, even NaN).
 * @param c Entries of C, overwritten.
 *
 * @example 2×2 product
 * ```ts
 * import { gemmWasm } from "relu-lab";
 * import { expect } from "chai";
 *
 * const c = new Float32Array(4);
 * gemmWasm(false, false, 2, 2, 2, 1, new Float32Array([1, 2, 3, 4]), new Float32Array([5, 6, 7, 8]), 0, c);
 * expect(Array.from(c)).to.deep.equal([19, 22, 43, 50]);
 * ```
 */
export function gemmWasm(
  transA: boolean,
  transB: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  a: Float32Array,
  b: Float32Array,
  beta: number,
  c: Float32Array,
): void {
  requireGemmArgs(m, n, k, a, b, c);
  const aAt = 0, bAt = _align(aAt + m * k), cAt = _align(bAt + k * n), workAt = _align(cAt + m * n);
  _reserve(workAt * 4 + kernel.workspaceBytes(m, n, k));
  _copyIn(a, m * k, aAt);
  _copyIn(b, k * n, bAt);
  if (beta !== 0) _copyIn(c, m * n, cAt);
  kernel.gemm(
    transA ? 1 : 0,
    transB ? 1 : 0,
    m,
    n,
    k,
    alpha,
    aAt * 4,
    bAt * 4,
    beta,
    cAt * 4,
    workAt * 4,
  );
  c.set(heap.subarray(cAt, cAt + m * n));
}

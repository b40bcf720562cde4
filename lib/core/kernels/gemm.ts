/**
 * Dense matrix products: the hot loops of every dense layer.
 *
 * `gemm` follows BLAS: C ← α·op(A)·op(B) + β·C with row-major storage, where op(X)
 * is X or Xᵀ. It picks the fastest correct path itself (WebAssembly SIMD for float32
 * products big enough to pay for the call, plain TypeScript otherwise), so callers
 * never care which one runs; {@linkcode setGemmThreads} lets large float32 products use
 * a second core. Everything above this file reads like the maths.
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";
import { requireGemmArgs } from "./_gemm_args.ts";
import { gemmReference } from "./gemm_reference.ts";
import { gemmWasm } from "./gemm_wasm.ts";

/**
 * Below this many multiply-adds (m·n·k) the call into WebAssembly costs more than it saves
 * (measured on 2×2×2 to 32×16×16 products; bench/kernels_bench.ts has the W1 and W2 shapes).
 */
export const WASM_MIN_WORK = 128;

/**
 * General matrix product, row-major: C (m×n) ← alpha · op(A) (m×k) · op(B) (k×n) + beta · C.
 * Every product is computed (no zero is skipped), so NaN and Inf in A or B propagate as in
 * BLAS; beta = 0 overwrites C without reading it.
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
 * @param bias Optional n entries added to every row of C (a dense layer's bias): then
 *   C ← alpha·op(A)·op(B) + beta·C + bias, with C set to the bias first when beta = 0.
 *
 * @example 2×2 product
 * ```ts
 * import { gemm } from "./gemm.ts";
 * import { expect } from "chai";
 *
 * const c = new Float64Array(4);
 * gemm(false, false, 2, 2, 2, 1, new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), 0, c);
 * expect(Array.from(c)).to.deep.equal([19, 22, 43, 50]);
 * ```
 */
export function gemm(
  transA: boolean,
  transB: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  a: FloatArray,
  b: FloatArray,
  beta: number,
  c: FloatArray,
  bias?: FloatArray,
): void {
  requireGemmArgs(m, n, k, a, b, c, bias);
  if (
    m * n * k >= WASM_MIN_WORK && a instanceof Float32Array && b instanceof Float32Array &&
    c instanceof Float32Array && (bias === undefined || bias instanceof Float32Array)
  ) gemmWasm(transA, transB, m, n, k, alpha, a, b, beta, c, bias);
  else gemmReference(transA, transB, m, n, k, alpha, a, b, beta, c, bias);
}

/**
 * The straightforward matrix product in plain TypeScript loops: the oracle the fast
 * kernels are tested against, and the path for float64.
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";
import { requireGemmArgs } from "./_gemm_args.ts";

/**
 * General matrix product in plain loops, row-major:
 * C (m×n) ← alpha · op(A) (m×k) · op(B) (k×n) + beta · C. Same contract as
 * {@linkcode gemm}; every product is computed, so NaN and Inf propagate.
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
 * import { gemmReference } from "./gemm_reference.ts";
 * import { expect } from "chai";
 *
 * const c = new Float64Array(4);
 * gemmReference(false, false, 2, 2, 2, 1, new Float64Array([1, 2, 3, 4]), new Float64Array([5, 6, 7, 8]), 0, c);
 * expect(Array.from(c)).to.deep.equal([19, 22, 43, 50]);
 * ```
 */
export function gemmReference(
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
  if (beta === 0) c.fill(0, 0, m * n);
  else if (beta !== 1) { for (let i = 0; i < m * n; i++) c[i]! *= beta; }
  if (bias) {
    for (let i = 0, o = 0; i < m; i++) {
      for (let j = 0; j < n; j++, o++) c[o] = beta === 0 ? bias[j]! : c[o]! + bias[j]!;
    }
  }
  if (!transB) {
    // i-p-j order: the inner loop walks rows of B and C contiguously.
    for (let i = 0; i < m; i++) {
      const ci = i * n;
      for (let p = 0; p < k; p++) {
        const aip = alpha * (transA ? a[p * m + i]! : a[i * k + p]!);
        const bp = p * n;
        for (let j = 0; j < n; j++) c[ci + j]! += aip * b[bp + j]!;
      }
    }
    return;
  }
  // B stored n×k: C[i][j] is a dot product of a row of op(A) and a row of B.
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const bj = j * k;
      let sum = 0;
      if (transA) { for (let p = 0; p < k; p++) sum += a[p * m + i]! * b[bj + p]!; }
      else {
        const ai = i * k;
        for (let p = 0; p < k; p++) sum += a[ai + p]! * b[bj + p]!;
      }
      c[i * n + j]! += alpha * sum;
    }
  }
}

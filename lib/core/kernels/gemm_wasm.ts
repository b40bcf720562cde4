/**
 * The float32 matrix product in WebAssembly with 128-bit SIMD (source: `gemm.wat`, built by
 * `deno task build:wasm`). The module is imported like any other, so it needs no
 * permission and works whatever the working directory. Operands are copied into the
 * module's memory on each call and C back: about 2% of W2's time and a tenth of W1's
 * (measured, the rectifiers' copies included), which does not pay for keeping matrices in
 * WebAssembly memory instead of plain arrays that any code can read.
 * Large products may be split with a helper thread ({@linkcode setGemmThreads}).
 *
 * @module
 */

import {
  align,
  CONTROL_BYTES,
  copyIn,
  copyOut,
  type GemmArgs,
  kernel,
  reserve,
} from "./_wasm_memory.ts";
import { requireGemmArgs } from "./_gemm_args.ts";
import { gemmThreads, helperFinish, helperReady, helperStart } from "./gemm_threads.ts";
import { fusedFlag } from "./numerics.ts";

/**
 * With two threads, products of at least this many multiply-adds (m·n·k) are split
 * between them; below it the hand-over costs more than it saves.
 */
export const SPLIT_MIN_WORK = 1 << 20;

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
 * @param bias Optional n entries added to every row of C (a dense layer's bias): then
 *   C ← alpha·op(A)·op(B) + beta·C + bias, with C set to the bias first when beta = 0.
 *
 * @example 2×2 product
 * ```ts
 * import { gemmWasm } from "./gemm_wasm.ts";
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
  bias?: Float32Array,
): void {
  requireGemmArgs(m, n, k, a, b, c, bias);
  const aAt = CONTROL_BYTES, bAt = align(aAt + 4 * m * k), cAt = align(bAt + 4 * k * n);
  const biasAt = bias ? align(cAt + 4 * m * n) : 0;
  const work = kernel.workspaceBytes(m, n, k),
    workAt = align(Math.max(biasAt + 4 * n, cAt + 4 * m * n));
  const split = gemmThreads() === 2 && m * n * k >= SPLIT_MIN_WORK && helperReady();
  const heap = reserve(workAt + (split ? 2 * align(work) : work));
  copyIn(heap, a, m * k, aAt);
  copyIn(heap, b, k * n, bAt);
  if (beta !== 0) copyIn(heap, c, m * n, cAt);
  if (bias) copyIn(heap, bias, n, biasAt);
  const lda = transA ? m : k, ldb = transB ? k : n;
  const tA = transA ? 1 : 0, tB = transB ? 1 : 0, fused = fusedFlag();
  if (split) {
    const args: GemmArgs = [
      tA,
      tB,
      m,
      n,
      k,
      alpha,
      aAt,
      lda,
      bAt,
      ldb,
      beta,
      cAt,
      n,
      workAt,
      biasAt,
      fused,
    ];
    _runSplit(args, workAt + align(work));
  } else {
    kernel.gemm(tA, tB, m, n, k, alpha, aAt, lda, bAt, ldb, beta, cAt, n, workAt, biasAt, fused);
  }
  copyOut(heap, c, m * n, cAt);
}

/**
 * Runs one product as two: the helper thread takes the second half of C's rows (or of
 * its columns, whichever halves less packing work) with its own workspace at `work2`.
 */
function _runSplit(args: GemmArgs, work2: number): void {
  const [transA, transB, m, n, , , aAt, lda, bAt, ldb, , cAt, ldc] = args;
  const second: GemmArgs = [...args];
  if (n <= m) {
    // Split rows: each half packs all of op(B) (k×n), the smaller operand.
    const top = Math.ceil(m / 8) * 4;
    args[2] = top;
    second[2] = m - top;
    second[6] = aAt + 4 * top * (transA ? 1 : lda);
    second[11] = cAt + 4 * top * ldc;
  } else {
    const left = Math.ceil(n / 16) * 8;
    args[3] = left;
    second[3] = n - left;
    second[8] = bAt + 4 * left * (transB ? ldb : 1);
    second[11] = cAt + 4 * left;
    if (second[14] !== 0) second[14] += 4 * left; // the bias entries of the right columns
  }
  second[13] = work2;
  helperStart(second);
  kernel.gemm(...args);
  helperFinish(second);
}

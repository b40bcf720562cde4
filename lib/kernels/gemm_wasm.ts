/**
 * The float32 matrix product in WebAssembly with 128-bit SIMD (source: `gemm.wat`, built by
 * `deno task build:wasm`). The module is imported like any other, so it needs no
 * permission and works whatever the working directory. Operands are copied into the
 * module's memory on each call and C back: at the W2 shapes that is about 2% of the time
 * (measured), not worth keeping matrices in WebAssembly memory and out of plain arrays.
 * Large products may be split with a helper thread ({@linkcode setGemmThreads}).
 *
 * @module
 */

import { CONTROL_BYTES, type GemmArgs, kernel, reserve } from "./_gemm_memory.ts";
import { requireGemmArgs } from "./_gemm_args.ts";
import { gemmThreads, helperFinish, helperReady, helperStart } from "./gemm_threads.ts";

/**
 * With two threads, products of at least this many multiply-adds (m·n·k) are split
 * between them; below it the hand-over costs more than it saves.
 */
const SPLIT_MIN_WORK = 1 << 20;

/** Rounds a byte count up to a 64-byte boundary. */
function _align(bytes: number): number {
  return (bytes + 63) & ~63;
}

/**
 * Below this many entries a plain loop copies faster than `set` (measured into the shared
 * heap: 16 floats 5 against 13 ns, 64 floats 45 against 19 ns, 512 floats 330 against 54 ns).
 */
const LOOP_COPY_MAX = 32;

/** Copies the first `length` entries of `source` into `heap` at byte address `at`. */
function _copyIn(heap: Float32Array, source: Float32Array, length: number, at: number): void {
  if (length <= LOOP_COPY_MAX) {
    for (let i = 0, j = at / 4; i < length; i++, j++) heap[j] = source[i]!;
  } else heap.set(source.length === length ? source : source.subarray(0, length), at / 4);
}

/**
 * Views of the heap made by {@linkcode _copyOut}, by address (and checked for length): a training loop
 * copies the same few blocks out at every step, and a new view each time (about 1 KB of
 * garbage with a shared buffer) cost W1 a tenth of its time in garbage collection.
 */
const _outViews = new Map<number, Float32Array>();
let _outViewsHeap: Float32Array | undefined;
const OUT_VIEWS_MAX = 64;

/** Copies `length` entries of `heap` from byte address `at` into `target`. */
function _copyOut(heap: Float32Array, target: Float32Array, length: number, at: number): void {
  if (length <= LOOP_COPY_MAX) {
    for (let i = 0, j = at / 4; i < length; i++, j++) target[i] = heap[j]!;
    return;
  }
  if (_outViewsHeap !== heap || _outViews.size >= OUT_VIEWS_MAX) {
    _outViews.clear(); // the heap grew (views of the old one are too short), or too many shapes
    _outViewsHeap = heap;
  }
  let view = _outViews.get(at);
  if (view?.length !== length) {
    view = heap.subarray(at / 4, at / 4 + length);
    _outViews.set(at, view);
  }
  target.set(view);
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
 * @param bias Optional n entries added to every row of C (a dense layer's bias): then
 *   C ← alpha·op(A)·op(B) + beta·C + bias, with C set to the bias first when beta = 0.
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
  bias?: Float32Array,
): void {
  requireGemmArgs(m, n, k, a, b, c, bias);
  const aAt = CONTROL_BYTES, bAt = _align(aAt + 4 * m * k), cAt = _align(bAt + 4 * k * n);
  const biasAt = bias ? _align(cAt + 4 * m * n) : 0;
  const work = kernel.workspaceBytes(m, n, k),
    workAt = _align(Math.max(biasAt + 4 * n, cAt + 4 * m * n));
  const split = gemmThreads() === 2 && m * n * k >= SPLIT_MIN_WORK && helperReady();
  const heap = reserve(workAt + (split ? 2 * _align(work) : work));
  _copyIn(heap, a, m * k, aAt);
  _copyIn(heap, b, k * n, bAt);
  if (beta !== 0) _copyIn(heap, c, m * n, cAt);
  if (bias) _copyIn(heap, bias, n, biasAt);
  const lda = transA ? m : k, ldb = transB ? k : n;
  const tA = transA ? 1 : 0, tB = transB ? 1 : 0;
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
    ];
    _runSplit(args, workAt + _align(work));
  } else kernel.gemm(tA, tB, m, n, k, alpha, aAt, lda, bAt, ldb, beta, cAt, n, workAt, biasAt);
  _copyOut(heap, c, m * n, cAt);
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

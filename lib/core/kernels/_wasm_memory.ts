// The WebAssembly kernels' shared memory, the main thread's instance of the products, and
// the copies of operands in and results out. Private to the library. The first
// CONTROL_BYTES bytes hold the helper thread's mailbox (gemm_threads.ts); operands and
// workspaces go after them.

import { gemmModule, sharedMemory } from "./_wasm_modules.js";

/**
 * The kernel's exports (see gemm.wat). Addresses are byte offsets, flags 0 or 1; a bias
 * address of 0 means no bias (address 0 is the helper's mailbox, never an operand);
 * `fused` 1 adds each product with a fused multiply-add, 0 with a multiply and an add.
 */
export interface GemmExports {
  gemm(
    transA: number,
    transB: number,
    m: number,
    n: number,
    k: number,
    alpha: number,
    a: number,
    lda: number,
    b: number,
    ldb: number,
    beta: number,
    c: number,
    ldc: number,
    work: number,
    bias: number,
    fused: number,
  ): void;
  workspaceBytes(m: number, n: number, k: number): number;
  denseBackward(
    rows: number,
    inputs: number,
    units: number,
    gradOut: number,
    x: number,
    weight: number,
    weightGrad: number,
    biasGrad: number,
    gradIn: number,
    ones: number,
    work: number,
    fused: number,
  ): void;
}

/** The arguments of the kernel's `gemm` export, in order. */
export type GemmArgs = Parameters<GemmExports["gemm"]>;

const PAGE_BYTES = 65536;

/** Bytes reserved at address 0 for the helper thread's mailbox. */
export const CONTROL_BYTES = 128;

/**
 * The memory every kernel instance works in: growable, shared between threads (in a page
 * without shared memories, not shared: the browser build compiles the kernels to match).
 */
export const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536, shared: sharedMemory });

/** The main thread's kernel instance. */
export const kernel = new WebAssembly.Instance(gemmModule, { env: { memory } })
  .exports as unknown as GemmExports;

let heap = new Float32Array(memory.buffer);

/**
 * Grows the memory to at least `bytes` and returns a float view of all of it. Only this
 * function grows the memory, so the cached view's length is the memory's size and the
 * common case never reads `memory.buffer` (for a shared memory, a call into the runtime).
 */
export function reserve(bytes: number): Float32Array {
  if (bytes > heap.length * 4) {
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
    heap = new Float32Array(memory.buffer);
  }
  return heap;
}

/** Rounds a byte count up to a 64-byte boundary (where operands start in the heap). */
export function align(bytes: number): number {
  return (bytes + 63) & ~63;
}

/**
 * Below this many entries a plain loop copies faster than `set` (measured into the shared
 * heap: 16 floats 5 against 13 ns, 64 floats 45 against 19 ns, 512 floats 330 against 54 ns).
 */
const LOOP_COPY_MAX = 32;

/** Copies the first `length` entries of `source` into `heap` at byte address `at`. */
export function copyIn(heap: Float32Array, source: Float32Array, length: number, at: number): void {
  if (length <= LOOP_COPY_MAX) {
    for (let i = 0, j = at / 4; i < length; i++, j++) heap[j] = source[i]!;
  } else heap.set(source.length === length ? source : source.subarray(0, length), at / 4);
}

/**
 * Views of the heap made by {@linkcode copyOut}, by address (and checked for length): a training loop
 * copies the same few blocks out at every step, and a new view each time (about 1 KB of
 * garbage with a shared buffer) cost W1 a tenth of its time in garbage collection.
 */
const _outViews = new Map<number, Float32Array>();
let _outViewsHeap: Float32Array | undefined;
const OUT_VIEWS_MAX = 64;

/** Copies `length` entries of `heap` from byte address `at` into `target`. */
export function copyOut(
  heap: Float32Array,
  target: Float32Array,
  length: number,
  at: number,
): void {
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

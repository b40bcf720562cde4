// The WebAssembly kernels' shared memory and the main thread's instance of them. Private
// to the library. The first CONTROL_BYTES bytes hold the helper thread's mailbox
// (gemm_threads.ts); operands and workspaces go after them.

import { gemmModule } from "./_gemm_module.js";

/**
 * The kernel's exports (see gemm.wat). Addresses are byte offsets, flags 0 or 1; a bias
 * address of 0 means no bias (address 0 is the helper's mailbox, never an operand).
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
  ): void;
  workspaceBytes(m: number, n: number, k: number): number;
}

/** The arguments of the kernel's `gemm` export, in order. */
export type GemmArgs = Parameters<GemmExports["gemm"]>;

const PAGE_BYTES = 65536;

/** Bytes reserved at address 0 for the helper thread's mailbox. */
export const CONTROL_BYTES = 128;

/** The memory every kernel instance works in: growable, shared between threads. */
export const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536, shared: true });

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

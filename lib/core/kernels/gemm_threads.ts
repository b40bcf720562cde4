/**
 * An optional helper thread for the WebAssembly matrix product: with two threads, a large
 * product is split in two halves computed at the same time, each on its own core.
 *
 * Off by default: the experiment engine already keeps every core busy with whole runs,
 * and a second thread only pays when a core is otherwise idle (one big training, e.g.
 * Fashion-MNIST). Results are bit-for-bit the same either way: each entry of C is still
 * summed by one thread in the same order. While on, the helper spins for about a
 * millisecond after each product (the next one usually follows), then sleeps. If it has
 * not taken its half by the time the main thread is done with its own (asleep, or its core
 * busy with another program), the main thread takes that half back and does it itself.
 *
 * @module
 */

import { requireInRange, requireInteger } from "../_validate.ts";
import { gemmModule } from "./_wasm_modules.js";
import { CONTROL_BYTES, type GemmArgs, kernel, memory } from "./_wasm_memory.ts";
import { Worker } from "node:worker_threads";

// The mailbox: Int32 slots at address 0 of the shared memory. REQUEST counts halves
// offered, DONE the last one the helper finished, HELPED how many it did; CLAIM holds
// the offered half's number until a thread takes it: the helper writes its negation, the
// main thread 0. READY is 1 once the helper waits for halves.
const REQUEST = 0, CLAIM = 1, DONE = 2, HELPED = 3, READY = 4, FAILED = 5, ARGS = 6;
const SPIN_MS = 1;
const mailbox = new Int32Array(memory.buffer, 0, CONTROL_BYTES / 4);
const mailboxFloats = new Float32Array(memory.buffer, 0, CONTROL_BYTES / 4);

// The helper's whole program (CommonJS, as node:worker_threads evaluates it): instantiate
// the kernels on the shared memory, then run each product posted in the mailbox.
const HELPER_SOURCE = `
const { parentPort } = require("node:worker_threads");
parentPort.once("message", ({ module, memory }) => {
  const { gemm } = new WebAssembly.Instance(module, { env: { memory } }).exports;
  const box = new Int32Array(memory.buffer, 0, ${CONTROL_BYTES / 4});
  const floats = new Float32Array(memory.buffer, 0, ${CONTROL_BYTES / 4});
  let seen = Atomics.load(box, ${REQUEST});
  Atomics.store(box, ${READY}, 1);
  for (;;) {
    const idleSince = performance.now();
    while (Atomics.load(box, ${REQUEST}) === seen && performance.now() - idleSince < ${SPIN_MS});
    while (Atomics.load(box, ${REQUEST}) === seen) Atomics.wait(box, ${REQUEST}, seen);
    seen = Atomics.load(box, ${REQUEST});
    if (Atomics.compareExchange(box, ${CLAIM}, seen, -seen) !== seen) continue;
    try {
      const a = ${ARGS};
      gemm(box[a], box[a + 1], box[a + 2], box[a + 3], box[a + 4], floats[a + 5], box[a + 6],
        box[a + 7], box[a + 8], box[a + 9], floats[a + 10], box[a + 11], box[a + 12], box[a + 13],
        box[a + 14], box[a + 15]);
    } catch {
      Atomics.store(box, ${FAILED}, 1);
    }
    Atomics.add(box, ${HELPED}, 1);
    Atomics.store(box, ${DONE}, seen);
    Atomics.notify(box, ${DONE});
  }
});
`;

let threads = 1;
let helper: Worker | undefined;
let sequence = 0;

/**
 * Sets how many threads one large float32 product may use: 1 (the default) or 2.
 * The first switch to 2 starts a helper thread (it never keeps the program from exiting);
 * once it is ready it takes half of each product big enough to pay for the hand-over.
 * Back at 1 it is no longer used and sleeps.
 *
 * @param count 1 or 2.
 *
 * @example Use both cores for one big training, then go back
 * ```ts
 * import { gemmThreads, setGemmThreads } from "./gemm_threads.ts";
 * import { expect } from "chai";
 *
 * setGemmThreads(2);
 * expect(gemmThreads()).to.equal(2);
 * setGemmThreads(1);
 * expect(gemmThreads()).to.equal(1);
 * ```
 */
export function setGemmThreads(count: number): void {
  requireInteger("count", count);
  requireInRange("count", count, 1, 2);
  threads = count;
  if (count === 2 && !helper) {
    helper = new Worker(HELPER_SOURCE, { eval: true });
    helper.unref();
    helper.postMessage({ module: gemmModule, memory });
  }
}

/**
 * How many threads one large float32 product may use, as set by {@linkcode setGemmThreads}.
 *
 * @returns 1 or 2.
 *
 * @example The default
 * ```ts
 * import { gemmThreads } from "./gemm_threads.ts";
 * import { expect } from "chai";
 *
 * expect(gemmThreads()).to.equal(1);
 * ```
 */
export function gemmThreads(): number {
  return threads;
}

/** How many halves the helper thread has computed so far (for tests). */
export function helperHalves(): number {
  return Atomics.load(mailbox, HELPED);
}

/** Whether the helper thread is running and ready for a product. */
export function helperReady(): boolean {
  return Atomics.load(mailbox, READY) === 1;
}

/**
 * Offers the helper half of a product: the arguments of the kernel's `gemm` export (alpha
 * and beta at positions 5 and 10 are floats). Compute the other half, then call
 * {@linkcode helperFinish} with the same arguments.
 */
export function helperStart(args: GemmArgs): void {
  args.forEach((value, i) => {
    if (i === 5 || i === 10) mailboxFloats[ARGS + i] = value;
    else mailbox[ARGS + i] = value;
  });
  Atomics.store(mailbox, CLAIM, ++sequence);
  Atomics.store(mailbox, REQUEST, sequence);
  Atomics.notify(mailbox, REQUEST);
}

/**
 * Completes the half offered by {@linkcode helperStart}: computes it here if the helper
 * has not taken it, else waits for the helper; throws if the helper failed.
 */
export function helperFinish(args: GemmArgs): void {
  if (Atomics.compareExchange(mailbox, CLAIM, sequence, 0) === sequence) {
    kernel.gemm(...args);
    return;
  }
  while (Atomics.load(mailbox, DONE) !== sequence) {
    Atomics.wait(mailbox, DONE, Atomics.load(mailbox, DONE), 1);
  }
  if (Atomics.exchange(mailbox, FAILED, 0) === 1) {
    throw new Error("The helper thread failed on its half of a matrix product");
  }
}

// Runs in a fresh worker, where no helper thread was ever started: a half offered with
// helperStart() must be computed by helperFinish() itself. Posts back C and the number of
// halves the (absent) helper computed.
import { gemmReference } from "../../../lib/core/kernels/gemm_reference.ts";
import { reserve } from "../../../lib/core/kernels/_wasm_memory.ts";
import { helperFinish, helperHalves, helperStart } from "../../../lib/core/kernels/gemm_threads.ts";

const [m, n, k] = [6, 5, 4];
const heap = reserve(4096);
const a = Float32Array.from({ length: m * k }, (_, i) => i % 7 - 3);
const b = Float32Array.from({ length: k * n }, (_, i) => i % 5 - 2);
heap.set(a, 256);
heap.set(b, 512);
const args = [0, 0, m, n, k, 1, 1024, k, 2048, n, 0, 3072, n, 8192, 0, 1] as const;
helperStart([...args]);
helperFinish([...args]);
const want = new Float32Array(m * n);
gemmReference(false, false, m, n, k, 1, a, b, 0, want);
(globalThis as unknown as { postMessage(data: unknown): void }).postMessage({
  got: Array.from(heap.subarray(768, 768 + m * n)),
  want: Array.from(want),
  halves: helperHalves(),
});

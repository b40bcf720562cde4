import { expect } from "chai";
import {
  canShareMemory,
  compileKernels,
  decodeBase64,
  FORCE_UNSHARED_KEY,
  withUnsharedMemory,
} from "../../../lib/core/kernels/_wasm_modules.browser.ts";

const KERNELS = new URL("../../../lib/core/kernels/", import.meta.url);
const gemmBytes = Deno.readFileSync(new URL("gemm.wasm", KERNELS));
const rectifierBytes = Deno.readFileSync(new URL("rectifier.wasm", KERNELS));

Deno.test("withUnsharedMemory() clears only the shared bit of the memory import", () => {
  for (const bytes of [gemmBytes, rectifierBytes]) {
    const patched = withUnsharedMemory(bytes);
    const changed = [...bytes.keys()].filter((i) => bytes[i] !== patched[i]);
    expect(changed.length).to.equal(1);
    expect([bytes[changed[0]!], patched[changed[0]!]]).to.deep.equal([0x03, 0x01]);
    expect(withUnsharedMemory(patched)).to.deep.equal(patched);
  }
  expect(() => withUnsharedMemory(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).to.throw(TypeError);
});

Deno.test("the unshared kernels compute the same bits as the shared ones", () => {
  const results = [true, false].map((shared) => {
    const kernels = compileKernels(gemmBytes, rectifierBytes, shared);
    expect(kernels.sharedMemory).to.equal(shared);
    const memory = new WebAssembly.Memory({ initial: 4, maximum: 65536, shared });
    const gemm = new WebAssembly.Instance(kernels.gemmModule, { env: { memory } })
      .exports as {
        gemm(...args: number[]): void;
        workspaceBytes(m: number, n: number, k: number): number;
      };
    const rect = new WebAssembly.Instance(kernels.rectifierModule, { env: { memory } })
      .exports as { rectifyForward(x: number, out: number, count: number, slope: number): void };
    const heap = new Float32Array(memory.buffer);
    const [m, n, k] = [37, 19, 23];
    const a = 256, b = a + 4 * m * k, c = b + 4 * k * n, work = c + 4 * m * n + 64;
    let state = 12345;
    for (let i = 0; i < m * k + k * n; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      heap[a / 4 + i] = (state / 2 ** 32) * 4 - 2;
    }
    gemm.gemm(0, 0, m, n, k, 1, a, k, b, n, 0, c, n, work, 0);
    rect.rectifyForward(c, c, m * n, 0.01);
    return Array.from(heap.subarray(c / 4, c / 4 + m * n));
  });
  expect(results[1]).to.deep.equal(results[0]);
  expect(results[0]!.some((v) => v < 0) && results[0]!.some((v) => v > 0)).to.equal(true);
});

Deno.test("canShareMemory() can be told not to share, and decodeBase64() inverts btoa", () => {
  expect(canShareMemory()).to.equal(true);
  (globalThis as Record<string, unknown>)[FORCE_UNSHARED_KEY] = true;
  try {
    expect(canShareMemory()).to.equal(false);
  } finally {
    delete (globalThis as Record<string, unknown>)[FORCE_UNSHARED_KEY];
  }
  expect(Array.from(decodeBase64(btoa("\x00\x01\xff")))).to.deep.equal([0, 1, 255]);
});

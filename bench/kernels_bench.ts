/**
 * Dense-layer matrix products at the workloads' shapes, plain TypeScript against
 * WebAssembly SIMD and against `gemm` (which picks a path itself).
 *
 * Usage: `deno task bench:kernels` (or `deno bench`). Each group's name gives its floating-point operation count:
 * GFLOP/s = MFLOP / (time per iteration in µs) · 1000. The 2-thread runs only pay when the
 * second core is otherwise idle; the helper thread needs a moment to start, so the first
 * such group may run partly on one thread.
 *
 * @module
 */

import { Rng } from "relu-lab";
import { gemm } from "../lib/core/kernels/gemm.ts";
import { gemmReference } from "../lib/core/kernels/gemm_reference.ts";
import { gemmThreads, setGemmThreads } from "../lib/core/kernels/gemm_threads.ts";
import { gemmWasm } from "../lib/core/kernels/gemm_wasm.ts";

/** One product as a dense layer issues it: C (m×n) ← op(A) (m×k) · op(B) (k×n). */
interface Product {
  transA: boolean;
  transB: boolean;
  m: number;
  n: number;
  k: number;
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
}

function _product(transA: boolean, transB: boolean, m: number, n: number, k: number, rng: Rng) {
  const random = (length: number) => Float32Array.from({ length }, () => rng.uniform(-1, 1));
  return { transA, transB, m, n, k, a: random(m * k), b: random(k * n), c: random(m * n) };
}

/**
 * The products of a forward and a backward pass through an MLP with layer sizes `sizes`
 * (W stored [out, in]): forward x·Wᵀ, backward ∂W = ∂yᵀ·x and ∂x = ∂y·W.
 */
function _passes(batch: number, sizes: number[], rng: Rng) {
  const forward: Product[] = [], backward: Product[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l]!, units = sizes[l + 1]!;
    forward.push(_product(false, true, batch, units, inputs, rng));
    backward.push(_product(true, false, units, inputs, batch, rng));
    backward.push(_product(false, false, batch, inputs, units, rng));
  }
  return { forward, backward };
}

/** Name, kernel, threads. */
const KERNELS = [
  ["TypeScript reference", gemmReference, 1],
  ["WebAssembly SIMD", gemmWasm, 1],
  ["gemm (dispatch)", gemm, 1],
  ["WebAssembly SIMD, 2 threads", gemmWasm, 2],
] as const;

const rng = new Rng(0);
const WORKLOADS = [
  ["W1", 32, [2, 16, 16, 1]],
  ["W2", 128, [784, 256, 128, 10]],
] as const;

for (const [workload, batch, sizes] of WORKLOADS) {
  const passes = _passes(batch, [...sizes], rng);
  for (const [pass, products] of Object.entries(passes)) {
    const mflop = products.reduce((sum, p) => sum + 2 * p.m * p.n * p.k, 0) / 1e6;
    const group = `${workload} ${pass} (batch ${batch}, ${sizes.join("→")}): ${
      mflop.toPrecision(3)
    } MFLOP`;
    for (const [name, kernel, threads] of KERNELS) {
      Deno.bench({
        name: `${workload} ${pass}: ${name}`,
        group,
        baseline: kernel === gemmReference,
        fn() {
          if (gemmThreads() !== threads) setGemmThreads(threads);
          for (const p of products) kernel(p.transA, p.transB, p.m, p.n, p.k, 1, p.a, p.b, 0, p.c);
        },
      });
    }
  }
}

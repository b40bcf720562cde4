import { gemm, mlp, Rng, setGemmThreads } from "./lib/mod.ts";
import { gemmReference } from "./lib/kernels/gemm_reference.ts";
const threads = Number(Deno.args[0] ?? 1);
setGemmThreads(threads);
await new Promise((r) => setTimeout(r, 300));
const model = mlp({ sizes: [784, 256, 128, 10], seed: 1 });
const rng = new Rng(2);
const x = { rows: 128, cols: 784, data: Float32Array.from({ length: 128 * 784 }, () => rng.uniform(0, 1)) };
const g = { rows: 128, cols: 10, data: Float32Array.from({ length: 1280 }, () => rng.normal() * 0.01) };
for (let i = 0; i < 20; i++) { model.forward(x, "train"); model.backward(g); }
const steps = Number(Deno.args[1] ?? 469);
const times: number[] = [];
for (let rep = 0; rep < Number(Deno.args[2] ?? 5); rep++) {
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) { model.forward(x, "train"); model.backward(g); }
  times.push(performance.now() - t0);
}
console.log(`threads ${threads}: forward+backward x ${steps} steps (one W2 epoch, no loss/optimizer): best ${(Math.min(...times) / 1000).toFixed(2)} s, all ${times.map((t) => (t / 1000).toFixed(2)).join(" ")}`);

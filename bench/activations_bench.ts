/**
 * Micro-benchmarks of the activations' vectorised forms, float32, at the W1 and W2 hidden
 * shapes (batch 32 × 16 units, batch 128 × 256 units). Inputs are drawn from a pool of
 * random batches much larger than a branch predictor can learn, as a training run feeds
 * new pre-activations at every step; ReLU's plain branching loop is timed beside the
 * branch-free kernel the library uses.
 *
 * Usage: `deno task bench:kernels` (with the other micro-benchmarks) or
 * `deno bench bench/activations_bench.ts`.
 *
 * @module
 */

import { activationByName, Rng } from "../lib/mod.ts";

const SHAPES = [["W1", 32, 16], ["W2", 128, 256]] as const;
const NAMES = ["relu", "leaky_relu(0.01)", "tanh", "sigmoid", "gelu"];
/** Random batches cycled through: about 16 MB in all, beyond any predictor's memory. */
const POOL_VALUES = 1 << 22;

for (const [workload, batch, units] of SHAPES) {
  const size = batch * units, rng = new Rng(1);
  const pool = Array.from(
    { length: Math.max(2, Math.floor(POOL_VALUES / size)) },
    () => Float32Array.from({ length: size }, () => rng.normal()),
  );
  const gradOut = Float32Array.from({ length: size }, () => rng.normal());
  const out = new Float32Array(size);
  let next = 0;
  const input = () => pool[next++ % pool.length]!;
  const group = `${workload} activations (${batch}×${units} float32)`;

  Deno.bench({
    name: `${workload} relu forward: plain branching loop`,
    group,
    baseline: true,
    fn: () => {
      const x = input();
      for (let i = 0; i < x.length; i++) out[i] = x[i]! > 0 ? x[i]! : 0;
    },
  });
  for (const name of NAMES) {
    const activation = activationByName(name);
    Deno.bench(`${workload} ${name} forward`, { group }, () => activation.forward(input(), out));
    Deno.bench(
      `${workload} ${name} backward`,
      { group },
      () => activation.backward(input(), gradOut, out),
    );
  }
}

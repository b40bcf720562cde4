/**
 * The training workloads W1 and W2, timed: one JSON line per workload,
 * `{"workload", "train_s", "samples_per_s", "accuracy", "threads"}`.
 *
 * - W1 circles: 1,000 points (factor 0.5, noise 0.1), MLP 2-16-16-1 ReLU, BCE, SGD lr 0.1,
 *   batch 32, 200 epochs; accuracy on the training set.
 * - W2 Fashion-MNIST: 60,000 images, MLP 784-256-128-10 ReLU, softmax cross-entropy,
 *   momentum SGD (0.9, lr 0.05), batch 128, 1 epoch; accuracy on the 10,000 test images.
 *
 * Timing covers `fit` only, after a short warm-up run, with `performance.now()`. The W3
 * sweep has its own benchmark (`deno task bench:sweep`); W4 (the tutorial) is not timed here.
 *
 * Each line also gives `cpu_s` (this process's CPU seconds over the same span) and the load
 * average: on a loaded machine wall time overstates the work, CPU time does not.
 *
 * Usage: `deno task bench:workloads [--only W1|W2] [--repeat N] [--threads 1|2] [--seeds S]
 * [--numerics fused|unfused]` (N timed runs, the best printed; `--threads 2` lets large
 * products use a second core, `setGemmThreads`; S > 1 adds a line with the accuracy's mean
 * and sd over seeds 1..S; `--numerics unfused` times the products without fused
 * multiply-adds, as before they were used).
 *
 * @module
 */

import { cpuUsage } from "node:process";
import { setGemmThreads } from "../lib/core/kernels/gemm_threads.ts";
import { GEMM_NUMERICS, gemmNumerics, setGemmNumerics } from "../lib/core/kernels/numerics.ts";
import { mean, std } from "../lib/lab.ts";
import { accuracy, fit, mlp, sgd } from "../lib/mod.ts";
import { choice, integer, readCommandLine } from "../tools/_cli.ts";
import { selectedWorkloads, type Workload, WORKLOAD_FLAGS } from "./_workloads.ts";

const USAGE =
  `Usage: deno task bench:workloads [--only W1|W2] [--repeat N] [--threads 1|2] [--seeds S] [--numerics fused|unfused]

Times relu-lab's training loop on W1 (two circles, 2-16-16-1, 200 epochs) and W2 (one epoch
of Fashion-MNIST, 784-256-128-10) and prints one JSON line per workload.

  --only W         only W1 or only W2 (default: both)
  --repeat N       timed runs, the best printed (default 3)
  --threads T      threads a large matrix product may use, 1 or 2 (default 1)
  --seeds S        S > 1 adds a line with the accuracy's mean and sd over seeds 1..S (default 1)
  --numerics N     fused (default, where the CPU has fused multiply-add) or unfused products
  --help           this text`;

const { flags } = readCommandLine({
  usage: USAGE,
  flags: {
    ...WORKLOAD_FLAGS,
    threads: integer({ min: 1, max: 2, default: 1 }),
    seeds: integer({ min: 1, default: 1 }),
    numerics: choice(GEMM_NUMERICS, { default: "fused" }),
  },
});
const { repeat, threads, seeds, numerics } = flags;
setGemmThreads(threads);
setGemmNumerics(numerics);

/**
 * Trains once (a fresh model; `seed` 1 for the timed runs) and returns seconds spent in
 * `fit` and the accuracy.
 */
async function _run(
  w: Workload,
  epochs: number,
  seed = 1,
): Promise<{ seconds: number; cpuSeconds: number; accuracy: number }> {
  const model = mlp({ sizes: w.sizes, activation: "relu", seed });
  const optimizer = sgd({ momentum: w.momentum });
  const cpu = cpuUsage();
  const start = performance.now();
  await fit(model, w.train, {
    epochs,
    learningRate: w.learningRate,
    batchSize: w.batchSize,
    optimizer,
    seed: seed + 1,
  });
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = cpuUsage(cpu);
  return {
    seconds,
    cpuSeconds: (user + system) / 1e6,
    accuracy: accuracy(model.predict(w.test.x), w.test.y),
  };
}

async function _measure(w: Workload): Promise<void> {
  // Warm-up: a fraction of the work, so the JIT has compiled the hot paths.
  await _run(w, Math.max(1, Math.floor(w.epochs / 10)));
  let best = { seconds: Infinity, cpuSeconds: NaN, accuracy: NaN };
  for (let i = 0; i < repeat; i++) {
    const result = await _run(w, w.epochs);
    if (result.seconds < best.seconds) best = result;
  }
  console.log(JSON.stringify({
    workload: w.name,
    train_s: Number(best.seconds.toFixed(3)),
    samples_per_s: Math.round((w.train.x.rows * w.epochs) / best.seconds),
    accuracy: Number(best.accuracy.toFixed(4)),
    threads,
    numerics: gemmNumerics(),
    cpu_s: Number(best.cpuSeconds.toFixed(3)),
    loadavg: Deno.loadavg(),
  }));
  if (seeds > 1) await _accuracyOverSeeds(w);
}

/** One line with the accuracy's mean and sd over seeds 1..N (initial weights and batch order). */
async function _accuracyOverSeeds(w: Workload): Promise<void> {
  const accuracies: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    accuracies.push((await _run(w, w.epochs, seed)).accuracy);
  }
  console.log(JSON.stringify({
    workload: `${w.name}: accuracy over seeds`,
    seeds,
    accuracy_mean: Number(mean(accuracies).toFixed(4)),
    accuracy_sd: Number(std(accuracies).toFixed(4)),
    accuracies: accuracies.map((a) => Number(a.toFixed(4))),
  }));
}

for (const w of await selectedWorkloads(flags.only)) await _measure(w);

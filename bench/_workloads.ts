// The training workloads W1 and W2, defined once for relu-lab's benchmark (bench/workloads.ts)
// and the TensorFlow.js reference (bench/reference/tfjs.ts), with the flags both take.

import { circles, type Dataset, loadFashionMnist } from "../lib/mod.ts";
import { choice, integer } from "../tools/_cli.ts";

/** The workloads' names. */
export const WORKLOAD_NAMES = ["W1", "W2"] as const;

/** The flags both benchmarks take: `--only W1|W2` and `--repeat N` (timed runs, best kept). */
export const WORKLOAD_FLAGS = {
  only: choice(WORKLOAD_NAMES),
  repeat: integer({ min: 1, default: 3 }),
};

/** One workload: an MLP, its SGD recipe and its data. */
export interface Workload {
  name: string;
  sizes: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  momentum: number;
  train: Dataset;
  test: Dataset;
}

/** The workloads selected by `--only` (W1, W2, or both when absent), data loaded. */
export async function selectedWorkloads(
  only: (typeof WORKLOAD_NAMES)[number] | undefined,
): Promise<Workload[]> {
  const chosen: Workload[] = [];
  if (only === undefined || only === "W1") {
    const data = circles(0, { n: 1000, factor: 0.5, noise: 0.1 });
    chosen.push({
      name: "W1 circles",
      sizes: [2, 16, 16, 1],
      epochs: 200,
      batchSize: 32,
      learningRate: 0.1,
      momentum: 0,
      train: data,
      test: data,
    });
  }
  if (only === undefined || only === "W2") {
    chosen.push({
      name: "W2 Fashion-MNIST epoch",
      sizes: [784, 256, 128, 10],
      epochs: 1,
      batchSize: 128,
      learningRate: 0.05,
      momentum: 0.9,
      train: await loadFashionMnist({ split: "train" }),
      test: await loadFashionMnist({ split: "test" }),
    });
  }
  return chosen;
}

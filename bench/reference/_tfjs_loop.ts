// The TensorFlow.js side of bench:tfjs (bench/reference/tfjs.ts, which reads the command line
// first and imports this module only then, so that a usage error loads no TF.js): the same
// networks, losses, optimisers and batches as bench/workloads.ts, in a hand-written loop
// (shuffle each epoch, `optimizer.minimize` per minibatch), float32.

import { cpuUsage } from "node:process";
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-wasm";
import { Rng } from "../../lib/mod.ts";
import type { Workload } from "../_workloads.ts";

const backend = (await tf.setBackend("wasm").catch(() => false)) ? "wasm" : "cpu";
if (backend === "cpu") await tf.setBackend("cpu");

function _model(sizes: number[]): tfl.Sequential {
  const model = tfl.sequential();
  for (let i = 1; i < sizes.length; i++) {
    model.add(tfl.layers.dense({
      units: sizes[i]!,
      inputShape: [sizes[i - 1]!],
      activation: i < sizes.length - 1 ? "relu" : "linear",
    }));
  }
  return model;
}

function _loss(w: Workload, logits: tf.Tensor, y: tf.Tensor): tf.Scalar {
  return w.sizes.at(-1) === 1
    ? tf.losses.sigmoidCrossEntropy(y, logits)
    : tf.losses.softmaxCrossEntropy(
      tf.oneHot(tf.reshape(tf.cast(y, "int32"), [-1]), w.sizes.at(-1)!),
      logits,
    );
}

function _accuracy(w: Workload, model: tfl.Sequential): number {
  return tf.tidy(() => {
    const logits = model.predict(
      tf.tensor2d(Float32Array.from(w.test.x.data), [w.test.x.rows, w.test.x.cols]),
    );
    const y = tf.tensor1d(Float32Array.from(w.test.y.data));
    const predicted = w.sizes.at(-1) === 1
      ? tf.reshape(tf.greater(logits as tf.Tensor, 0), [-1])
      : tf.argMax(logits as tf.Tensor, 1);
    return tf.mean(tf.equal(tf.cast(predicted, "float32"), y)).dataSync()[0]!;
  });
}

function _run(w: Workload, epochs: number) {
  const model = _model(w.sizes);
  const optimizer = w.momentum > 0
    ? tf.train.momentum(w.learningRate, w.momentum)
    : tf.train.sgd(w.learningRate);
  const n = w.train.x.rows, cols = w.train.x.cols;
  const x = tf.tensor2d(Float32Array.from(w.train.x.data), [n, cols]);
  const y = tf.tensor2d(Float32Array.from(w.train.y.data), [n, 1]);
  const rng = new Rng(2);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const cpu = cpuUsage();
  const start = performance.now();
  for (let epoch = 0; epoch < epochs; epoch++) {
    rng.shuffle(order);
    for (let s = 0; s < n; s += w.batchSize) {
      tf.tidy(() => {
        const idx = tf.tensor1d(order.subarray(s, Math.min(s + w.batchSize, n)), "int32");
        const xb = tf.gather(x, idx), yb = tf.gather(y, idx);
        optimizer.minimize(() => _loss(w, model.apply(xb) as tf.Tensor, yb));
      });
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = cpuUsage(cpu);
  const accuracy = _accuracy(w, model);
  tf.dispose([x, y]);
  model.dispose();
  return { seconds, cpuSeconds: (user + system) / 1e6, accuracy };
}

/**
 * Times `repeat` runs of a workload after a warm-up and prints the best as one JSON line, with
 * `"backend"` telling which backend ran ("wasm" if it initialises, else "cpu").
 *
 * @param w The workload.
 * @param repeat How many timed runs.
 */
export function measure(w: Workload, repeat: number): void {
  _run(w, Math.max(1, Math.floor(w.epochs / 10)));
  let best = { seconds: Infinity, cpuSeconds: NaN, accuracy: NaN };
  for (let i = 0; i < repeat; i++) {
    const result = _run(w, w.epochs);
    if (result.seconds < best.seconds) best = result;
  }
  console.log(JSON.stringify({
    workload: `${w.name} (TensorFlow.js ${backend})`,
    train_s: Number(best.seconds.toFixed(3)),
    samples_per_s: Math.round((w.train.x.rows * w.epochs) / best.seconds),
    accuracy: Number(best.accuracy.toFixed(4)),
    threads: 1,
    cpu_s: Number(best.cpuSeconds.toFixed(3)),
    backend,
    loadavg: Deno.loadavg(),
  }));
}

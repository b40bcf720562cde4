/**
 * One optimiser step (and one penalty, one clip) on a 784×256 float32 weight, the
 * size of an MNIST-sized first layer. Run: `deno bench bench/optim_bench.ts`.
 *
 * @module
 */

import { adam, clipGradNorm, l2, type Optimizer, type Parameter, Rng, sgd } from "relu-lab";

function _weight(): Parameter {
  const rng = new Rng(0);
  const size = 784 * 256;
  const value = new Float32Array(size);
  const grad = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    value[i] = rng.normal(0, 0.05);
    grad[i] = rng.normal(0, 0.01);
  }
  return { name: "weight", shape: [256, 784], value, grad, decay: true };
}

const optimizers: Optimizer[] = [sgd(), sgd({ momentum: 0.9, nesterov: true }), adam()];
for (const optimizer of optimizers) {
  const params = [_weight()];
  Deno.bench(`${optimizer.name} step, 784×256 float32`, { group: "step" }, () => {
    optimizer.step(params, 1e-6);
  });
}

const params = [_weight()];
Deno.bench("l2 penalty apply, 784×256 float32", () => {
  l2(1e-9).apply(params);
});
Deno.bench("clipGradNorm, 784×256 float32", () => {
  clipGradNorm(params, 1e6);
});

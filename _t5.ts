import { traceNeuron } from "./lib/mod.ts";
for (const [act, w] of [["relu", -3], ["relu", -100000], ["leaky_relu(0.01)", -3], ["leaky_relu(0.01)", -100000], ["leaky_relu(0.1)", -100000]] as const) {
  const t = performance.now();
  const tr = traceNeuron({ activation: act, weight: w, steps: 2000 });
  const n = tr.weight.length;
  console.log(act, w, (performance.now() - t).toFixed(0), "ms", tr.weight[n - 1], tr.bias[n - 1], tr.meanOutput[n - 1], tr.weightGrad[n - 1], tr.loss[n - 1], tr.weight[n-1]! - tr.weight[n-2]!, tr.diverged);
}

import { expect } from "chai";
import { Rng } from "relu-lab";
import { bootstrapCI, mean, std, summarize } from "relu-lab/lab";

const rows = [
  { activation: "relu", lr: 0.1, seed: 1, accuracy: 0.9, status: "completed" },
  { activation: "relu", lr: 0.1, seed: 2, accuracy: 0.94, status: "completed" },
  { activation: "relu", lr: 0.1, seed: 3, accuracy: 0.91, status: "completed" },
  { activation: "relu", lr: 1, seed: 1, accuracy: null, status: "diverged" },
  { activation: "tanh", lr: 0.1, seed: 1, accuracy: 0.88, status: "completed" },
  { activation: "tanh", lr: 0.1, seed: 2, accuracy: 0.86, status: "completed" },
];

Deno.test("summarize() gives one row per group with n, missing, mean, std and the bootstrap interval", () => {
  const table = summarize(rows, {
    groupBy: ["activation", "lr"],
    metric: "accuracy",
    rng: new Rng(7),
  });
  expect(table.map((r) => [r.activation, r.lr, r.n, r.missing])).to.deep.equal([
    ["relu", 0.1, 3, 0],
    ["relu", 1, 0, 1],
    ["tanh", 0.1, 2, 0],
  ]);
  const relu = [0.9, 0.94, 0.91];
  const ci = bootstrapCI(relu, { rng: new Rng(7) });
  expect(table[0]).to.deep.equal({
    activation: "relu",
    lr: 0.1,
    n: 3,
    missing: 0,
    mean: mean(relu),
    std: std(relu),
    low: ci.low,
    high: ci.high,
  });
  expect(table[1]).to.include({ mean: null, std: null, low: null, high: null });
});

Deno.test("summarize() rejects a missing field and a non-numeric metric, naming the row", () => {
  expect(() => summarize(rows, { groupBy: ["optimizer"], metric: "accuracy", rng: new Rng(0) }))
    .to.throw(RangeError, /rows\[0\] .* "optimizer"/);
  expect(() => summarize(rows, { groupBy: ["activation"], metric: "status", rng: new Rng(0) }))
    .to.throw(TypeError, /rows\[0\]\.status .* "completed"/);
});

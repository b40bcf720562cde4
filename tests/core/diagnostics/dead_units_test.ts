import { expect } from "chai";
import { deadUnits, fromRows, mlp, mlpFromWeights, preActivations, Rng } from "relu-lab";
import { randomMatrix } from "../_gradcheck.ts";

const X = fromRows([[-2], [-1], [0.5], [3]], "float64");

Deno.test("deadUnits() counts a ReLU unit with a large negative bias as dead", () => {
  const model = mlpFromWeights({
    weights: [[[1], [1], [-1]], [[1, 1, 1]]],
    biases: [[0, -100, 0], [0]],
  });
  const [census] = deadUnits(model, X);
  expect(census!.dead).to.deep.equal([false, true, false]);
  expect(census!.deadFraction).to.be.closeTo(1 / 3, 1e-15);
  expect(census!.activeShare).to.deep.equal([0.5, 0, 0.5]);
});

Deno.test("deadUnits() never counts a Leaky ReLU or tanh unit as dead, but reports its active share", () => {
  for (const activation of ["leaky_relu(0.01)", "tanh", "prelu"]) {
    const model = mlpFromWeights({
      weights: [[[1], [1]], [[1, 1]]],
      biases: [[0, -100], [0]],
      activation,
    });
    const [census] = deadUnits(model, X);
    expect(census!.dead, activation).to.deep.equal([false, false]);
    expect(census!.activeShare[1], activation).to.equal(0);
  }
});

Deno.test("deadUnits() reports one census per hidden layer and rejects bad input", () => {
  const model = mlp({ sizes: [1, 4, 4, 4, 1], seed: 1 });
  expect(deadUnits(model, X).map((c) => c.units)).to.deep.equal([4, 4, 4]);
  expect(() => deadUnits(model, fromRows([[1, 2]]))).to.throw(RangeError, /x to be n × 1/);
});

Deno.test("deadUnits() on float32 (branch-free counts) agrees with a plain count of positive pre-activations", () => {
  // A bias of -1.5 leaves some units dead and others firing on part of the inputs.
  const model = mlp({ sizes: [3, 12, 12, 1], seed: 8 });
  for (const layer of model.parameters().filter((p) => p.name === "bias")) layer.value.fill(-1.5);
  const x64 = randomMatrix(300, 3, new Rng(3));
  const x = { ...x64, data: Float32Array.from(x64.data) };
  const census = deadUnits(model, x);
  preActivations(model, x).forEach(({ z }, l) => {
    const counts = Array.from({ length: z.cols }, (_, j) => {
      let count = 0;
      for (let i = 0; i < z.rows; i++) if (z.data[i * z.cols + j]! > 0) count++;
      return count;
    });
    expect(census[l]!.activeShare).to.deep.equal(counts.map((c) => c / z.rows));
    expect(census[l]!.dead).to.deep.equal(counts.map((c) => c === 0));
  });
  expect(census.some((layer) => layer.dead.includes(true))).to.equal(true);
  expect(census.some((layer) => layer.dead.includes(false))).to.equal(true);
});

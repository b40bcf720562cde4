import { expect } from "chai";
import { deadUnits, fromRows, mlp, mlpFromWeights } from "../../lib/mod.ts";

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

import { expect } from "chai";
import {
  deadUnits,
  fromRows,
  mlp,
  mlpFromWeights,
  preActivations,
  type PReLU,
  Rng,
} from "relu-lab";
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

/**
 * A one-input network whose hidden units see exactly the given pre-activations: unit j's
 * weight is 0 and its bias is `biases[j]`, so every sample gives it z = biases[j].
 */
function constantUnits(biases: number[], activation: string, dtype: "float32" | "float64") {
  return mlpFromWeights({
    weights: [biases.map(() => [0]), [biases.map(() => 1)]],
    biases: [biases, [0]],
    activation,
    dtype,
  });
}

// The boundary of "dead" and "inactive" is z > 0, pinned at its edges on both census paths
// (float64 compares; float32 tests the bits): exactly 0 and −0 are off, the smallest
// positive number is on, and a slope below zero keeps a Leaky or PReLU unit alive.
for (const dtype of ["float32", "float64"] as const) {
  const tiny = dtype === "float32" ? 1.401298464324817e-45 : Number.MIN_VALUE;
  const edges = [0, -0, tiny, -tiny, 1e-30, -1e-30];
  Deno.test(`deadUnits() in ${dtype}: z = 0 and −0 are off, the smallest positive z is on`, () => {
    const x = fromRows([[1], [2]], dtype);
    const [relu] = deadUnits(constantUnits(edges, "relu", dtype), x);
    expect(relu!.inactive, "relu inactive").to.deep.equal([true, true, false, true, false, true]);
    expect(relu!.dead, "relu dead").to.deep.equal([true, true, false, true, false, true]);
    expect(relu!.activeShare).to.deep.equal([0, 0, 1, 0, 1, 0]);
    for (const activation of ["leaky_relu(0.01)", "prelu", "rrelu"]) {
      const [census] = deadUnits(constantUnits(edges, activation, dtype), x);
      expect(census!.inactive, `${activation} inactive`).to.deep.equal(relu!.inactive);
      expect(census!.dead, `${activation} dead`).to.deep.equal(edges.map(() => false));
    }
  });

  Deno.test(`deadUnits() in ${dtype}: one sample at exactly 0 among positives counts as off`, () => {
    // Unit 0 sees z = x: samples 0, 0 and 3 give an active share of 1/3.
    const model = mlpFromWeights({ weights: [[[1]], [[1]]], biases: [[0], [0]], dtype });
    const [census] = deadUnits(model, fromRows([[0], [-0], [3]], dtype));
    expect(census!.activeShare[0]).to.be.closeTo(1 / 3, 1e-15);
    expect(census!.dead[0]).to.equal(false);
    const [zeroOnly] = deadUnits(model, fromRows([[0], [0]], dtype));
    expect([zeroOnly!.dead[0], zeroOnly!.inactive[0], zeroOnly!.activeShare[0]])
      .to.deep.equal([true, true, 0]);
  });
}

Deno.test("deadUnits() counts a PReLU unit whose learned slope reached 0 as dead at and below zero", () => {
  const model = constantUnits([-1, 0, 1], "prelu_per_unit", "float64");
  (model.layers[1] as PReLU).slope.value.set([0, 0, 0]);
  const [census] = deadUnits(model, fromRows([[1]], "float64"));
  expect(census!.dead).to.deep.equal([true, true, false]);
});

Deno.test("deadUnits(): dead means output and slope exactly 0, however small the leak or output", () => {
  const x = fromRows([[1]], "float64");
  // A leak of 1e-12 still passes gradient: never dead.
  expect(deadUnits(constantUnits([-1, -1e6], "leaky_relu(1e-12)", "float64"), x)[0]!.dead)
    .to.deep.equal([false, false]);
  // tanh saturated at +1 has slope exactly 0 but output 1: alive. Sigmoid at z = −800 has
  // output and slope exactly 0: dead (by this definition a saturated sigmoid can die too).
  expect(deadUnits(constantUnits([30, -30], "tanh", "float64"), x)[0]!.dead)
    .to.deep.equal([false, false]);
  expect(deadUnits(constantUnits([-800, -30], "sigmoid", "float64"), x)[0]!.dead)
    .to.deep.equal([true, false]);
  // A ReLU unit whose only output is 1e-300 is alive.
  expect(deadUnits(constantUnits([1e-300, -1e-300], "relu", "float64"), x)[0]!.dead)
    .to.deep.equal([false, true]);
});

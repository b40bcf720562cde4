// Every layer checks the shapes it receives, forward and backward, and the modes: a wrong
// width used to come back as a matrix of NaNs (BatchNorm(2) on 3 columns) or a silently
// misread buffer. The errors name the argument (x, gradOut, mode) and both shapes.
import { expect } from "chai";
import {
  ActivationLayer,
  BatchNorm,
  bce,
  Dense,
  Dropout,
  fromRows,
  type Layer,
  mlp,
  mse,
  PReLU,
  relu,
  Rng,
  RReLU,
  softmaxCrossEntropy,
  tanh,
  zeros,
} from "relu-lab";

const LAYERS: { name: string; make: () => Layer }[] = [
  { name: "Dense(2, 3)", make: () => new Dense(2, 3, new Rng(0)) },
  { name: "ActivationLayer(relu, 2)", make: () => new ActivationLayer(relu, 2) },
  { name: "ActivationLayer(tanh, 2)", make: () => new ActivationLayer(tanh, 2) },
  { name: "PReLU(2)", make: () => new PReLU(2) },
  { name: "PReLU(2, per unit)", make: () => new PReLU(2, { slopes: "per_unit" }) },
  { name: "RReLU(2)", make: () => new RReLU(2, new Rng(0)) },
  { name: "BatchNorm(2)", make: () => new BatchNorm(2) },
  { name: "Dropout(2, 0.5)", make: () => new Dropout(2, 0.5, new Rng(0)) },
];

for (const { name, make } of LAYERS) {
  Deno.test(`${name}: forward refuses an input of the wrong width, naming x and both shapes`, () => {
    const layer = make();
    for (const mode of ["train", "eval"] as const) {
      expect(() => layer.forward(zeros(4, 3), mode)).to.throw(
        RangeError,
        "Expected x to be n × 2, received 4 × 3",
      );
    }
  });

  Deno.test(`${name}: forward refuses a hand-built matrix whose data does not fill it`, () => {
    const layer = make();
    expect(() => layer.forward({ rows: 4, cols: 2, data: new Float32Array(6) }, "train")).to
      .throw(RangeError, "Expected x.data to hold 4 × 2 = 8 values, received 6");
    expect(() => layer.forward({ rows: 4, cols: 2, data: [1, 2] } as never, "train")).to.throw(
      TypeError,
      "Expected x.data to be a Float32Array or Float64Array, received an array of length 2",
    );
    expect(() => layer.forward(null as never, "train")).to.throw(TypeError, "Expected x to be");
  });

  Deno.test(`${name}: forward refuses a misspelt mode`, () => {
    expect(() => make().forward(zeros(4, 2), "training" as never)).to.throw(
      RangeError,
      'Expected mode to be one of "train", "eval", received "training"',
    );
  });

  Deno.test(`${name}: backward refuses a gradient of the wrong shape, naming gradOut`, () => {
    const layer = make();
    const out = layer.forward(zeros(4, 2), "train");
    expect(() => layer.backward(zeros(4, out.cols + 1))).to.throw(
      RangeError,
      `Expected gradOut to be 4 × ${out.cols}, received 4 × ${out.cols + 1}`,
    );
    expect(() => layer.backward(zeros(3, out.cols))).to.throw(
      RangeError,
      `Expected gradOut to be 4 × ${out.cols}, received 3 × ${out.cols}`,
    );
    expect(() => layer.backward({ rows: 4, cols: out.cols, data: new Float32Array(1) })).to.throw(
      RangeError,
      `Expected gradOut.data to hold 4 × ${out.cols} = ${4 * out.cols} values, received 1`,
    );
    // The right shape still works after the refusals.
    expect(layer.backward(zeros(4, out.cols)).cols).to.equal(2);
  });
}

Deno.test("BatchNorm(2).forward on a 3-column input is an error naming the widths, not NaNs", () => {
  expect(() => new BatchNorm(2).forward(fromRows([[1, 2, 3], [4, 5, 6]]), "train")).to.throw(
    RangeError,
    "Expected x to be n × 2, received 2 × 3",
  );
});

Deno.test("predict() on a hand-built matrix that does not fill its shape names x", () => {
  const model = mlp({ sizes: [2, 4, 1] });
  expect(() => model.predict({ rows: 40, cols: 2, data: new Float32Array(60) })).to.throw(
    RangeError,
    "Expected x.data to hold 40 × 2 = 80 values, received 60",
  );
  expect(() => model.backward(zeros(1, 1))).to.throw(Error, "before a forward pass");
});

Deno.test("the losses check logits, targets and grad, and mse names a NaN target's row", () => {
  const short = { rows: 2, cols: 1, data: new Float32Array(1) };
  for (const loss of [bce, mse]) {
    expect(() => loss.evaluate(short, zeros(2, 1)), loss.name).to.throw(
      RangeError,
      "Expected logits.data to hold 2 × 1 = 2 values, received 1",
    );
    expect(() => loss.evaluate(zeros(2, 1), zeros(2, 1), zeros(1, 1)), loss.name).to.throw(
      RangeError,
      "Expected grad to be 2 × 1, received 1 × 1",
    );
  }
  expect(() =>
    softmaxCrossEntropy.evaluate({ rows: 1, cols: 3, data: new Float32Array(2) }, zeros(1, 1))
  )
    .to.throw(RangeError, "Expected logits.data to hold 1 × 3 = 3 values, received 2");
  const targets = { rows: 2, cols: 2, data: Float32Array.of(0, 1, 2, NaN) };
  expect(() => mse.evaluate(zeros(2, 2), targets)).to.throw(
    RangeError,
    "Expected targets to be finite numbers, received NaN at row 1",
  );
});

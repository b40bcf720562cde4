import { expect } from "chai";
import {
  ActivationLayer,
  bce,
  Dense,
  fromRows,
  mlp,
  mlpFromWeights,
  Rng,
  Sequential,
  softmaxCrossEntropy,
  tanh,
  uniformInit,
  zeros,
} from "relu-lab";
import { numericGradient, randomMatrix, relativeError } from "../_gradcheck.ts";

Deno.test("Sequential.lossAndGradients() matches finite differences for a whole MLP", () => {
  // Non-zero biases keep pre-activations off ReLU's kink (a zero bias behind a dead unit sits on it).
  const biasInit = uniformInit(0.1, 0.5);
  const cases = [["relu", false], ["leaky_relu(0.1)", true], ["tanh", false], [
    "prelu",
    true,
  ]] as const;
  for (const [activation, batchNorm] of cases) {
    const model = mlp({
      sizes: [3, 5, 4, 3],
      activation,
      seed: 2,
      dtype: "float64",
      batchNorm,
      biasInit,
    });
    const x = randomMatrix(6, 3, new Rng(9));
    const y = fromRows([[0], [1], [2], [1], [0], [2]], "float64");
    const { gradients } = model.lossAndGradients(x, y, softmaxCrossEntropy);
    const loss = () => softmaxCrossEntropy.evaluate(model.forward(x, "train"), y);
    model.parameters().forEach((p, i) => {
      const error = relativeError(gradients[i]!.grad, numericGradient(p.value, loss));
      expect(error, `${activation} bn=${batchNorm} ${gradients[i]!.layer}.${p.name}`).to.be.at.most(
        1e-6,
      );
    });
  }
});

Deno.test("mlp() is reproducible: the same seed gives the same weights bit for bit", () => {
  const weights = (seed: number) =>
    mlp({ sizes: [2, 8, 1], seed }).parameters().flatMap((p) => Array.from(p.value));
  expect(weights(5)).to.deep.equal(weights(5));
  expect(weights(5)).to.not.deep.equal(weights(6));
});

Deno.test("mlp() validates sizes, activation and dropout", () => {
  expect(() => mlp({ sizes: [2] })).to.throw(RangeError, /sizes to list at least 2 widths/);
  expect(() => mlp({ sizes: [2, 0, 1] })).to.throw(
    RangeError,
    /sizes\[1\] to be an integer >= 1, received 0/,
  );
  expect(() => mlp({ sizes: [2, 3, 1], activation: "relu7" })).to.throw(
    RangeError,
    /received "relu7"/,
  );
  expect(() => mlp({ sizes: [2, 3, 1], dropout: 1 })).to.throw(
    RangeError,
    "Expected dropout to be in [0, 1), received 1",
  );
  expect(() => mlp({ sizes: [2, 3, 1], dropout: NaN })).to.throw(
    TypeError,
    "Expected dropout to be a finite number, received NaN",
  );
});

Deno.test("mlpFromWeights() uses the given weights and rejects mismatched shapes", () => {
  const model = mlpFromWeights({ weights: [[[1, 2], [3, 4]], [[1, -1]]], biases: [[0, 1], [0]] });
  const first = model.layers[0] as Dense;
  expect(Array.from(first.weight.value)).to.deep.equal([1, 2, 3, 4]);
  const logits = model.predict(fromRows([[1, 1]], "float64"));
  expect(logits.data[0]).to.equal(3 - 8);
  expect(() => mlpFromWeights({ weights: [[[1, 2]], [[1, 1]]], biases: [[0], [0]] })).to.throw(
    RangeError,
    /weights\[1\] to be 1 × 1/,
  );
  expect(() => mlpFromWeights({ weights: [[[1, NaN]]], biases: [[0]] })).to.throw(
    RangeError,
    /only finite numbers, received NaN at index 1/,
  );
});

Deno.test("Sequential.forward() rejects inputs of the wrong width", () => {
  const model = mlp({ sizes: [2, 3, 1] });
  expect(() => model.forward(zeros(4, 3), "eval")).to.throw(
    RangeError,
    /x to be n × 2, received 4 × 3/,
  );
  expect(() => model.lossAndGradients(zeros(2, 2), zeros(3, 1), bce)).to.throw(
    RangeError,
    /targets to be 2 × 1/,
  );
});

Deno.test("Sequential.backwardParameters() fills the same gradients as backward(), bit for bit", () => {
  const x = randomMatrix(5, 3, new Rng(4));
  const gradOut = randomMatrix(5, 2, new Rng(5));
  const gradients = (model: Sequential, skipInput: boolean) => {
    model.forward(x, "train");
    if (skipInput) model.backwardParameters(gradOut);
    else model.backward(gradOut);
    return model.parameters().map((p) => Array.from(p.grad));
  };
  const rng = () => new Rng(6);
  // A dense first layer takes the shortcut; an activation first layer has none and runs backward.
  const build = [
    () => mlp({ sizes: [3, 4, 2], seed: 1, dtype: "float64" }),
    () =>
      new Sequential([new ActivationLayer(tanh, 3), new Dense(3, 2, rng(), { dtype: "float64" })]),
  ];
  for (const make of build) {
    expect(gradients(make(), true)).to.deep.equal(gradients(make(), false));
  }
});

import { expect } from "chai";
import { bce, circles, fromRows, gradientFlow, gradientNorms, mlp, preActivations } from "relu-lab";

const DATA = circles(1, { n: 64, noise: 0.1, factor: 0.5, dtype: "float64" });

Deno.test("gradientFlow() reports the same weight-gradient norms as gradientNorms()", () => {
  const model = mlp({ sizes: [2, 8, 8, 1], activation: "tanh", seed: 2, dtype: "float64" });
  const flow = gradientFlow(model, DATA.x, DATA.y, bce);
  expect(flow.map((l) => l.weightNorm)).to.deep.equal(gradientNorms(model));
});

Deno.test("gradientFlow() at the output layer is the loss gradient (σ(z) − y) / n", () => {
  const model = mlp({ sizes: [2, 4, 1], seed: 3, dtype: "float64" });
  const z = model.predict(DATA.x).data;
  let squares = 0;
  z.forEach((v, i) => squares += ((1 / (1 + Math.exp(-v)) - DATA.y.data[i]!) / z.length) ** 2);
  const flow = gradientFlow(model, DATA.x, DATA.y, bce);
  expect(flow.at(-1)!.outputGradRms).to.be.closeTo(Math.sqrt(squares / z.length), 1e-15);
});

Deno.test("gradientFlow() finds exact zeros wherever a ReLU unit is inactive, and none for Leaky ReLU", () => {
  for (const activation of ["relu", "leaky_relu(0.1)"]) {
    const model = mlp({ sizes: [2, 16, 1], activation, seed: 4, dtype: "float64" });
    const [hidden] = preActivations(model, DATA.x);
    const inactive = hidden!.z.data.filter((v) => v <= 0).length / hidden!.z.data.length;
    const [first] = gradientFlow(model, DATA.x, DATA.y, bce);
    expect(inactive).to.be.within(0.2, 0.8);
    expect(first!.exactZeros).to.equal(activation === "relu" ? inactive : 0);
  }
});

Deno.test("gradientFlow() through 20 sigmoid layers is tiny near the input but never exactly 0", () => {
  const model = mlp({ sizes: [2, ...Array(20).fill(16), 1], activation: "sigmoid", seed: 5 });
  const flow = gradientFlow(model, DATA.x, DATA.y, bce);
  expect(flow[0]!.outputGradRms / flow[19]!.outputGradRms).to.be.below(1e-6);
  expect(flow[0]!.exactZeros).to.equal(0);
  expect(flow[0]!.outputGradMin).to.be.above(0);
});

Deno.test("gradientFlow() rejects targets with another number of rows, naming them", () => {
  const model = mlp({ sizes: [2, 4, 1], seed: 3 });
  expect(() => gradientFlow(model, DATA.x, fromRows([[1]]), bce)).to.throw(RangeError, /targets/);
});

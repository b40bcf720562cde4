import { expect } from "chai";
import { traceNeuron } from "relu-lab/lab";

Deno.test("traceNeuron() shows a ReLU neuron at w = -3 frozen: zero gradient, weight never moves", () => {
  const trace = traceNeuron({ weight: -3, steps: 200 });
  expect(trace.weight.every((w) => w === -3)).to.equal(true);
  expect(trace.meanOutput.every((h) => h === 0)).to.equal(true);
  expect(trace.weightGrad.every((g) => g === 0)).to.equal(true);
});

Deno.test("traceNeuron() shows a Leaky ReLU neuron at w = -3 recovering to fit y = 2x", () => {
  const trace = traceNeuron({ activation: "leaky_relu(0.01)", weight: -3, steps: 2000 });
  expect(trace.weight.at(-1)).to.be.closeTo(2, 1e-3);
  expect(trace.loss.at(-1)).to.be.below(1e-6);
});

Deno.test("traceNeuron() reports divergence instead of NaN, and validates its options", () => {
  // A linear neuron with far too large a step: every update overshoots further.
  const exploding = traceNeuron({
    activation: "identity",
    weight: 1,
    learningRate: 100,
    steps: 1000,
  });
  expect(exploding.diverged).to.be.a("number");
  expect(exploding.loss.every(Number.isFinite)).to.equal(true);
  expect(() => traceNeuron({ weight: NaN })).to.throw(
    TypeError,
    /weight to be a finite number, received NaN/,
  );
  expect(() => traceNeuron({ weight: 1, steps: 0 })).to.throw(
    RangeError,
    /steps to be an integer >= 1/,
  );
});

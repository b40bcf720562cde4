import { expect } from "chai";
import { Dense, type LayerGradientFlow } from "relu-lab";
import {
  deepCircles,
  deepNet,
  summariseDepthGradients,
} from "../../../lib/chapters/03_gradients/deep_nets.ts";

function _weights(net: ReturnType<typeof deepNet>, layer: number): Float32Array | Float64Array {
  return (net.layers.filter((l) => l instanceof Dense)[layer] as Dense).weight.value;
}

Deno.test("deepNet() draws hidden weights with He (2/fan_in) or Xavier (2/(fan_in+fan_out)) variance", () => {
  for (const [init, variance] of [["he", 2 / 64], ["xavier", 2 / 128]] as const) {
    const net = deepNet({ activation: "relu", init, depth: 6, seed: 1, width: 64 });
    const w = Array.from({ length: 4 }, (_, k) => Array.from(_weights(net, k + 1))).flat();
    const measured = w.reduce((s, v) => s + v * v, 0) / w.length;
    expect(measured).to.be.closeTo(variance, 0.1 * variance);
  }
});

Deno.test("deepNet() gives every activation the same initial weights for one seed", () => {
  const make = (activation: string) => deepNet({ activation, init: "xavier", depth: 3, seed: 9 });
  expect(_weights(make("tanh"), 2)).to.deep.equal(_weights(make("relu"), 2));
  expect(_weights(make("tanh"), 2)).to.not.deep.equal(
    _weights(deepNet({ activation: "tanh", init: "xavier", depth: 3, seed: 8 }), 2),
  );
});

Deno.test("deepNet() rejects an unknown init or fewer than 2 hidden layers, naming them", () => {
  expect(() => deepNet({ activation: "relu", init: "lecun", depth: 3, seed: 1 })).to.throw(/init/);
  expect(() => deepNet({ activation: "relu", init: "he", depth: 1, seed: 1 })).to.throw(
    RangeError,
    /depth/,
  );
});

Deno.test("deepCircles() draws independent data per purpose", () => {
  expect(deepCircles(1, "train").x.rows).to.equal(256);
  expect(deepCircles(1, "train").x.data).to.not.deep.equal(deepCircles(1, "test").x.data);
});

const _layer = (rms: number, weight: number, zeros = 0, min = rms / 10): LayerGradientFlow => ({
  outputGradRms: rms,
  weightNorm: weight,
  exactZeros: zeros,
  outputGradMin: min,
});

Deno.test("summariseDepthGradients() compares the first hidden layer with the last, ignoring the output layer", () => {
  const flow = [_layer(1e-6, 5), _layer(1e-4, 2, 0.5), _layer(1e-2, 8, 0.25), _layer(7, 7)];
  const summary = summariseDepthGradients(flow);
  expect(summary.deltaRatio).to.be.closeTo(1e-4, 1e-16);
  expect(summary.weightRatio).to.equal(0.25);
  expect(summary.exactZeros).to.equal(0.25);
  expect(summary.smallestGrad).to.be.closeTo(1e-7, 1e-20);
});

Deno.test("summariseDepthGradients() gives null ratios when the last hidden layer gets no gradient", () => {
  const flow = [_layer(0, 1, 1, 0), _layer(0, 0, 1, 0), _layer(0, 0, 1, 0), _layer(1, 1)];
  expect(summariseDepthGradients(flow)).to.deep.equal({
    deltaRatio: null,
    weightRatio: null,
    exactZeros: 1,
    smallestGrad: 0,
  });
  expect(() => summariseDepthGradients(flow.slice(0, 2))).to.throw(RangeError, /flow/);
});

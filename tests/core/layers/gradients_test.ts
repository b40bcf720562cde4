import { expect } from "chai";
import {
  ACTIVATION_NAMES,
  activationByName,
  ActivationLayer,
  BatchNorm,
  Dense,
  Dropout,
  type Layer,
  type Mode,
  PReLU,
  Rng,
  RReLU,
} from "relu-lab";
import { layerGradientErrors, randomMatrix } from "../_gradcheck.ts";

const TOLERANCE = 1e-6;

function expectGradientsMatch(layer: Layer, mode: Mode = "train", rows = 5): void {
  const x = randomMatrix(rows, layer.inputSize, new Rng(11));
  const errors = layerGradientErrors(layer, x, mode);
  for (const [tensor, error] of Object.entries(errors)) {
    expect(error, `${layer.kind} ${tensor}`).to.be.at.most(TOLERANCE);
  }
}

Deno.test("Dense.backward() matches finite differences in float64", () => {
  expectGradientsMatch(new Dense(4, 3, new Rng(1), { dtype: "float64" }));
});

for (const name of ACTIVATION_NAMES) {
  Deno.test(`ActivationLayer(${name}).backward() matches finite differences`, () => {
    expectGradientsMatch(new ActivationLayer(activationByName(name), 4));
  });
}

Deno.test("ActivationLayer(leaky_relu(0.1)).backward() matches finite differences", () => {
  expectGradientsMatch(new ActivationLayer(activationByName("leaky_relu(0.1)"), 4));
});

for (const slopes of ["shared", "per_unit"] as const) {
  Deno.test(`PReLU(${slopes}).backward() matches finite differences, slopes included`, () => {
    const layer = new PReLU(4, { slopes, dtype: "float64" });
    layer.slope.value.set(slopes === "shared" ? [0.3] : [0.1, 0.2, 0.3, 0.4]);
    expectGradientsMatch(layer);
  });
}

Deno.test("RReLU.backward() matches finite differences in evaluation mode", () => {
  expectGradientsMatch(new RReLU(4, new Rng(2)), "eval");
});

Deno.test("RReLU.backward() uses the slopes drawn in the training forward pass", () => {
  const layer = new RReLU(3, new Rng(2));
  const x = randomMatrix(4, 3, new Rng(3));
  const y = layer.forward(x, "train");
  const ones = { rows: 4, cols: 3, data: new Float64Array(12).fill(1) };
  const grad = layer.backward(ones);
  for (let i = 0; i < 12; i++) {
    const slope = y.data[i]! / x.data[i]!;
    expect(grad.data[i]).to.be.closeTo(slope, 1e-12);
    if (x.data[i]! < 0) expect(slope).to.be.within(1 / 8, 1 / 3);
  }
});

for (const mode of ["train", "eval"] as const) {
  Deno.test(`BatchNorm.backward() matches finite differences in ${mode} mode`, () => {
    const layer = new BatchNorm(3, { dtype: "float64" });
    layer.gamma.value.set([1.5, -0.7, 0.3]);
    layer.beta.value.set([0.1, 0.2, -0.3]);
    layer.runningMean.set([0.2, -0.1, 0.4]);
    layer.runningVar.set([1.3, 0.6, 2.1]);
    expectGradientsMatch(layer, mode, 6);
  });
}

Deno.test("Dropout.backward() matches finite differences with a frozen mask", () => {
  const layer = new Dropout(4, 0.5, new Rng(5));
  layer.forward(randomMatrix(5, 4, new Rng(6)), "train");
  layer.freezeMask = true;
  expect(Array.from(layer.mask!)).to.include(0);
  expectGradientsMatch(layer);
});

import { expect } from "chai";
import fc from "fast-check";
import { ACTIVATION_NAMES, activationByName, ActivationLayer, type Dtype, Rng } from "relu-lab";
import { randomMatrix } from "../_gradcheck.ts";

const viaOutput = ACTIVATION_NAMES.map(activationByName).filter((a) => a.dfFromOutput);

Deno.test("dfFromOutput(f(x)) is df(x) bit for bit wherever an activation offers it", () => {
  expect(viaOutput.map((a) => a.name)).to.include.members(["tanh", "sigmoid"]);
  for (const activation of viaOutput) {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -800, max: 800 }), (x) => {
        expect(activation.dfFromOutput!(activation.f(x)), `${activation.name} at ${x}`).to.equal(
          activation.df(x),
        );
      }),
    );
  }
});

Deno.test("ActivationLayer.backward() from kept outputs equals the activation's own backward, bit for bit", () => {
  for (const activation of viaOutput) {
    for (const dtype of ["float32", "float64"] as Dtype[]) {
      const x64 = randomMatrix(7, 5, new Rng(2));
      const x = dtype === "float64" ? x64 : { ...x64, data: Float32Array.from(x64.data) };
      const gradOut = { ...x, data: x.data.map((_, i) => Math.sin(i)) };
      const want = x.data.map(() => 0);
      activation.backward(x.data, gradOut.data, want);
      for (const mode of ["train", "eval"] as const) {
        const layer = new ActivationLayer(activation, 5);
        layer.forward(x, mode);
        const got = layer.backward(gradOut);
        expect(Array.from(got.data), `${activation.name} ${dtype} ${mode}`).to.deep.equal(
          Array.from(want),
        );
      }
    }
  }
});

Deno.test("ActivationLayer.forward() in training mode (keeping f(x) for backward) gives the outputs of evaluation mode, bit for bit", () => {
  for (const activation of viaOutput) {
    for (const dtype of ["float32", "float64"] as Dtype[]) {
      const x64 = randomMatrix(7, 5, new Rng(3));
      const x = dtype === "float64" ? x64 : { ...x64, data: Float32Array.from(x64.data) };
      const want = Array.from(new ActivationLayer(activation, 5).forward(x, "eval").data);
      const got = Array.from(new ActivationLayer(activation, 5).forward(x, "train").data);
      expect(got, `${activation.name} ${dtype}`).to.deep.equal(want);
    }
  }
});

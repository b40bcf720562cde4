// Cross-checks against PyTorch's float64 numbers, produced by tools/reference/model_torch.py.

import { expect } from "chai";
import { activationByName, fromRows, lossByName, mlpFromWeights, zeros } from "relu-lab";
import { relativeError } from "./_gradcheck.ts";

interface Fixture {
  activations: Record<string, { x: number[]; f: number[]; df: number[] }>;
  losses: Array<
    { loss: string; logits: number[][]; targets: number[][]; value: number; grad: number[][] }
  >;
  mlps: Array<{
    activation: string;
    loss: string;
    weights: number[][][];
    biases: number[][];
    x: number[][];
    targets: number[][];
    logits: number[][];
    value: number;
    grads: number[][];
  }>;
}

const fixture: Fixture = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/model_torch.json", import.meta.url)),
);

/** Largest |ours − torch| / max(1, |torch|) over a list of points. */
function worstError(ours: (x: number) => number, xs: number[], reference: number[]): number {
  return Math.max(
    ...xs.map((x, i) => Math.abs(ours(x) - reference[i]!) / Math.max(1, Math.abs(reference[i]!))),
  );
}

for (const [name, ref] of Object.entries(fixture.activations)) {
  Deno.test(`activationByName("${name}") agrees with PyTorch to 1e-6 on [-8, 8] and at ±1000`, () => {
    const act = activationByName(name);
    expect(worstError(act.f, ref.x, ref.f), "f").to.be.at.most(1e-6);
    expect(worstError(act.df, ref.x, ref.df), "df").to.be.at.most(1e-6);
  });
}

for (const ref of fixture.losses) {
  Deno.test(`lossByName("${ref.loss}") agrees with PyTorch in value and gradient`, () => {
    const logits = fromRows(ref.logits, "float64");
    const grad = zeros(logits.rows, logits.cols, "float64");
    const value = lossByName(ref.loss).evaluate(logits, fromRows(ref.targets, "float64"), grad);
    expect(value).to.be.closeTo(ref.value, 1e-12 * Math.max(1, Math.abs(ref.value)));
    expect(relativeError(grad.data, ref.grad.flat())).to.be.at.most(1e-12);
  });
}

for (const ref of fixture.mlps) {
  Deno.test(`mlpFromWeights() with ${ref.activation} matches PyTorch's logits, loss and gradients`, () => {
    const model = mlpFromWeights({
      weights: ref.weights,
      biases: ref.biases,
      activation: ref.activation,
    });
    const x = fromRows(ref.x, "float64");
    expect(relativeError(model.predict(x).data, ref.logits.flat())).to.be.at.most(1e-12);
    const { loss, gradients } = model.lossAndGradients(
      x,
      fromRows(ref.targets, "float64"),
      lossByName(ref.loss),
    );
    expect(loss).to.be.closeTo(ref.value, 1e-12);
    gradients.forEach((g, i) => {
      expect(relativeError(g.grad, ref.grads[i]!), `${g.layer}.${g.name}`).to.be.at.most(1e-10);
    });
  });
}

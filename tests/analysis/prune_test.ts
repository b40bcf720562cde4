import { expect } from "chai";
import { circles, deadUnits, fit, mlp, normalInit } from "relu-lab";
import { pruneDeadUnits } from "relu-lab/lab";

Deno.test("pruneDeadUnits() removes exactly the dead units and keeps the outputs on the data", async () => {
  const data = circles(0, { n: 200, noise: 0.05, factor: 0.5, dtype: "float64" });
  // Biases drawn around -1 kill a good share of units from the start.
  const model = mlp({
    sizes: [2, 16, 16, 1],
    seed: 2,
    dtype: "float64",
    biasInit: normalInit(-1, 0.5),
  });
  await fit(model, data, { epochs: 5, learningRate: 0.1 });
  const dead = deadUnits(model, data.x).reduce((sum, l) => sum + l.dead.filter(Boolean).length, 0);
  const pruned = pruneDeadUnits(model, data.x);
  expect(dead).to.be.above(0);
  expect(pruned.removed).to.equal(dead);
  expect(Array.from(pruned.model.predict(data.x).data)).to.deep.equal(
    Array.from(model.predict(data.x).data),
  );
});

Deno.test("pruneDeadUnits() refuses models that are not Dense/activation stacks", () => {
  const model = mlp({ sizes: [2, 4, 1], batchNorm: true });
  expect(() => pruneDeadUnits(model, circles(0).x)).to.throw(
    TypeError,
    /received batch_norm at layer 1/,
  );
});

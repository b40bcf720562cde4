import { expect } from "chai";
import { circles, deadUnits, fromRows, mlp, mlpFromWeights, normalInit } from "relu-lab";
import { deadElsewhere } from "relu-lab/lab";

Deno.test("deadElsewhere() counts per layer the units dead on seen inputs and alive on others", () => {
  // Layer 1: unit 0 fires for x > 0, unit 1 for x < 0, unit 2 never (bias -100).
  // Layer 2: one unit that reads unit 0 only, so it is dead wherever unit 0 is.
  const model = mlpFromWeights({
    weights: [[[1], [-1], [1]], [[1, 0, 0]], [[1]]],
    biases: [[0, 0, -100], [0], [0]],
  });
  const seen = fromRows([[-2], [-1]], "float64");
  const other = fromRows([[1], [2]], "float64");
  const census = deadElsewhere(model, seen, other);
  expect(census.layers).to.deep.equal([
    { units: 3, deadOnSeen: 2, deadOnOther: 2, activeOnOther: 1 },
    { units: 1, deadOnSeen: 1, deadOnOther: 0, activeOnOther: 1 },
  ]);
  expect([census.units, census.deadOnSeen, census.deadOnOther, census.activeOnOther])
    .to.deep.equal([4, 3, 2, 2]);
});

Deno.test("deadElsewhere() finds nothing alive elsewhere when both input sets are the same", () => {
  const model = mlp({ sizes: [2, 16, 16, 1], seed: 3, biasInit: normalInit(-0.5, 0.5) });
  const x = circles(1, { n: 200, noise: 0.1 }).x;
  const census = deadElsewhere(model, x, x);
  const dead = deadUnits(model, x).reduce((sum, l) => sum + l.dead.filter(Boolean).length, 0);
  expect(census.deadOnSeen).to.equal(dead).and.to.be.above(0);
  expect(census.deadOnOther).to.equal(dead);
  expect(census.activeOnOther).to.equal(0);
});

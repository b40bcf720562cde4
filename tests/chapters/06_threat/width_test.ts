import { expect } from "chai";
import { SHIFTED_BOX, widthSweep } from "../../../lib/chapters/06_threat/width.ts";

Deno.test("widthSweep's pruned network keeps the training accuracy exactly", async () => {
  // lr 3 kills units in a few epochs; the pruned copy must agree on the training inputs.
  const outcome = await widthSweep.run({ width: 16, learningRate: 3, epochs: 5 }, 2);
  const m = outcome.metrics;
  if (outcome.status === "diverged") throw new Error("unexpected divergence");
  expect(m.deadUnits).to.be.above(0);
  expect(m.deadFraction).to.equal(m.deadUnits! / 32);
  expect(m.prunedAccuracy).to.equal(m.accuracy);
  expect(m.activeOnTest).to.be.within(0, m.deadUnits!);
  expect(m.activeOnShifted).to.be.within(0, m.deadUnits!);
});

Deno.test("widthSweep's shifted inputs reach well beyond the circles", () => {
  expect(SHIFTED_BOX[0]).to.be.below(-2);
  expect(SHIFTED_BOX[1]).to.be.above(2);
  expect(widthSweep.profiles.quick.grid?.width).to.deep.equal([4, 16, 64]);
});

Deno.test("widthSweep counts the hidden layers whose every unit is dead", async () => {
  const outcomes = await Promise.all(
    [1, 2, 3, 4, 5].map((seed) => widthSweep.run({ width: 2, learningRate: 3, epochs: 5 }, seed)),
  );
  // Width 2 at learning rate 3 loses whole layers on some of these seeds.
  expect(outcomes.some((o) => o.metrics.deadLayers! >= 1)).to.equal(true);
  for (const { metrics: m } of outcomes) {
    expect(m.deadLayers).to.be.within(0, 2);
    expect(m.deadUnits).to.be.at.least(2 * m.deadLayers!);
  }
});

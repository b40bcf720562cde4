import { expect } from "chai";
import { defineSweep } from "relu-lab/lab";
import { REMEDIES, remediesSweep } from "../../../lib/chapters/07_remedies/remedies.ts";

Deno.test("remedies runs every remedy and reports shares and accuracies in [0, 1]", async () => {
  for (const { name } of REMEDIES) {
    const outcome = await remediesSweep.run({ remedy: name, epochs: 1 }, 4);
    if (outcome.status === "diverged") continue; // the baseline's rate may blow up: recorded as such
    for (const value of Object.values(outcome.metrics)) expect(value).to.be.within(0, 1);
    expect(outcome.metrics.inactiveFraction).to.be.at.least(outcome.metrics.deadFraction!);
  }
});

Deno.test("remedies' Leaky ReLU cannot have strictly dead units, only inactive ones", async () => {
  const outcome = await remediesSweep.run({ remedy: "leaky_relu", epochs: 5 }, 1);
  expect(outcome.metrics.deadFraction).to.equal(0);
});

Deno.test("remedies change one thing each and reject unknown names", () => {
  expect(REMEDIES[0]!.name).to.equal("baseline");
  expect(REMEDIES[0]!.model).to.equal(undefined);
  expect(REMEDIES[0]!.fit).to.equal(undefined);
  for (const remedy of REMEDIES.slice(1)) {
    const changes = Object.keys(remedy.model ?? {}).length +
      Object.keys(remedy.fit?.(10) ?? {}).length;
    expect(changes, remedy.name).to.be.within(1, 2); // Adam sets the optimiser and its rate
  }
  const schedule = REMEDIES.find((r) => r.name === "lr_schedule")!.fit!(60).learningRate as (
    epoch: number,
  ) => number;
  expect(schedule(0)).to.be.closeTo(0.3, 1e-12);
  expect(schedule(5)).to.be.above(2.9);
  expect(schedule(59)).to.be.below(0.1);
  expect(() =>
    defineSweep({ ...remediesSweep, grid: { ...remediesSweep.grid, remedy: ["magic"] } })
  )
    .to.throw(RangeError, /remedy.*"magic"/);
});

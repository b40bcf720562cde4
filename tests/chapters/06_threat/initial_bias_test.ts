import { expect } from "chai";
import { defineSweep, planRuns } from "relu-lab/lab";
import { initialBiasSweep } from "../../../lib/chapters/06_threat/initial_bias.ts";

Deno.test("initialBiasSweep kills about half the units at birth with bias -1 and none with bias +1", async () => {
  const run = (bias: number) => initialBiasSweep.run({ bias, learningRate: 0.3, epochs: 1 }, 5);
  const negative = await run(-1);
  const positive = await run(1);
  expect(negative.status ?? "completed").to.equal("completed");
  expect(negative.metrics.deadAtInit).to.be.within(0.25, 0.75);
  expect(positive.metrics.deadAtInit).to.be.below(negative.metrics.deadAtInit!);
  for (const outcome of [negative, positive]) {
    expect(outcome.metrics.deadFraction).to.be.within(0, 1);
    expect(outcome.metrics.testAccuracy).to.be.within(0, 1);
  }
});

Deno.test("initialBiasSweep gives every bias and learning rate the same seeds (paired)", () => {
  const runs = planRuns(initialBiasSweep, "quick");
  const seeds = new Set(runs.filter((r) => r.replicate === 0).map((r) => r.seed));
  expect(seeds.size).to.equal(1);
  expect(runs).to.have.length(5 * 2 * 3);
  expect(() =>
    defineSweep({ ...initialBiasSweep, grid: { ...initialBiasSweep.grid, bias: [NaN] } })
  )
    .to.throw(/bias/);
});

import { expect } from "chai";
import { activationByName } from "relu-lab";
import { planRuns } from "relu-lab/lab";
import { VERDICT_ACTIVATIONS, verdictSweep } from "../../../lib/chapters/08_verdict/verdict.ts";

Deno.test("verdict pairs activations: a replicate has one seed across activations and datasets", () => {
  const runs = planRuns(verdictSweep, "full");
  expect(runs).to.have.length(5 * 8 * 20);
  for (const replicate of [0, 19]) {
    const seeds = new Set(runs.filter((r) => r.replicate === replicate).map((r) => r.seed));
    expect(seeds.size).to.equal(1);
  }
  expect(VERDICT_ACTIVATIONS[0]).to.equal("relu");
  expect(planRuns(verdictSweep, "quick").every((r) => r.settings.budget === "small")).to.equal(
    true,
  );
});

Deno.test("verdict trains circles with ReLU and Leaky ReLU from identical starting points", async () => {
  const settings = { dataset: "circles", budget: "small" };
  const relu = await verdictSweep.run({ ...settings, activation: "relu" }, 7);
  const leaky = await verdictSweep.run({ ...settings, activation: "leaky_relu(0.01)" }, 7);
  expect(relu.metrics.testAccuracy).to.be.above(0.9);
  expect(leaky.metrics.testAccuracy).to.be.above(0.9);
  expect(leaky.metrics.deadFraction).to.equal(0);
  expect(relu.metrics.deadFraction).to.equal(relu.metrics.inactiveFraction);
});

Deno.test("verdict's very leaky slope is Xu et al.'s 1/5.5 and RReLU trains with no dead unit", async () => {
  expect(VERDICT_ACTIVATIONS).to.include(`leaky_relu(${1 / 5.5})`);
  expect(activationByName(VERDICT_ACTIVATIONS[3]!).f(-5.5)).to.be.closeTo(-1, 1e-15);
  const rrelu = await verdictSweep.run({ dataset: "xor", budget: "small", activation: "rrelu" }, 3);
  expect(rrelu.metrics.testAccuracy).to.be.above(0.9);
  expect(rrelu.metrics.deadFraction).to.equal(0);
});

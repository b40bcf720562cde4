import { expect } from "chai";
import { bornDeadAtPoint } from "relu-lab/lab";
import { bornDeadMc } from "../../../lib/chapters/04_dying/born_dead.ts";
import { dyingInit } from "../../../lib/chapters/04_dying/dying_init.ts";
import { dyingLr } from "../../../lib/chapters/04_dying/dying_lr.ts";
import { leakySlope } from "../../../lib/chapters/05_leaky_prelu/leaky_slope.ts";
import { preluSlopes } from "../../../lib/chapters/05_leaky_prelu/prelu_slopes.ts";

type Census = { epoch: number; deadFraction: number[]; inactiveFraction: number[] };

Deno.test("dyingInit.run() kills ReLU units at init with small weights and a negative bias; Leaky units are only inactive", async () => {
  const settings = { weightScale: 0.25, biasMean: -1, biasStd: 0, learningRate: 0.1, epochs: 2 };
  const relu = await dyingInit.run({ activation: "relu", ...settings }, 7);
  expect(relu.metrics.deadAtInit).to.be.above(0.5);
  expect(relu.metrics.deadFraction).to.equal(relu.metrics.inactiveFraction);
  const leaky = await dyingInit.run({ activation: "leaky_relu(0.01)", ...settings }, 7);
  expect(leaky.metrics.deadAtInit).to.equal(0);
  expect(leaky.metrics.inactiveAtInit).to.equal(relu.metrics.inactiveAtInit); // same seed, same init
});

Deno.test("dyingLr.run() records a per-layer census before training and after every epoch", async () => {
  const outcome = await dyingLr.run({ activation: "relu", learningRate: 0.1, epochs: 3 }, 1);
  const epochs = outcome.perEpoch as unknown as Census[];
  expect(epochs.map((e) => e.epoch)).to.deep.equal([0, 1, 2, 3]);
  for (const e of epochs) expect(e.deadFraction).to.have.length(2);
  expect(outcome.metrics.testAccuracy).to.be.within(0, 1);
});

Deno.test("leakySlope.run() with a = 1 is a linear model and cannot separate the circles", async () => {
  const linear = await leakySlope.run({ a: 1, learningRate: 0.1, width: 16, epochs: 10 }, 2);
  const bent = await leakySlope.run({ a: 0.1, learningRate: 0.1, width: 16, epochs: 10 }, 2);
  expect(linear.metrics.testAccuracy).to.be.below(0.65);
  expect(bent.metrics.testAccuracy).to.be.above(0.9);
});

Deno.test("preluSlopes.run() starts every layer's slope at 0.25 and reports the learned mean", async () => {
  const outcome = await preluSlopes.run({ activation: "prelu", learningRate: 0.1, epochs: 3 }, 3);
  const epochs = outcome.perEpoch as unknown as { slope: number[] }[];
  expect(epochs[0]!.slope).to.deep.equal([0.25, 0.25]);
  expect(epochs.at(-1)!.slope).to.not.deep.equal([0.25, 0.25]);
  expect(outcome.metrics.meanSlope).to.be.closeTo(
    epochs.at(-1)!.slope.reduce((a, b) => a + b) / 2,
    1e-4, // per-epoch slopes are rounded to 4 decimals
  );
});

Deno.test("bornDeadMc.run() reports a rate inside its interval beside the one-input theory", async () => {
  const { metrics } = await bornDeadMc.run(
    { depth: 6, width: 2, init: "he", inputs: 1, trials: 300 },
    5,
  );
  expect(metrics.theory).to.equal(bornDeadAtPoint(6, 2));
  expect(metrics.rate).to.be.within(metrics.low!, metrics.high!);
  expect(Math.abs(metrics.rate! - metrics.theory!)).to.be.below(0.12);
  // One input: every network is constant there, so the constant-output share is left out.
  expect([metrics.constantRate, metrics.constantLow, metrics.liveRange]).to.deep.equal([
    null,
    null,
    null,
  ]);
});

Deno.test("bornDeadMc.run() on many inputs reports the constant-output share beside the dead-layer share", async () => {
  const settings = { depth: 10, width: 2, inputs: 100, trials: 200 };
  for (const init of ["he", "rai"]) {
    const { metrics } = await bornDeadMc.run({ ...settings, init }, 5);
    expect(metrics.constantRate, init).to.be.at.least(metrics.rate!);
    expect(metrics.constantRate, init).to.be.within(metrics.constantLow!, metrics.constantHigh!);
    expect(metrics.liveRange, init).to.be.above(0);
  }
});

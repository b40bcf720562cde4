import { expect } from "chai";
import { deadUnits, fit } from "../../lib/mod.ts";
import {
  normalizeConfig,
  playgroundData,
  playgroundFitOptions,
  playgroundNetwork,
  Session,
  sideSettings,
} from "../../lib/playground/mod.ts";

/** What the playground's settings give when trained by one plain fit call of `epochs`. */
async function fitDirectly(input: object, epochs: number, side: "left" | "right" = "left") {
  const config = normalizeConfig(input).config;
  const settings = sideSettings(config, side);
  const data = playgroundData(config);
  const model = playgroundNetwork(settings, config.seed);
  const history = await fit(model, data.train, {
    ...playgroundFitOptions(settings, config.seed, data),
    epochs,
  });
  return { model, data, history };
}

Deno.test("Session.step(n) leaves the weights of fit with n epochs, bit for bit, on both sides", async () => {
  const input = { seed: 3, activation: "prelu", optimizer: "adam", dropout: 0.1, l2: 0.001 };
  const session = new Session(input);
  await session.step(7);
  await session.step(5);
  for (const [index, side] of (["left", "right"] as const).entries()) {
    const { model } = await fitDirectly(input, 12, side);
    const direct = model.parameters().map((p) => Array.from(p.value));
    expect(session.weights(index).map((w) => w.values)).to.deep.equal(direct);
  }
  session.stop();
});

Deno.test("Session.state() counts dead units as deadUnits does on the training points", async () => {
  const input = { learningRate: 3, seed: 1 };
  const session = new Session(input);
  await session.step(30);
  const { left } = session.state() as { left: { deadUnits: number[]; step: number } };
  const { model, data } = await fitDirectly(input, 30);
  const expected = deadUnits(model, data.train.x).map((l) => l.dead.filter(Boolean).length);
  expect(left.step).to.equal(30);
  expect(left.deadUnits).to.deep.equal(expected);
  expect(expected.reduce((a, b) => a + b)).to.be.above(0); // the check has something to count
  session.stop();
});

Deno.test("Session stops a diverging network at the step fit reports, and the other goes on", async () => {
  const input = {
    learningRate: 2,
    activation: "leaky_relu",
    leak: 0.5,
    compare: { setting: "learningRate", value: 0.03 },
  };
  const session = new Session(input);
  await session.step(20);
  const { left, right } = session.state() as {
    left: { diverged: boolean; divergedAtStep: number | null; step: number };
    right: { diverged: boolean; step: number };
  };
  const { history } = await fitDirectly(input, 20);
  expect(history.status).to.equal("diverged");
  expect(left.diverged).to.equal(true);
  expect(left.divergedAtStep).to.equal(history.diverged!.epoch);
  expect(left.step).to.equal(history.diverged!.epoch - 1);
  expect(left.step).to.be.above(1); // diverged mid-run, not at once
  expect([right.diverged, right.step]).to.deep.equal([false, 20]);
  expect(session.weights(0).flatMap((w) => w.values).every(Number.isFinite)).to.equal(true);
  session.stop();
});

Deno.test("Session.push() kills a ReLU unit and is recorded, so a new session replays it", async () => {
  const session = new Session({ compare: null, seed: 2 });
  await session.step(5);
  const push = session.push({ layer: 0, unit: 3, target: "bias", value: -100 });
  expect(push.step).to.equal(5);
  expect(session.trainers[0]!.census[0]!.dead[3]).to.equal(true);
  await session.step(5);
  const replay = new Session(session.config);
  await replay.step(10);
  expect(replay.weights()).to.deep.equal(session.weights());
  expect(() => session.push({ layer: 4, unit: 0, target: "bias", value: 1 })).to.throw(
    RangeError,
    /pushes\[0\]/,
  );
  session.stop();
  replay.stop();
});

Deno.test("Session notes a batch size larger than the training points and uses them all", () => {
  const session = new Session({ points: 40, batchSize: 500 });
  expect(session.notes.map((n) => n.parameter)).to.deep.equal(["batchSize"]);
  expect(session.trainers[0]!.options.batchSize).to.equal(20);
});

Deno.test("Session counts dead units on the training points, not the test points", async () => {
  // Four training points: units off on all four are dead, though test points reach some.
  const input = { points: 40, trainShare: 0.1, batchSize: 2, hidden: [16, 16], seed: 1 };
  const session = new Session(input);
  await session.step(3);
  const { left } = session.state() as { left: { deadUnits: number[] } };
  const { model, data } = await fitDirectly(input, 3);
  const count = (x: typeof data.train.x) =>
    deadUnits(model, x).map((l) => l.dead.filter(Boolean).length);
  expect(left.deadUnits).to.deep.equal(count(data.train.x));
  expect(count(data.train.x)).to.not.deep.equal(count(data.test.x)); // the check can tell them apart
  session.stop();
});

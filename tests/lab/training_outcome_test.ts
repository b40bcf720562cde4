import { expect } from "chai";
import { circles, fit, type History, type LayerDeadUnits, mlp } from "relu-lab";
import { trainingOutcome } from "relu-lab/lab";

const census = (dead: boolean[]): LayerDeadUnits => ({
  layer: 1,
  units: dead.length,
  dead,
  deadFraction: dead.filter(Boolean).length / dead.length,
  inactive: dead,
  inactiveFraction: dead.filter(Boolean).length / dead.length,
  activeShare: dead.map((d) => (d ? 0 : 1)),
});

const history: History = {
  status: "completed",
  epochs: [
    {
      epoch: 1,
      learningRate: 0.1,
      loss: 0.6,
      accuracy: 0.7,
      testLoss: 0.65,
      testAccuracy: 0.68,
      seconds: 0.01,
      dead: [census([true, true, false, false]), census([true, false])],
    },
    {
      epoch: 2,
      learningRate: 0.1,
      loss: 0.4,
      accuracy: 0.8,
      testLoss: 0.45,
      testAccuracy: 0.79,
      seconds: 0.02,
      dead: [census([false, true, true, false]), census([false, false])],
    },
    {
      epoch: 3,
      learningRate: 0.1,
      loss: 0.3,
      accuracy: 0.9,
      testLoss: 0.35,
      testAccuracy: 0.88,
      seconds: 0.03,
      dead: [census([true, true, true, false]), census([false, false])],
    },
  ],
};

Deno.test("trainingOutcome() reports the last epoch, pooled dead fraction and revivals, without wall times", () => {
  const outcome = trainingOutcome(history, ["loss", "testAccuracy", "deadFraction", "revived"]);
  // Last census: 3 of 4 and 0 of 2 units dead, pooled 3/6. Revivals: epoch 2 revives unit 0
  // of layer 0 and unit 0 of layer 1; epoch 3 revives none.
  expect(outcome).to.deep.include({
    status: "completed",
    metrics: { loss: 0.3, testAccuracy: 0.88, deadFraction: 0.5, revived: 2 },
  });
  expect(outcome.perEpoch!.map((e) => e.revived ?? null)).to.deep.equal([null, [1, 1], [0, 0]]);
  expect(outcome.perEpoch![0]).to.deep.equal({
    epoch: 1,
    learningRate: 0.1,
    loss: 0.6,
    accuracy: 0.7,
    testLoss: 0.65,
    testAccuracy: 0.68,
    deadFraction: [0.5, 0.5],
  });
});

Deno.test("trainingOutcome() marks a diverged run with its epoch and null metrics", async () => {
  const data = circles(0, { n: 64, noise: 0.1, factor: 0.5 });
  const diverged = await fit(mlp({ sizes: [2, 8, 1], seed: 0 }), data, {
    epochs: 5,
    learningRate: 1e30,
  });
  expect(diverged.status).to.equal("diverged");
  const outcome = trainingOutcome(diverged, ["loss", "accuracy"]);
  expect(outcome).to.deep.include({
    status: "diverged",
    divergedEpoch: diverged.diverged!.epoch,
    metrics: { loss: null, accuracy: null },
  });
});

Deno.test("trainingOutcome() rejects a metric the history lacks or does not know", () => {
  const bare: History = {
    status: "completed",
    epochs: [{ epoch: 1, learningRate: 0.1, loss: 0.5, seconds: 0 }],
  };
  expect(() => trainingOutcome(bare, ["deadFraction"])).to.throw(
    TypeError,
    /deadFraction.*record: \{ deadUnits: true \}/,
  );
  expect(() => trainingOutcome(bare, ["f1" as "loss"])).to.throw(RangeError, /metrics .* "f1"/);
});

import { expect } from "chai";
import {
  circles,
  deadUnits,
  deriveSeed,
  fit,
  heUniform,
  mlp,
  pooledDeadFraction,
  sgd,
  zerosInit,
} from "relu-lab";
import { dying } from "relu-lab/chapters";

const { DYING_SETUP, DEMO_LR, dyingLr, layerRevival, lrFindings, lrPoint } = dying;

Deno.test("DYING_SETUP states dyingLr's run exactly: a run rebuilt from its fields alone gives the same bits", async () => {
  const seed = 11, learningRate = 0.5, epochs = 2;
  const outcome = await dyingLr.run({ activation: "relu", learningRate, epochs }, seed);
  const s = DYING_SETUP;
  const draw = (purpose: string) =>
    circles(deriveSeed(seed, purpose), { n: s.points, noise: s.noise, factor: s.factor });
  const model = mlp({
    sizes: [...s.sizes],
    seed: deriveSeed(seed, "init"),
    weightInit: heUniform("fan_in", Math.SQRT2),
    biasInit: zerosInit,
  });
  const history = await fit(model, draw("train"), {
    epochs,
    learningRate,
    batchSize: s.batchSize,
    optimizer: sgd(),
    seed: deriveSeed(seed, "shuffle"),
    test: draw("test"),
  });
  expect(history.epochs.at(-1)!.testAccuracy).to.equal(outcome.metrics.testAccuracy);
  expect(pooledDeadFraction(deadUnits(model, draw("train").x))).to.equal(
    outcome.metrics.deadFraction,
  );
  expect(dyingLr.grid.epochs).to.deep.equal([s.epochs]);
});

/** Synthetic dying-lr rows: ReLU at three learning rates, dead share rising with the rate. */
function lrRows(seeds = 4) {
  return [1, DEMO_LR, 5].flatMap((learningRate, k) =>
    Array.from({ length: seeds }, (_, seed) => {
      const dead = [0.05, 0.45, 0.85][k]! + 0.02 * seed;
      return {
        activation: "relu",
        learningRate,
        epochs: 2,
        replicate: seed,
        seed,
        status: "completed" as const,
        divergedEpoch: null,
        testAccuracy: 0.99 - dead / 2,
        deadFraction: dead,
        inactiveFraction: dead,
        deadAtInit: 0,
        inactiveAtInit: 0,
        // Layer 1 rises and stays; layer 2 peaks at epoch 1 and falls by 0.1.
        perEpoch: [
          { epoch: 0, deadFraction: [0, 0], inactiveFraction: [0, 0] },
          { epoch: 1, deadFraction: [dead / 2, dead + 0.1], inactiveFraction: [0, 0] },
          { epoch: 2, deadFraction: [dead, dead], inactiveFraction: [0, 0] },
        ],
        wallSeconds: 1,
        error: null,
      };
    })
  );
}

Deno.test("lrFindings() reads the threshold, the first epoch's share and the revivals off the rows", () => {
  const findings = lrFindings(lrRows() as never, "quick");
  expect(findings.points.map((p) => p.learningRate)).to.deep.equal([1, DEMO_LR, 5]);
  const demo = lrPoint(findings, DEMO_LR);
  expect(demo.dead.mean.value).to.be.closeTo(0.48, 1e-12);
  // Mean dead share 0.08 at lr 1, 0.48 at lr 3: 25% is crossed at 1·3^((0.25−0.08)/0.4).
  expect(findings.threshold!.value).to.be.closeTo(3 ** (0.17 / 0.4), 1e-12);
  expect(findings.threshold!.n).to.equal(4);
  // Epoch 1 pools (dead/2 + dead + 0.1)/2; the end pools (dead + dead)/2.
  const early = (0.48 * 1.5 + 0.1) / 2;
  expect(findings.demo!.afterFirstEpoch.value).to.be.closeTo(early, 1e-12);
  expect(findings.demo!.firstEpochShare.value).to.be.closeTo(early / 0.48, 1e-12);
  expect(findings.demo!.firstLayerAtEnd.value).to.be.closeTo(0.48, 1e-12);
  const [first, second] = demo.revival.layers;
  expect([first!.runsThatFell, second!.runsThatFell]).to.deep.equal([0, 4]);
  expect(second!.change.value).to.be.closeTo(-0.1, 1e-12);
  // Pooled, layer 1 rising hides layer 2 falling: the pooled share peaks at the end.
  expect(demo.revival.pooled.change.value).to.equal(0);
});

Deno.test("lrFindings() names the parameter and the valid learning rates when asked for one it lacks", () => {
  const findings = lrFindings(lrRows() as never, "quick");
  expect(() => lrPoint(findings, 2)).to.throw(
    RangeError,
    /learningRate to be one of 1, 3, 5, received 2/,
  );
  expect(() => lrFindings([], "quick")).to.throw(RangeError, /ReLU runs/);
});

Deno.test("layerRevival() skips diverged runs and refuses rows without a per-layer census", () => {
  const run = (status: string, shares: number[][]) => ({
    status,
    perEpoch: shares.map((deadFraction, epoch) => ({ epoch, deadFraction })),
  });
  const { layers, pooled } = layerRevival(
    [run("completed", [[0.5, 0.5], [0.25, 0.5]]), run("diverged", [[0, 0], [1, 1]])],
    "deadFraction",
    { profile: "quick", label: ["test"] },
  );
  expect(layers.map((l) => [l.runs, l.runsThatFell, l.change.value])).to.deep.equal([
    [1, 1, -0.25],
    [1, 0, 0],
  ]);
  expect(pooled.change.value).to.equal(-0.125);
  expect(() =>
    layerRevival([run("completed", [[0.5]])], "inactiveFraction", {
      profile: "quick",
      label: ["test"],
    })
  ).to.throw(RangeError, /per-layer inactiveFraction/);
  expect(() => layerRevival([], "deadFraction", { profile: "quick", label: [] })).to.throw(
    RangeError,
    /completed runs/,
  );
});

Deno.test("chapter 4 quotes each statistic with one interval, in its tables and its evidence", async () => {
  const f = await dying.dyingChapter.findings();
  const three = lrPoint(f.lr, DEMO_LR);
  const table = dying.lrAccuracyTable(f.lr);
  const row = table.cells.find((r) => Number(r[0]) === DEMO_LR)!;
  expect(row[1]).to.equal(three.accuracy.mean.withInterval);
  const evidence = dying.dyingEvidence(f).text;
  expect(evidence).to.contain(String(three.accuracy.mean));
  expect(evidence).to.contain(String(three.dead.mean));
  expect(dying.dyingChapter.headline(f)).to.contain(three.dead.mean.withInterval);
  const revival = dying.revivalTable(f.lr, f.init);
  const demoRow = revival.cells.find((r) => r[0] === `dying-lr, learning rate ${DEMO_LR}`)!;
  expect(demoRow[revival.columns.indexOf("layer 2: peak → end (points)")]).to.equal(
    three.revival.layers[1]!.change.withInterval,
  );
  expect(evidence).to.contain(String(three.revival.layers[1]!.change));
  const he = dying.bornDeadPoint(f.bornDead, { depth: 10, width: 2, init: "he" }).deadLayer;
  expect(dying.bornDeadSummary(f.bornDead).text).to.contain(String(he));
  expect(evidence).to.contain(String(he));
});

Deno.test("chapter 4's findings are the same on every call (each interval has its own generator)", async () => {
  const [a, b] = [await dying.dyingChapter.findings(), await dying.dyingChapter.findings()];
  expect(dying.dyingEvidence(a).text).to.equal(dying.dyingEvidence(b).text);
  expect(dying.dyingChapter.headline(a)).to.equal(dying.dyingChapter.headline(b));
});

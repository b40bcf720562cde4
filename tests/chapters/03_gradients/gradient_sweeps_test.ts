import { expect } from "chai";
import { planRuns } from "relu-lab/lab";
import {
  gradientsAtInitSweep,
  gradientsTrainingSweep,
  INIT_DEPTHS,
} from "../../../lib/chapters/03_gradients/gradient_sweeps.ts";

Deno.test("gradientsAtInitSweep records one gradient per dense layer and the ratio between hidden ends", async () => {
  const run = await gradientsAtInitSweep.run({ activation: "tanh", init: "he", depth: 5 }, 2);
  const [entry] = run.perEpoch!;
  const rms = entry!.deltaRms as number[];
  expect(rms).to.have.length(6);
  expect(entry!.weightNorm).to.have.length(6);
  // Per-layer values are stored to 4 significant digits; the ratio is exact.
  expect(run.metrics.deltaRatio).to.be.closeTo(rms[0]! / rms[4]!, 1e-3 * (rms[0]! / rms[4]!));
});

Deno.test("gradientsTrainingSweep follows the gradient ratio from epoch 0 to the end", async () => {
  const settings = { activation: "leaky_relu(0.1)", init: "he", depth: 3, epochs: 2 };
  const run = await gradientsTrainingSweep.run(settings, 4);
  expect(run.status).to.equal("completed");
  expect(run.perEpoch!.map((e) => e.epoch)).to.deep.equal([0, 1, 2]);
  expect(run.metrics.deltaRatioInit).to.equal(run.perEpoch![0]!.deltaRatio);
  expect(run.metrics.deltaRatioFinal).to.equal(run.perEpoch![2]!.deltaRatio);
  expect(run.metrics.testAccuracy).to.be.within(0, 1);
});

Deno.test("the gradient sweeps pair their runs: every setting shares the replicate's seed", () => {
  const seeds = new Set(
    planRuns(gradientsTrainingSweep, "quick").filter((r) => r.replicate === 0).map((r) => r.seed),
  );
  expect(seeds.size).to.equal(1);
  expect(planRuns(gradientsAtInitSweep, "quick")).to.have.length(4 * 2 * 2 * 10);
});

Deno.test("gradientsAtInitSweep's full profile covers shallow depths, its quick one only 10 and 20", () => {
  const depths = (profile: "quick" | "full") => [
    ...new Set(planRuns(gradientsAtInitSweep, profile).map((r) => r.settings.depth)),
  ];
  expect(depths("full")).to.deep.equal([...INIT_DEPTHS]);
  expect(depths("full")).to.include.members([2, 3, 4, 5, 6, 7, 8, 9, 10, 20]);
  expect(depths("quick")).to.deep.equal([10, 20]);
  expect(planRuns(gradientsAtInitSweep, "full")).to.have.length(4 * 2 * INIT_DEPTHS.length * 30);
});

Deno.test("gradientsTrainingSweep records epochs 1-10, every 5th and the last", async () => {
  const settings = { activation: "relu", init: "he", depth: 2, epochs: 17 };
  const run = await gradientsTrainingSweep.run(settings, 1);
  expect(run.perEpoch!.map((e) => e.epoch)).to.deep.equal([
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    15,
    17,
  ]);
  expect(run.perEpoch!.at(-1)!.weightFirst).to.be.above(0);
});

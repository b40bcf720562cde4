import { expect } from "chai";
import { runSweep } from "relu-lab/lab";
import { w3Circles } from "../../bench/w3_sweep.ts";
import { freshDir } from "../lab/_helpers.ts";

Deno.test("w3Circles trains bit-identical rows with 1 and 2 workers, all completed", async () => {
  const one = await runSweep(w3Circles, {
    workers: 1,
    outDir: await freshDir("w3-one"),
    progress: false,
  });
  const two = await runSweep(w3Circles, {
    workers: 2,
    outDir: await freshDir("w3-two"),
    progress: false,
  });
  const strip = (rows: typeof one) => rows.map((row) => ({ ...row, wallSeconds: 0 }));
  expect(strip(two)).to.deep.equal(strip(one));
  expect(one.map((row) => row.status)).to.deep.equal([
    "completed",
    "completed",
    "completed",
    "completed",
  ]);
  for (const row of one) {
    expect(row.perEpoch).to.have.length(10);
    expect(row.testAccuracy).to.be.above(0.9); // lr 0.1, 10 epochs: the circles are learnt
    expect(row.deadFraction).to.be.within(0, 1);
  }
});

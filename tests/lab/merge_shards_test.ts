import { expect } from "chai";
import {
  mergeShards,
  readResults,
  readSidecar,
  resultsPath,
  runSweep,
  sidecarPath,
} from "relu-lab/lab";
import { gemmNumerics } from "../../lib/core/kernels/numerics.ts";
import { tinySweep } from "./_fixture_sweeps.ts";
import { freshDir, rowsWithoutWallTime } from "./_helpers.ts";

Deno.test("mergeShards() of three shards equals the whole sweep, in canonical order", async () => {
  const wholeDir = await freshDir("merge-whole");
  const shardDir = await freshDir("merge-shards");
  const whole = await runSweep(tinySweep, { profile: "full", workers: 2, outDir: wholeDir });
  const parts = [];
  for (const shard of ["3/3", "1/3", "2/3"]) {
    parts.push(await runSweep(tinySweep, { profile: "full", workers: 2, shard, outDir: shardDir }));
  }
  expect(parts.map((rows) => rows.length)).to.deep.equal([6, 6, 6]);
  const report = await mergeShards(tinySweep, { profile: "full", outDir: shardDir });
  expect([report.rows, report.missing, report.shards.length]).to.deep.equal([18, 0, 3]);
  const merged = resultsPath(tinySweep, { profile: "full", outDir: shardDir });
  expect(report.path).to.equal(merged);
  expect(await rowsWithoutWallTime(merged)).to.deep.equal(
    await rowsWithoutWallTime(resultsPath(tinySweep, { profile: "full", outDir: wholeDir })),
  );
  const run = (
    row: { mode: string; size: number; replicate: number },
  ) => [row.mode, row.size, row.replicate];
  expect((await readResults(merged, tinySweep)).map(run)).to.deep.equal(whole.map(run));
  // The merged file is complete: running the whole sweep there runs nothing new.
  let ran = 0;
  await runSweep(tinySweep, { profile: "full", outDir: shardDir, onProgress: () => ran++ });
  expect(ran).to.equal(0);
  const sidecar = await readSidecar(sidecarPath(merged));
  expect([sidecar?.shard, sidecar?.profile]).to.deep.equal([null, "full"]);
  expect(sidecar?.numerics, "the shards' numerics").to.deep.equal([gemmNumerics()]);
});

Deno.test("mergeShards() counts the runs no shard has, and refuses an incomplete set of shards", async () => {
  const outDir = await freshDir("merge-missing");
  await runSweep(tinySweep, { shard: "1/2", workers: 2, outDir });
  const error = await mergeShards(tinySweep, { outDir }).catch((e) => e);
  expect(error).to.be.instanceOf(RangeError);
  expect(error.message).to.match(/shards 1\.\.2 .* found 1\/2/);
  await Deno.writeTextFile(resultsPath(tinySweep, { outDir, shard: { index: 2, count: 2 } }), "");
  const report = await mergeShards(tinySweep, { outDir });
  expect([report.rows, report.missing]).to.deep.equal([6, 6]);
});

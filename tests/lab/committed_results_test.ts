import { expect } from "chai";
import { loadCommittedResults, ResultsFileError, runSweep } from "relu-lab/lab";
import { tinySweep } from "./_fixture_sweeps.ts";
import { freshDir } from "./_helpers.ts";

Deno.test("loadCommittedResults() returns the full profile's rows with the command that made them", async () => {
  const outDir = await freshDir("committed-full");
  const rows = await runSweep(tinySweep, { profile: "full", workers: 1, outDir, progress: false });
  const loaded = await loadCommittedResults(tinySweep, { outDir });
  expect(loaded.rows).to.have.length(18);
  expect(loaded.rows.map((r) => r.score)).to.have.members(rows.map((r) => r.score));
  expect(loaded.command).to.equal("deno task sweep tiny --profile full");
  expect(loaded.path).to.equal(`${outDir}/tiny.csv`);
  expect(loaded.revisions).to.have.length(1);
});

Deno.test("loadCommittedResults() refuses a results directory without the complete full profile", async () => {
  const outDir = await freshDir("committed-quick");
  await runSweep(tinySweep, { profile: "quick", workers: 1, outDir, progress: false });
  const error = await loadCommittedResults(tinySweep, { outDir }).catch((e) => e);
  expect(error).to.be.instanceOf(ResultsFileError);
  expect(error.message).to.match(/expected the 18 runs of the full profile.*found 0 runs/);
  await runSweep(tinySweep, { profile: "full", workers: 1, outDir, shard: "1/2", progress: false });
  expect(await loadCommittedResults(tinySweep, { outDir }).catch((e) => e.name))
    .to.equal("ResultsFileError");
});

Deno.test("loadCommittedResults() returns rows in canonical run order, whatever order the file holds", async () => {
  const outDir = await freshDir("committed-order");
  const rows = await runSweep(tinySweep, { profile: "full", workers: 1, outDir, progress: false });
  const path = `${outDir}/tiny.csv`;
  const [header, ...lines] = (await Deno.readTextFile(path)).trimEnd().split("\n");
  await Deno.writeTextFile(path, [header, ...lines.reverse()].join("\n") + "\n");
  const loaded = await loadCommittedResults(tinySweep, { outDir });
  expect(loaded.rows).to.deep.equal(rows);
});

import { expect } from "chai";
import {
  gitRevision,
  readSidecar,
  ResultsFileError,
  resultsPath,
  runSweep,
  sidecarPath,
  writeSidecar,
} from "relu-lab/lab";
import { gemmNumerics } from "../../lib/core/kernels/numerics.ts";
import { tinySweep } from "./_fixture_sweeps.ts";
import { freshDir } from "./_helpers.ts";

Deno.test("runSweep() writes a sidecar with the definition, profile, shard, columns and git revision", async () => {
  const outDir = await freshDir("sidecar");
  await runSweep(tinySweep, { profile: "full", shard: "2/2", workers: 2, outDir });
  const path = sidecarPath(
    resultsPath(tinySweep, { profile: "full", outDir, shard: { index: 2, count: 2 } }),
  );
  const sidecar = await readSidecar(path);
  const head = new TextDecoder().decode(
    (await new Deno.Command("git", { args: ["rev-parse", "HEAD"], stdout: "piped" }).output())
      .stdout,
  ).trim();
  expect(sidecar?.revisions).to.have.length(1);
  expect(sidecar?.revisions[0]).to.match(new RegExp(`^${head}(-dirty)?$`));
  expect(sidecar?.revisions[0]).to.equal(await gitRevision());
  expect([sidecar?.sweep, sidecar?.profile, sidecar?.shard]).to.deep.equal(["tiny", "full", "2/2"]);
  expect(sidecar?.definition.grid).to.deep.equal(tinySweep.grid);
  expect(sidecar?.definition.profiles).to.deep.equal(tinySweep.profiles);
  expect(sidecar?.columns[0]).to.equal("mode");
  // The module as a path from the sidecar's folder, not this machine's absolute URL.
  expect(sidecar?.definition.module).to.equal("../../../../tests/lab/_fixture_sweeps.ts");
});

Deno.test("runSweep() refuses a sidecar of another sweep or not JSON, leaving it untouched", async () => {
  const outDir = await freshDir("sidecar-foreign");
  const path = sidecarPath(resultsPath(tinySweep, { outDir }));
  for (const text of ['{"sweep": "other", "profile": "quick", "revisions": []}', "not json"]) {
    await Deno.writeTextFile(path, text);
    const error = await runSweep(tinySweep, { outDir }).catch((e) => e);
    expect(error).to.be.instanceOf(ResultsFileError);
    expect(error.message).to.contain(path);
    expect(await Deno.readTextFile(path)).to.equal(text);
  }
});

Deno.test("writeSidecar() records the products' numerics, and keeps an old file's (unfused) beside new ones", async () => {
  const outDir = await freshDir("sidecar-numerics");
  const path = sidecarPath(resultsPath(tinySweep, { outDir }));
  expect((await writeSidecar(path, tinySweep, "quick", null, ["r1"])).numerics)
    .to.deep.equal([gemmNumerics()]);
  // A sidecar from before fused multiply-adds has no numerics: its rows were unfused.
  await Deno.writeTextFile(path, '{"sweep": "tiny", "profile": "quick", "revisions": ["r0"]}');
  const mixed = await writeSidecar(path, tinySweep, "quick", null, ["r1"], ["fused"]);
  expect(mixed.numerics).to.deep.equal(["unfused", "fused"]);
  expect((await readSidecar(path))?.numerics).to.deep.equal(["unfused", "fused"]);
});

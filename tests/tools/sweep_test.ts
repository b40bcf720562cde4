// The sweep command lines, run as users run them: through `deno task`, with the
// permissions deno.json grants.

import { expect } from "chai";
import { readResults, resultsPath } from "relu-lab/lab";
import { leaky, SWEEPS } from "relu-lab/chapters";
import { freshDir } from "../lab/_helpers.ts";

async function task(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await new Deno.Command("deno", { args: ["task", "-q", ...args] })
    .output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

Deno.test("deno task sweep --list names every sweep, and an unknown name lists the valid ones", async () => {
  const list = await task("sweep", "--list");
  expect(list.code).to.equal(0);
  expect(list.stdout).to.match(/^dying-lr +Dead and inactive units per layer/m);
  const unknown = await task("sweep", "dying");
  expect(unknown.code).to.equal(2);
  // Every registered sweep is listed, whatever the chapters have added since.
  expect(unknown.stderr).to.match(
    /Expected sweep to be one of "[a-z0-9-]+"(, "[a-z0-9-]+")*, received "dying"/,
  );
  for (const sweep of SWEEPS) expect(list.stdout).to.match(new RegExp(`^${sweep.name} `, "m"));
  expect(unknown.stderr).to.contain("Usage: deno task sweep <name>");
});

Deno.test("deno task sweep runs shards that deno task sweep:merge joins into the whole file", async () => {
  const out = await freshDir("cli");
  for (const shard of ["1/2", "2/2"]) {
    const run = await task(
      "sweep",
      "prelu-slopes",
      "--shard",
      shard,
      "--workers",
      "1",
      "--out",
      out,
    );
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/3 runs: 3 completed, 0 diverged, 0 failed/);
  }
  const merge = await task("sweep:merge", "prelu-slopes", "--out", out);
  expect(merge.code, merge.stderr).to.equal(0);
  expect(merge.stdout).to.contain("6 rows, complete");
  const sweep = leaky.preluSlopes;
  const rows = await readResults(resultsPath(sweep, { outDir: out }), sweep);
  expect(rows.map((r) => [r.learningRate, r.replicate])).to.deep.equal([
    [0.1, 0],
    [0.1, 1],
    [0.1, 2],
    [0.3, 0],
    [0.3, 1],
    [0.3, 2],
  ]);
});

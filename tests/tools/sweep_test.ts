// The sweep command lines, run as users run them: through `deno task`, with the
// permissions deno.json grants.

import { expect } from "chai";
import { readResults, resultsPath, SWEEPS, w3Circles } from "relu-lab";
import { freshDir } from "../experiments/_helpers.ts";

async function task(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await new Deno.Command("deno", { args: ["task", "-q", ...args] })
    .output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

Deno.test("deno task sweep --list names every sweep, and an unknown name lists the valid ones", async () => {
  const list = await task("sweep", "--list");
  expect(list.code).to.equal(0);
  expect(list.stdout).to.match(/^w3-circles +Activations x learning rates/m);
  const unknown = await task("sweep", "w3");
  expect(unknown.code).to.equal(2);
  // Every registered sweep is listed, whatever the chapters have added since.
  expect(unknown.stderr).to.match(
    /Expected sweep to be one of "w3-circles"(, "[a-z0-9-]+")*, received "w3"/,
  );
  for (const sweep of SWEEPS) expect(list.stdout).to.match(new RegExp(`^${sweep.name} `, "m"));
  expect(unknown.stderr).to.contain("Usage: deno task sweep <name>");
});

Deno.test("deno task sweep runs shards that deno task sweep:merge joins into the whole file", async () => {
  const out = await freshDir("cli");
  for (const shard of ["1/2", "2/2"]) {
    const run = await task("sweep", "w3-circles", "--shard", shard, "--workers", "1", "--out", out);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/2 runs: 2 completed, 0 diverged, 0 failed/);
  }
  const merge = await task("sweep:merge", "w3-circles", "--out", out);
  expect(merge.code, merge.stderr).to.equal(0);
  expect(merge.stdout).to.contain("4 rows, complete");
  const rows = await readResults(resultsPath(w3Circles, { outDir: out }), w3Circles);
  expect(rows.map((r) => [r.activation, r.replicate])).to.deep.equal([
    ["relu", 0],
    ["relu", 1],
    ["leaky_relu(0.01)", 0],
    ["leaky_relu(0.01)", 1],
  ]);
});

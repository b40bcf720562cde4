// Scaling a sweep out as README's "Reproducing the evidence" shows it: GNU parallel runs
// three shards as three separate processes (as it would on three machines with
// --sshlogin), `deno task sweep:merge` joins them, and the merged file holds the rows of
// one process running the whole sweep, to the bit (wall times aside), in canonical order.
// Skipped where GNU parallel is missing, never in CI (.ci/run installs it).
import { expect } from "chai";
import { parse } from "csv-parse/sync";
import { planRuns, readSidecar, resultsPath, sidecarPath } from "relu-lab/lab";
import { sweepByName } from "relu-lab/chapters";

const SWEEP = "threat-bias";
const OUT = "data/results/.test/scale-out";
const PERMISSIONS = ["--allow-read=.", `--allow-write=${OUT}`, "--allow-run=git"];

function _hasParallel(): boolean {
  try {
    return new Deno.Command("parallel", { args: ["--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
}

const inCi = Deno.env.get("CI") === "true";
const missing = !_hasParallel();

/** Runs a command; fails the test with its output if it fails. */
async function _run(command: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(command, { args, stdout: "piped", stderr: "piped" })
    .output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  expect(out.success, `${command} ${args.join(" ")}:\n${text}`).to.equal(true);
  return text;
}

/** A results CSV's rows, wall-time cell dropped, in file order. */
async function _rows(path: string): Promise<string[]> {
  const [header = [], ...rows] = parse(await Deno.readTextFile(path)) as string[][];
  const wall = header.indexOf("wallSeconds");
  expect(wall, `${path}: a wallSeconds column`).to.be.at.least(0);
  return rows.map((row) => JSON.stringify(row.filter((_, i) => i !== wall)));
}

Deno.test("GNU parallel is here to scale sweeps out (skipped without it, never in CI)", () => {
  if (inCi) expect(missing, "GNU parallel (Debian's parallel) in CI").to.equal(false);
});

Deno.test({
  name:
    "three shards run by GNU parallel as separate processes merge into the single-process rows, bit for bit",
  ignore: missing && !inCi,
  async fn() {
    await Deno.remove(OUT, { recursive: true }).catch(() => {});
    const sweep = sweepByName(SWEEP);
    const runs = planRuns(sweep, "quick").length;
    expect(runs, "runs enough for three non-empty shards").to.be.at.least(6);
    const sweepCli = ["run", ...PERMISSIONS, "tools/sweep.ts", SWEEP, "--workers", "1"];
    await _run("deno", [...sweepCli, "--out", `${OUT}/single`]);
    const log = await _run("parallel", [
      "--jobs",
      "3",
      "--will-cite",
      "--halt",
      "now,fail=1",
      "--tag",
      "deno",
      ...sweepCli,
      "--out",
      `${OUT}/sharded`,
      "--shard",
      "{}/3",
      ":::",
      "1",
      "2",
      "3",
    ]);
    for (const i of [1, 2, 3]) expect(log, `shard ${i}'s report`).to.contain(`shard-${i}-of-3`);
    await _run("deno", [
      "run",
      ...PERMISSIONS,
      "tools/sweep_merge.ts",
      SWEEP,
      "--out",
      `${OUT}/sharded`,
    ]);
    const single = resultsPath(sweep, { outDir: `${OUT}/single` });
    const merged = resultsPath(sweep, { outDir: `${OUT}/sharded` });
    const mergedRows = await _rows(merged), singleRows = await _rows(single);
    expect(mergedRows).to.have.length(runs);
    expect(mergedRows, "the merged rows, in canonical order").to.deep.equal(singleRows);
    const sidecars = await Promise.all([single, merged].map((p) => readSidecar(sidecarPath(p))));
    expect(sidecars[1]?.numerics, "both made with the same numerics")
      .to.deep.equal(sidecars[0]?.numerics);
  },
});

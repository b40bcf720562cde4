// `deno task reproduce`, run as the task runs it (a separate process, least privilege) on
// one small sweep: it re-runs the full profile from scratch, counts the rows equal to the
// "committed" file (here one made by `deno task sweep` in a test directory), counts a row
// changed by one cell as different, prints the table and the W5 JSON line, and with
// --write copies its files over the committed ones.
import { expect } from "chai";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { resultsPath, sidecarPath } from "relu-lab/lab";
import { sweepByName } from "relu-lab/chapters";

const SWEEP = "threat-revival";
const ROOT = "data/results/.test/reproduce";
const COMMITTED = `${ROOT}/committed`, OUT = `${ROOT}/out`;
const PERMISSIONS = ["--allow-read=.", `--allow-write=${ROOT}`, "--allow-run=git"];

async function _deno(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = await new Deno.Command("deno", { args, stdout: "piped", stderr: "piped" })
    .output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: output.code, out: decode(output.stdout), err: decode(output.stderr) };
}

function _reproduce(...extra: string[]) {
  return _deno([
    "run",
    ...PERMISSIONS,
    "--allow-sys=loadavg",
    "tools/reproduce.ts",
    "--only",
    SWEEP,
    "--workers",
    "2",
    "--out",
    OUT,
    "--committed",
    COMMITTED,
    "--json",
    ...extra,
  ]);
}

/** The table line of the sweep: its cells. */
function _tableRow(out: string): string[] {
  const line = out.split("\n").find((l) => new RegExp(`^${SWEEP}\\s+\\d+\\s+\\d+\\s`).test(l));
  expect(line, `a table line for ${SWEEP} in:\n${out}`).to.not.equal(undefined);
  return line!.trim().split(/\s{2,}/);
}

Deno.test("reproduce re-runs a sweep's full profile, counts the rows as committed, and --write replaces them", async () => {
  await Deno.remove(ROOT, { recursive: true }).catch(() => {});
  const sweep = sweepByName(SWEEP);
  const made = await _deno([
    "run",
    ...PERMISSIONS,
    "tools/sweep.ts",
    SWEEP,
    "--profile",
    "full",
    "--out",
    COMMITTED,
  ]);
  expect(made.code, made.err).to.equal(0);
  const committed = resultsPath(sweep, { profile: "full", outDir: COMMITTED });
  const [header, ...rows] = parse(await Deno.readTextFile(committed)) as string[][];
  const runs = rows.length;

  const same = await _reproduce();
  expect(same.code, same.err).to.equal(0);
  expect(_tableRow(same.out).at(-1)).to.equal(`${runs} of ${runs}`);
  const w5 = JSON.parse(same.out.split("\n").filter((l) => l.startsWith("{")).at(-1)!);
  expect([w5.workload, w5.sweeps, w5.runs, w5.failed]).to.deep.equal(["W5 reproduce", 1, runs, 0]);
  expect(w5.train_s).to.be.a("number").and.greaterThan(0);

  // One committed cell changed (the first row's first metric): one row fewer matches.
  const metric = header!.indexOf(sweep.metrics[0]!);
  rows[0]![metric] = String(Number(rows[0]![metric]) + 1);
  await Deno.writeTextFile(committed, stringify([header!, ...rows]));
  const differs = await _reproduce("--write");
  expect(differs.code, differs.err).to.equal(0);
  expect(_tableRow(differs.out).at(-1)).to.equal(`${runs - 1} of ${runs}`);
  expect(differs.out).to.contain(`copied over the committed files in ${COMMITTED}`);
  const fresh = resultsPath(sweep, { profile: "full", outDir: OUT });
  expect(await Deno.readTextFile(committed)).to.equal(await Deno.readTextFile(fresh));
  expect(await Deno.readTextFile(sidecarPath(committed)))
    .to.equal(await Deno.readTextFile(sidecarPath(fresh)));
});

Deno.test("reproduce refuses an unknown sweep name, naming --only and the name (exit 2)", async () => {
  const bad = await _reproduce("--only", "no-such-sweep");
  expect(bad.code).to.equal(2);
  expect(bad.err).to.match(/Expected --only to list sweep names .*received "no-such-sweep"/);
});

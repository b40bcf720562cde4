import { expect } from "chai";
import { defineSweep, resultsPath, runSweep, type SweepProgress } from "relu-lab/lab";
import { faultySweep, sandboxSweep, tinySweep } from "./_fixture_sweeps.ts";
import { freshDir, rowsWithoutWallTime } from "./_helpers.ts";

const withoutWallTime = (rows: readonly object[]) =>
  rows.map((row) => ({ ...row, wallSeconds: undefined }));

Deno.test("runSweep() writes identical rows with 1 and 2 workers", async () => {
  const one = await freshDir("workers-1");
  const two = await freshDir("workers-2");
  const rowsOne = await runSweep(tinySweep, { profile: "full", workers: 1, outDir: one });
  const rowsTwo = await runSweep(tinySweep, { profile: "full", workers: 2, outDir: two });
  expect(rowsOne).to.have.length(18);
  expect(withoutWallTime(rowsTwo)).to.deep.equal(withoutWallTime(rowsOne));
  const csvOne = await rowsWithoutWallTime(
    resultsPath(tinySweep, { profile: "full", outDir: one }),
  );
  const csvTwo = await rowsWithoutWallTime(
    resultsPath(tinySweep, { profile: "full", outDir: two }),
  );
  expect(csvOne).to.have.length(18);
  expect(csvTwo).to.deep.equal(csvOne);
});

Deno.test("runSweep() returns cached rows without running anything, when all are present", async () => {
  const outDir = await freshDir("cached");
  const first = await runSweep(tinySweep, { workers: 2, outDir });
  const progress: SweepProgress[] = [];
  const second = await runSweep(tinySweep, {
    workers: 2,
    outDir,
    onProgress: (p) => progress.push(p),
  });
  expect(second).to.deep.equal(first);
  expect(progress).to.deep.equal([]);
});

Deno.test("runSweep() reports each run's progress, with failures and divergences counted", async () => {
  const outDir = await freshDir("progress");
  const progress: SweepProgress[] = [];
  await runSweep(faultySweep, { workers: 2, outDir, onProgress: (p) => progress.push(p) });
  expect(progress.map((p) => p.done)).to.deep.equal([1, 2, 3, 4, 5]);
  const last = progress.at(-1)!;
  expect([last.total, last.failed, last.diverged, last.etaSeconds]).to.deep.equal([5, 3, 1, 0]);
  const crash = progress.find((p) => p.row.behaviour === "crash")!;
  expect(crash.run).to.match(/^behaviour=crash replicate=0 seed=\d+$/);
});

Deno.test("runSweep() records a throwing run and a crashed worker as failed and finishes the rest", async () => {
  const outDir = await freshDir("faulty");
  const rows = await runSweep(faultySweep, { profile: "full", workers: 2, outDir });
  const byBehaviour = (b: string) => rows.filter((row) => row.behaviour === b);
  expect(rows).to.have.length(10);
  expect(byBehaviour("ok").map((r) => r.status)).to.deep.equal(["completed", "completed"]);
  expect(byBehaviour("throw").map((r) => r.error)).to.deep.equal(
    Array(2).fill("Error: this run throws"),
  );
  for (const row of byBehaviour("crash")) {
    expect(row.status).to.equal("failed");
    expect(row.error).to.match(/^worker crashed: .*this worker crashes/);
  }
  for (const row of byBehaviour("nan")) {
    expect([row.status, row.value]).to.deep.equal(["failed", null]);
    expect(row.error).to.match(/metric value .* received NaN/);
  }
  for (const row of byBehaviour("diverge")) {
    expect([row.status, row.divergedEpoch, row.value, row.error]).to.deep.equal([
      "diverged",
      3,
      null,
      null,
    ]);
  }
});

Deno.test("runSweep() rejects bad options naming the option", async () => {
  const outDir = await freshDir("bad-options");
  const fails = (options: object) => runSweep(tinySweep, { outDir, ...options }).catch((e) => e);
  expect((await fails({ workers: 0 })).message).to.match(/workers.*received 0/);
  expect((await fails({ profile: "huge" })).message).to.match(/profile.*"huge"/);
  expect((await fails({ shard: "3/2" })).message).to.match(/shard.*"3\/2"/);
});

Deno.test("runSweep() re-runs only failed runs with retryFailed, replacing their rows", async () => {
  const outDir = await freshDir("retry");
  await runSweep(faultySweep, { workers: 2, outDir, progress: false });
  const ran: string[] = [];
  const onProgress = (p: SweepProgress) => ran.push(String(p.row.behaviour));
  await runSweep(faultySweep, { workers: 2, outDir, progress: false, onProgress });
  expect(ran).to.deep.equal([]);
  const rows = await runSweep(faultySweep, {
    workers: 2,
    outDir,
    progress: false,
    retryFailed: true,
    onProgress,
  });
  expect(ran.sort()).to.deep.equal(["crash", "nan", "throw"]);
  expect(rows.map((r) => [r.behaviour, r.status])).to.deep.equal([
    ["ok", "completed"],
    ["throw", "failed"],
    ["crash", "failed"],
    ["nan", "failed"],
    ["diverge", "diverged"],
  ]);
  const path = resultsPath(faultySweep, { outDir });
  expect((await rowsWithoutWallTime(path)).length).to.equal(5);
});

Deno.test("runSweep() called twice at once on one file takes turns: every run once", async () => {
  const outDir = await freshDir("concurrent");
  const ran: number[] = [0, 0];
  const [first, second] = await Promise.all(
    [0, 1].map((i) =>
      runSweep(tinySweep, { workers: 1, outDir, progress: false, onProgress: () => ran[i]!++ })
    ),
  );
  expect(withoutWallTime(second!)).to.deep.equal(withoutWallTime(first!));
  expect(ran.sort()).to.deep.equal([0, 12]);
  expect(await rowsWithoutWallTime(resultsPath(tinySweep, { outDir }))).to.have.length(12);
});

Deno.test("runSweep() refuses a sweep its module does not export, naming the module", async () => {
  const { fields: _, seedFields: __, ...declaration } = tinySweep;
  const unregistered = defineSweep({ ...declaration, name: "unregistered" });
  const error = await runSweep(unregistered, { outDir: await freshDir("unregistered") }).catch((
    e,
  ) => e);
  expect(error).to.be.instanceOf(RangeError);
  expect(error.message).to.match(
    /"unregistered" to be exported by its module .*_fixture_sweeps\.ts/,
  );
});

Deno.test("runSweep() workers may read but not write, read the environment, run programs or connect", async () => {
  const rows = await runSweep(sandboxSweep, {
    workers: 2,
    outDir: await freshDir("sandbox"),
    progress: false,
  });
  expect(rows.map((row) => [row.attempt, row.allowed])).to.deep.equal([
    ["read", 1],
    ["write", 0],
    ["env", 0],
    ["run", 0],
    ["net", 0],
  ]);
});

/**
 * Benchmark of the experiment engine: the wall time of the W3 sweep (100 trainings of
 * 50 epochs on two circles, `w3-circles --profile full`) with 1 and with 2 workers, run
 * from empty results directories. Prints one JSON line per worker count (with the fields of
 * bench:workloads: `samples_per_s` counts the training points of every epoch trained, `accuracy` is
 * the completed runs' mean test accuracy), then a summary line with the speedup and whether
 * both produced the same rows (wall times aside).
 *
 * Usage: `deno task bench:sweep [--runs N]` (N: only the first N runs, for a quick look).
 *
 * The machine's load average is printed before and after each sweep, and `cores_used`:
 * the process's CPU time (all threads, from getrusage) over the wall time. Other
 * processes competing for the cores lower both the speedup and `cores_used`, so read
 * them side by side: a speedup well below 2 with `cores_used` well below 2 means the
 * cores were busy elsewhere, not that the engine failed to use them.
 *
 * @module
 */

import process from "node:process";
import { type AnyResultRow, mean, runSweep } from "../lib/lab.ts";
import { integer, readCommandLine } from "../tools/_cli.ts";
import { w3Circles } from "./w3_sweep.ts";

const USAGE = `Usage: deno task bench:sweep [--runs N]

Times W3, the 100-run w3-circles sweep (full profile), with 1 and with 2 workers from empty
results directories, and prints one JSON line per worker count and a summary line.

  --runs N   only the first N runs, for a quick look (default 100)
  --help     this text`;

const { flags } = readCommandLine({
  usage: USAGE,
  flags: { runs: integer({ min: 1, max: 100, default: 100 }) },
});
const { runs } = flags;
const outRoot = "data/results/.bench";

/** CPU seconds (user + system, every thread: getrusage) this process has used so far. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Training samples seen: 1,000 points per epoch trained (up to divergence; none if failed). */
function _trainedSamples(rows: readonly AnyResultRow[]): number {
  return rows.reduce((sum, row) => {
    const epochs = row.status === "completed" ? Number(row.epochs) : row.divergedEpoch ?? 0;
    return sum + epochs * 1000;
  }, 0);
}

const results: { workers: number; wall: number; rows: string[] }[] = [];
for (const workers of [1, 2]) {
  const outDir = `${outRoot}/workers-${workers}`;
  await Deno.remove(outDir, { recursive: true }).catch(() => {});
  const loadBefore = Deno.loadavg();
  const cpuBefore = cpuSeconds();
  const start = performance.now();
  // A shard of size `runs` (the first runs in canonical order) keeps the sweep identical.
  const rows = await runSweep(w3Circles, {
    profile: "full",
    workers,
    outDir,
    progress: false,
    ...(runs < 100 && { shard: { index: 1, count: Math.ceil(100 / runs) } }),
  });
  const wall = (performance.now() - start) / 1000;
  const cpu = (cpuSeconds()) - cpuBefore;
  const runSeconds = rows.reduce((sum, row) => sum + row.wallSeconds, 0);
  const completed = rows.filter((row) => row.status === "completed");
  results.push({
    workers,
    wall,
    rows: rows.map((row) => JSON.stringify({ ...row, wallSeconds: 0 })),
  });
  console.log(JSON.stringify({
    workload: "W3 sweep (engine)",
    workers,
    runs: rows.length,
    train_s: Number(wall.toFixed(2)),
    run_s_sum: Number(runSeconds.toFixed(2)),
    runs_per_s: Number((rows.length / wall).toFixed(2)),
    samples_per_s: Math.round(_trainedSamples(rows) / wall),
    accuracy: Number(mean(completed.map((row) => Number(row.testAccuracy))).toFixed(4)),
    completed: completed.length,
    threads: workers,
    cpu_s: Number(cpu.toFixed(2)),
    cores_used: Number((cpu / wall).toFixed(2)),
    loadavg_before: loadBefore,
    loadavg_after: Deno.loadavg(),
    cores: navigator.hardwareConcurrency,
  }));
}
const [one, two] = results as [(typeof results)[0], (typeof results)[0]];
console.log(JSON.stringify({
  speedup_2_vs_1: Number((one.wall / two.wall).toFixed(2)),
  identical_rows: JSON.stringify(one.rows) === JSON.stringify(two.rows),
}));

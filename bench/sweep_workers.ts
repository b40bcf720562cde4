/**
 * Benchmark of the experiment engine: the wall time of the W3 sweep (100 trainings of
 * 50 epochs on two circles, `w3-circles --profile full`) with 1 and with 2 workers, run
 * from empty results directories. Prints one JSON line per worker count, then a summary
 * line with the speedup and whether both produced the same rows (wall times aside).
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
import { parseArgs } from "node:util";
import { runSweep, w3Circles } from "../lib/mod.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "100" } } });
const runs = Number(values.runs);
const outRoot = "data/results/.bench";

/** CPU seconds (user + system, every thread: getrusage) this process has used so far. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
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
    completed: rows.filter((row) => row.status === "completed").length,
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

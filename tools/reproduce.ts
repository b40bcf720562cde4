/**
 * Reproduces every committed result: runs each sweep's full profile from scratch, one
 * sweep after another on a pool of workers (a progress bar each), compares its rows with
 * the committed file, and ends with a table of each sweep's time.
 *
 * Usage: `deno task reproduce [--only a,b] [--workers N] [--write] [--resume] [--json]`
 *
 * The new files go to `data/results/.reproduce/` (`--out`; emptied first unless `--resume`),
 * so the committed files (in `data/results/`, or `--committed`) are untouched; `--write`
 * copies them over the committed ones once every sweep has run without a failed run. A row "matches" when every cell but its wall time is
 * the committed one, character for character (CSV cells hold each number's shortest exact
 * decimal, so equal cells are equal bits). `--json` adds one JSON line with the total, the
 * line `deno task bench` reports as its workload W5.
 *
 * @module
 */

import { parse } from "csv-parse/sync";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SWEEPS } from "../lib/chapters.ts";
import { type AnySweep, resultsPath, runSweep, sidecarPath } from "../lib/lab.ts";

const USAGE =
  `Usage: deno task reproduce [--only NAME,NAME] [--workers N] [--write] [--resume] [--json]

Runs the full profile of every sweep (or of the --only ones) into data/results/.reproduce/,
compares each with its committed file in data/results/, and prints each sweep's time.

  --only LIST       comma-separated sweep names (default: every sweep, as \`deno task sweep --list\`)
  --workers N       parallel workers (default: ${navigator.hardwareConcurrency}, the cores here)
  --write           then copy the new files over the committed ones (only if no run failed)
  --resume          keep what an interrupted reproduction already ran
  --json            end with one JSON line: the total time (bench's workload W5)
  --out DIR         where the new files go (default: data/results/.reproduce)
  --committed DIR   the files to compare with and --write over (default: data/results)
  --help            this text

Exit status: 0 if every run completed or diverged, 1 if some failed, 2 on bad usage.`;

/** One sweep's reproduction. */
interface Reproduced {
  readonly sweep: string;
  readonly runs: number;
  readonly failed: number;
  readonly seconds: number;
  /** Sum of the runs' own wall times (the work; `seconds` is the elapsed time). */
  readonly runSeconds: number;
  /** Rows equal to the committed ones (wall time aside), or null without a committed file. */
  readonly matching: number | null;
  readonly committedRows: number | null;
}

/** A results CSV's rows, wall-time cell dropped, by every other cell, counted. */
async function _rowCells(path: string): Promise<Map<string, number> | null> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  const [header = [], ...rows] = parse(text) as string[][];
  const wall = header.indexOf("wallSeconds");
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(row.filter((_, i) => i !== wall));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** How many rows of `fresh` the committed file has too, and how many rows it has. */
async function _compare(sweep: AnySweep, fresh: string, committedDir: string) {
  const committed = await _rowCells(resultsPath(sweep, { profile: "full", outDir: committedDir }));
  if (committed === null) return { matching: null, committedRows: null };
  let matching = 0;
  for (const [key, count] of (await _rowCells(fresh)) ?? new Map<string, number>()) {
    matching += Math.min(count, committed.get(key) ?? 0);
  }
  return { matching, committedRows: [...committed.values()].reduce((a, b) => a + b, 0) };
}

/** Runs one sweep's full profile into `outDir` and compares it with `committedDir`'s file. */
/**
 * Copies a sidecar to another folder, keeping its module path (relative to the sidecar's
 * folder) pointing at the same module.
 */
async function _copySidecar(from: string, to: string): Promise<void> {
  const sidecar = JSON.parse(await Deno.readTextFile(from));
  const module = sidecar.definition.module;
  if (typeof module === "string" && !/^[a-z]+:/.test(module)) {
    const absolute = resolve(dirname(from), module);
    sidecar.definition.module = relative(dirname(to), absolute).replaceAll("\\", "/");
  }
  await Deno.writeTextFile(to, JSON.stringify(sidecar, null, 2) + "\n");
}

async function _reproduce(
  sweep: AnySweep,
  workers: number,
  outDir: string,
  committedDir: string,
): Promise<Reproduced> {
  const start = performance.now();
  const rows = await runSweep(sweep, { profile: "full", outDir, workers });
  const seconds = (performance.now() - start) / 1000;
  return {
    sweep: sweep.name,
    runs: rows.length,
    failed: rows.filter((row) => row.status === "failed").length,
    seconds,
    runSeconds: rows.reduce((sum, row) => sum + row.wallSeconds, 0),
    ...await _compare(sweep, resultsPath(sweep, { profile: "full", outDir }), committedDir),
  };
}

/** The final table: one line per sweep and a total, columns aligned. */
function _table(done: readonly Reproduced[], total: number): string {
  const cells = [
    ["sweep", "runs", "failed", "time", "run time", "rows as committed"],
    ...done.map((r) => [
      r.sweep,
      String(r.runs),
      String(r.failed),
      `${r.seconds.toFixed(1)} s`,
      `${r.runSeconds.toFixed(1)} s`,
      r.matching === null ? "(no committed file)" : `${r.matching} of ${r.committedRows}`,
    ]),
    [
      "all",
      String(done.reduce((s, r) => s + r.runs, 0)),
      String(done.reduce((s, r) => s + r.failed, 0)),
      `${total.toFixed(1)} s`,
      `${done.reduce((s, r) => s + r.runSeconds, 0).toFixed(1)} s`,
      "",
    ],
  ];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ").trimEnd()
  ).join("\n");
}

/** The sweeps named by `--only`, in SWEEPS order; every sweep without it. */
function _selected(only: string | undefined): AnySweep[] {
  if (only === undefined) return [...SWEEPS];
  const names = only.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const unknown = names.filter((name) => !SWEEPS.some((sweep) => sweep.name === name));
  if (names.length === 0 || unknown.length > 0) {
    throw new RangeError(
      `Expected --only to list sweep names (${SWEEPS.map((s) => s.name).join(", ")}), ` +
        `received "${only}"`,
    );
  }
  return SWEEPS.filter((sweep) => names.includes(sweep.name));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      workers: { type: "string" },
      write: { type: "boolean", default: false },
      resume: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      out: { type: "string", default: "data/results/.reproduce" },
      committed: { type: "string", default: "data/results" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    Deno.exit(0);
  }
  let sweeps: AnySweep[], workers: number;
  try {
    sweeps = _selected(values.only);
    workers = values.workers === undefined ? navigator.hardwareConcurrency : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) {
      throw new RangeError(
        `Expected --workers to be an integer >= 1, received "${values.workers}"`,
      );
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    Deno.exit(2);
  }
  const { out, committed } = values;
  if (!values.resume) await Deno.remove(out, { recursive: true }).catch(() => {});
  const loadavg = Deno.loadavg();
  const start = performance.now();
  const done: Reproduced[] = [];
  for (const [i, sweep] of sweeps.entries()) {
    console.log(`[${i + 1}/${sweeps.length}] ${sweep.name}: ${sweep.description}`);
    done.push(await _reproduce(sweep, workers, out, committed));
  }
  const total = (performance.now() - start) / 1000;
  console.log(`\n${_table(done, total)}`);
  const failed = done.reduce((sum, r) => sum + r.failed, 0);
  console.log(
    `\n${sweeps.length} sweeps in ${total.toFixed(1)} s on ${workers} workers ` +
      `(load average before: ${loadavg.map((x) => x.toFixed(2)).join(" ")}); new files in ` +
      out,
  );
  if (values.write && failed === 0) {
    for (const sweep of sweeps) {
      const fresh = resultsPath(sweep, { profile: "full", outDir: out });
      const target = resultsPath(sweep, { profile: "full", outDir: committed });
      await Deno.copyFile(fresh, target);
      await _copySidecar(sidecarPath(fresh), sidecarPath(target));
    }
    console.log(`copied over the committed files in ${committed}`);
  } else if (values.write) console.log(`${failed} runs failed: nothing copied`);
  if (values.json) {
    console.log(JSON.stringify({
      workload: "W5 reproduce",
      sweeps: sweeps.length,
      runs: done.reduce((sum, r) => sum + r.runs, 0),
      train_s: Number(total.toFixed(1)),
      run_s_sum: Number(done.reduce((sum, r) => sum + r.runSeconds, 0).toFixed(1)),
      workers,
      failed,
      loadavg_before: loadavg,
      loadavg_after: Deno.loadavg(),
    }));
  }
  Deno.exit(failed > 0 ? 1 : 0);
}

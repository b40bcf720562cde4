/**
 * Runs a named sweep from the terminal: `deno task sweep <name> [options]`.
 * `deno task sweep --list` names every sweep; `--help` explains the flags.
 *
 * @module
 */

import { sweepByName, SWEEPS } from "../lib/chapters.ts";
import {
  parseShard,
  PROFILE_NAMES,
  ResultsFileError,
  resultsPath,
  runSweep,
  type Shard,
} from "../lib/lab.ts";
import {
  choice,
  exitWithUsageError,
  flag,
  integer,
  readCommandLine,
  text,
  toggle,
} from "./_cli.ts";

const USAGE =
  `Usage: deno task sweep <name> [--profile quick|full] [--workers N] [--shard i/n] [--out DIR]
       deno task sweep --list

Runs every run of a sweep that its results file does not have yet, on a pool of workers,
and appends one CSV row per run to DIR/<name>[.quick][.shard-i-of-n].csv (with a JSON
sidecar). Re-running resumes; shards are merged with \`deno task sweep:merge <name>\`.

  --profile P      quick (small, for notebooks and CI) or full (default: quick)
  --workers N      parallel workers (default: ${navigator.hardwareConcurrency}, the cores here)
  --shard i/n      run only the i-th of n deterministic slices, into its own file
  --out DIR        results directory (default: data/results; the task may write only there)
  --retry-failed   re-run runs recorded as failed
  --list           list the sweeps with a one-line description
  --help           this text

Exit status: 0 if every run completed or diverged, 1 if some failed, 2 on bad usage.`;

/** The shard "i/n", or undefined when `raw` is not one. */
function _shard(raw: string): Shard | undefined {
  try {
    return parseShard(raw);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

const { flags, positionals } = readCommandLine({
  usage: USAGE,
  flags: {
    profile: choice(PROFILE_NAMES, { default: "quick" }),
    workers: integer({ min: 1 }),
    shard: flag({ expected: '"i/n" with 1 ≤ i ≤ n', parse: _shard, default: undefined }),
    out: text("a directory", { default: "data/results" }),
    "retry-failed": toggle(),
    list: toggle(),
  },
  positionals: { name: "sweep", max: 1, choices: SWEEPS.map((sweep) => sweep.name) },
});

if (flags.list) {
  const width = Math.max(...SWEEPS.map((s) => s.name.length));
  for (const sweep of SWEEPS) console.log(`${sweep.name.padEnd(width)}  ${sweep.description}`);
  Deno.exit(0);
}
if (positionals.length === 0) exitWithUsageError(USAGE, "Expected a sweep name, received none");

try {
  const sweep = sweepByName(positionals[0]!);
  const { profile, workers, shard, out: outDir } = flags;
  const rows = await runSweep(sweep, {
    profile,
    outDir,
    retryFailed: flags["retry-failed"],
    ...(workers !== undefined && { workers }),
    ...(shard !== undefined && { shard }),
  });
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  const failed = rows.filter((row) => row.status === "failed");
  for (const row of failed) {
    const settings = sweep.fields.map((field) => `${field}=${row[field]}`).join(" ");
    console.error(`failed: ${settings} replicate=${row.replicate} seed=${row.seed}: ${row.error}`);
  }
  console.log(
    `${rows.length} runs: ${count("completed")} completed, ${count("diverged")} diverged, ` +
      `${failed.length} failed; results in ${resultsPath(sweep, { profile, outDir, shard })}`,
  );
  Deno.exit(failed.length > 0 ? 1 : 0);
} catch (error) {
  if (error instanceof ResultsFileError) {
    console.error(error.message);
    Deno.exit(1);
  }
  if (error instanceof Deno.errors.NotCapable) {
    console.error(
      `${error.message}\nThe task may write only under data/results; for another --out, run ` +
        `deno run --allow-read=. --allow-write=DIR --allow-run=git tools/sweep.ts ...`,
    );
    Deno.exit(2);
  }
  if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  Deno.exit(2);
}

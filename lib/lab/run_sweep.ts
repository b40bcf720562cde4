/**
 * Runs a sweep on a pool of Web Workers, appending one CSV row per run and skipping
 * runs whose rows are already there.
 *
 * @module
 */

import { createProgress } from "../display/progress.ts";
import { describe, requireBoolean, requireInteger, requireOneOf } from "../core/_validate.ts";
import { rowKey } from "./_csv_codec.ts";
import { loadSweep } from "./_locate.ts";
import { ResultsWriter, rewriteResults } from "./_results_writer.ts";
import { lockResults } from "./_results_lock.ts";
import { runPending, type SweepProgress } from "./_run_pending.ts";
import { parseShard, planRuns, type Shard, shardRuns } from "./plan.ts";
import type { ResultRow } from "./result_row.ts";
import { resultsPath, sidecarPath } from "./results_path.ts";
import { scanResults } from "./results_file.ts";
import { gitRevision, writeSidecar } from "./sidecar.ts";
import { type Grid, PROFILE_NAMES, type ProfileName, type Sweep } from "./sweep.ts";

export type { SweepProgress };

/**
 * Options of {@linkcode runSweep}.
 *
 * @example
 * ```ts
 * import { parseShard } from "relu-lab/lab";
 * import type { RunSweepOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const options: RunSweepOptions = { profile: "full", workers: 2, shard: "1/4", retryFailed: true, progress: false };
 * expect(parseShard(options.shard as string)).to.deep.equal({ index: 1, count: 4 });
 * ```
 */
export interface RunSweepOptions {
  /**
   * Which profile to run.
   * @default "quick"
   */
  readonly profile?: ProfileName;
  /**
   * Number of workers.
   * @default navigator.hardwareConcurrency
   */
  readonly workers?: number;
  /**
   * Run only this slice of the profile's runs (`"i/n"`), into its own file.
   * @default undefined (every run)
   */
  readonly shard?: string | Shard;
  /**
   * Directory of the results files.
   * @default "data/results"
   */
  readonly outDir?: string;
  /**
   * Re-run the runs whose rows say `failed` (their rows are removed first; the file is
   * rewritten atomically).
   * @default false
   */
  readonly retryFailed?: boolean;
  /**
   * Show a progress bar (runs done, failures, time left): an updating output in a
   * notebook, a line on a terminal, one final line in logs; and report each failed run
   * with its settings on stderr as it happens.
   * @default true
   */
  readonly progress?: boolean;
  /**
   * Called after each run's row is written.
   * @default undefined
   */
  readonly onProgress?: (progress: SweepProgress) => void;
}

/**
 * Runs every run of a sweep's profile (or shard) that its results file lacks, on a pool
 * of workers, appending each run's row as it finishes; writes the JSON sidecar.
 * Results do not depend on the number of workers or the order runs finish in.
 *
 * @param sweep The sweep; its `module` must export it (workers import it from there).
 * @param options Profile, workers, shard, output directory and progress callback.
 * @returns The rows of the profile's (shard's) runs in canonical order, old and new.
 * @throws {ResultsFileError} If the results file or sidecar is corrupt or foreign.
 *
 * @example Run the quick profile of a chapter's sweep
 * ```ts
 * import { runSweep } from "relu-lab/lab";
 * import { leaky } from "relu-lab/chapters";
 * import { expect } from "chai";
 *
 * const outDir = "data/results/.test/doc-run";
 * await Deno.remove(outDir, { recursive: true }).catch(() => {});
 * const rows = await runSweep(leaky.preluSlopes, { profile: "quick", workers: 2, outDir });
 * expect(rows.every((row) => row.status === "completed")).to.equal(true);
 * const again = await runSweep(leaky.preluSlopes, { profile: "quick", outDir }); // cached
 * expect(again).to.deep.equal(rows);
 * ```
 */
export async function runSweep<G extends Grid, M extends string>(
  sweep: Sweep<G, M>,
  options: RunSweepOptions = {},
): Promise<ResultRow<G, M>[]> {
  const { profile = "quick", workers = navigator.hardwareConcurrency, outDir = "data/results" } =
    options;
  requireOneOf("profile", profile, PROFILE_NAMES);
  requireInteger("workers", workers, 1);
  for (const flag of ["retryFailed", "progress"] as const) {
    if (options[flag] !== undefined) requireBoolean(flag, options[flag]);
  }
  if (typeof outDir !== "string" || outDir === "") {
    throw new TypeError(`Expected outDir to be a directory path, received ${describe(outDir)}`);
  }
  const shard = typeof options.shard === "string" ? parseShard(options.shard) : options.shard;
  if ((await loadSweep(sweep.name, sweep.module)) !== sweep) {
    throw new TypeError(
      `Expected sweep "${sweep.name}" to be the one its module exports under that name`,
    );
  }
  const all = planRuns(sweep, profile);
  const runs = shard ? shardRuns(all, shard) : all;
  const path = resultsPath(sweep, { profile, outDir, shard });
  await Deno.mkdir(outDir, { recursive: true });
  // Held until the end: a second sweep on this file waits, then finds these rows.
  let file = await lockResults(path);
  try {
    let scan = await scanResults(path, sweep);
    const planned = new Set(runs.map((run) => run.key));
    const retry = (row: ResultRow) => row.status === "failed" && planned.has(rowKey(sweep, row));
    if (options.retryFailed && scan.rows.some(retry)) {
      await rewriteResults(path, sweep, scan.rows.filter((row) => !retry(row)));
      const rewritten = await lockResults(path); // the lock held so far is on the old file
      file.close();
      file = rewritten;
      scan = await scanResults(path, sweep);
    }
    const shardSpec = shard ? `${shard.index}/${shard.count}` : null;
    await writeSidecar(sidecarPath(path), sweep, profile, shardSpec, [await gitRevision()]);
    const rows = new Map(scan.rows.map((row) => [rowKey(sweep, row), row]));
    const pending = runs.filter((run) => !rows.has(run.key));
    if (pending.length > 0) {
      const label = `${sweep.name} ${profile}${shardSpec ? ` shard ${shardSpec}` : ""}`;
      const bar = options.progress === false
        ? undefined
        : createProgress({ total: pending.length, label });
      await runPending(sweep, pending, await ResultsWriter.start(file, sweep, scan), {
        workers,
        skipped: runs.length - pending.length,
        onProgress: (progress) => {
          options.onProgress?.(progress);
          if (bar && progress.row.status === "failed") {
            console.error(`${sweep.name}: run failed (${progress.run}): ${progress.row.error}`);
          }
          return bar?.update(progress.done, {
            failed: progress.failed,
            diverged: progress.diverged,
          });
        },
        rows,
      });
      await bar?.finish();
    }
    return runs.map((run) => rows.get(run.key)! as ResultRow<G, M>);
  } finally {
    file.close();
  }
}

// Runs the pending runs of a sweep on a worker pool, appending each row as it comes
// and reporting progress. Private to lib/lab (used by runSweep).

import { describeRun, rowFromReply } from "./_outcome.ts";
import { WorkerPool } from "./_pool.ts";
import type { ResultsWriter } from "./_results_writer.ts";
import type { RunSpec } from "./plan.ts";
import type { ResultRow } from "./result_row.ts";
import type { Grid, Sweep } from "./sweep.ts";

/**
 * Where a sweep is at, after each run.
 *
 * @example What onProgress receives after each run
 * ```ts
 * import type { ResultRow, SweepProgress } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const row: ResultRow = {
 *   x: 2, replicate: 0, seed: 7, status: "completed", divergedEpoch: null, y: 4,
 *   perEpoch: [], wallSeconds: 0.1, error: null,
 * };
 * const progress: SweepProgress = {
 *   done: 3, total: 4, skipped: 0, failed: 0, diverged: 1, elapsedSeconds: 6, etaSeconds: 2, row, run: "x=2 replicate=0 seed=7",
 * };
 * expect(progress.done / progress.total).to.equal(0.75);
 * ```
 */
export interface SweepProgress {
  /** Runs finished in this call, including failed ones. */
  readonly done: number;
  /** Runs this call has to do (those without a row yet). */
  readonly total: number;
  /** Runs skipped because the results file already had them. */
  readonly skipped: number;
  /** Runs that failed so far (threw, or their worker crashed). */
  readonly failed: number;
  /** Runs that diverged so far. */
  readonly diverged: number;
  /** Seconds since the first run started. */
  readonly elapsedSeconds: number;
  /** Estimated seconds left, from the pace so far. */
  readonly etaSeconds: number;
  /** The row just written. */
  readonly row: ResultRow;
  /** The run just finished, as `field=value … replicate=r seed=s`. */
  readonly run: string;
}

/** Runs `pending` on `workers` workers, appending rows through `writer`; closes the pool. */
export async function runPending(
  sweep: Sweep<Grid, string>,
  pending: RunSpec[],
  writer: ResultsWriter,
  context: {
    workers: number;
    skipped: number;
    onProgress: (progress: SweepProgress) => Promise<void> | undefined;
    rows: Map<string, ResultRow>;
  },
): Promise<void> {
  const pool = new WorkerPool(Math.min(context.workers, pending.length));
  const start = performance.now();
  let written = Promise.resolve();
  let done = 0, failed = 0, diverged = 0;
  try {
    await Promise.all(pending.map(async (run) => {
      const reply = await pool.run({
        sweep: sweep.name,
        module: sweep.module,
        settings: run.settings,
        seed: run.seed,
      });
      const row = rowFromReply(sweep, run, reply);
      written = written.then(() => writer.append(row));
      await written;
      context.rows.set(run.key, row);
      done++;
      if (row.status === "failed") failed++;
      if (row.status === "diverged") diverged++;
      const elapsedSeconds = (performance.now() - start) / 1000;
      const etaSeconds = (elapsedSeconds / done) * (pending.length - done);
      await context.onProgress({
        done,
        total: pending.length,
        skipped: context.skipped,
        failed,
        diverged,
        elapsedSeconds,
        etaSeconds,
        row,
        run: describeRun(run),
      });
    }));
  } finally {
    pool.close();
  }
}

/**
 * Loading a sweep's committed full-profile results, for chapters that show the full
 * evidence beside their quick run without recomputing it, with the command that made it.
 *
 * @module
 */

import { rowKey } from "./_csv_codec.ts";
import { planRuns } from "./plan.ts";
import type { ResultRow } from "./result_row.ts";
import { resultsPath, sidecarPath } from "./results_path.ts";
import { readResults, ResultsFileError } from "./results_file.ts";
import { readSidecar } from "./sidecar.ts";
import type { Grid, Sweep } from "./sweep.ts";

/**
 * Options of {@linkcode loadCommittedResults}.
 *
 * @example
 * ```ts
 * import type { CommittedResultsOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const fromNotebook: CommittedResultsOptions = { outDir: "../data/results" };
 * expect(fromNotebook.outDir).to.match(/results$/);
 * ```
 */
export interface CommittedResultsOptions {
  /**
   * Directory of the results files (from a notebook: `"../data/results"`).
   * @default "data/results"
   */
  readonly outDir?: string;
}

/**
 * A complete full-profile results file and where it came from.
 *
 * @example
 * ```ts
 * import type { CommittedResults } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const results: CommittedResults<{ x: readonly number[] }, "y"> = {
 *   rows: [], path: "data/results/square.csv", command: "deno task sweep square --profile full",
 *   revisions: ["0123abc"], updated: "2026-01-01T00:00:00.000Z",
 * };
 * expect(results.command).to.include("--profile full");
 * ```
 */
export interface CommittedResults<G extends Grid, M extends string> {
  /**
   * Every run of the full profile, in canonical run order (as {@linkcode planRuns} lists
   * them), whatever order the workers wrote them in.
   */
  readonly rows: ResultRow<G, M>[];
  /** The CSV file. */
  readonly path: string;
  /** The command that (re)produces the file. */
  readonly command: string;
  /** Library revisions that wrote its rows (from the sidecar). */
  readonly revisions: readonly string[];
  /** When the file was last written (ISO 8601, from the sidecar). */
  readonly updated: string;
}

/**
 * Reads the full profile's results of a sweep, checking that every run is there.
 *
 * @param sweep The sweep.
 * @param options The results directory.
 * @returns The rows, the file, the command that produces it, its revisions and date.
 * @throws {ResultsFileError} If the file or its sidecar is missing, foreign or incomplete;
 * the message gives the command that completes it.
 *
 * @example A sweep whose full results were never run
 * ```ts
 * import { defineSweep, loadCommittedResults, ResultsFileError } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "never-run", description: "Never run.", module: import.meta.url, grid: { x: [1] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x } }),
 * });
 * const error = await loadCommittedResults(sweep, { outDir: "data/results/.test" }).catch((e) => e);
 * expect(error).to.be.instanceOf(ResultsFileError);
 * expect(error.message).to.include("deno task sweep never-run --profile full");
 * ```
 */
export async function loadCommittedResults<G extends Grid, M extends string>(
  sweep: Sweep<G, M>,
  options: CommittedResultsOptions = {},
): Promise<CommittedResults<G, M>> {
  const { outDir = "data/results" } = options;
  const path = resultsPath(sweep, { profile: "full", outDir });
  const command = `deno task sweep ${sweep.name} --profile full`;
  const found = await readResults(path, sweep);
  const byKey = new Map(found.map((row) => [rowKey(sweep, row), row]));
  const runs = planRuns(sweep, "full");
  const sidecar = await readSidecar(sidecarPath(path));
  const missing = runs.filter((run) => !byKey.has(run.key)).length;
  if (
    missing > 0 || found.length !== runs.length || sidecar === null || sidecar.profile !== "full"
  ) {
    throw new ResultsFileError(
      path,
      found.length + 1,
      `expected the ${runs.length} runs of the full profile with a sidecar, found ` +
        `${runs.length - missing} runs${sidecar === null ? " and no sidecar" : ""}; ` +
        `run \`${command}\` to complete it`,
    );
  }
  // Canonical order, so statistics that resample rows do not depend on worker scheduling.
  const rows = runs.map((run) => byKey.get(run.key)!);
  return { rows, path, command, revisions: sidecar.revisions, updated: sidecar.updated };
}

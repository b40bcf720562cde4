/**
 * The committed full results of a chapter's sweep, found next to the library
 * (`data/results/`) whatever the working directory: a notebook runs in `notebooks/`, the
 * tools in the repository's root.
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { type CommittedResults, loadCommittedResults } from "../../lab/committed_results.ts";
import type { Grid, Sweep } from "../../lab/sweep.ts";

/** The repository's `data/results/` folder. */
export const RESULTS_DIR: string = fileURLToPath(new URL("../../../data/results", import.meta.url));

/**
 * Reads a sweep's committed full-profile results from {@linkcode RESULTS_DIR}.
 *
 * @param sweep The sweep.
 * @returns Its rows, the file, the command that produces it, its revisions and date.
 * @throws {ResultsFileError} If the file is missing, foreign or incomplete.
 *
 * @example
 * ```ts
 * import { committedResults } from "./committed.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { expect } from "chai";
 *
 * const { rows, command } = await committedResults(dyingLr);
 * expect(rows.length).to.be.above(0);
 * expect(command).to.equal("deno task sweep dying-lr --profile full");
 * ```
 */
export function committedResults<G extends Grid, M extends string>(
  sweep: Sweep<G, M>,
): Promise<CommittedResults<G, M>> {
  return loadCommittedResults(sweep, { outDir: RESULTS_DIR });
}

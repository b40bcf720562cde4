// Appends results rows to a sweep's CSV file, one whole line per write, after cutting
// off a partial last line left by a kill; rewrites a results file atomically.
// Private to lib/lab.

import { encodeRow, headerLine } from "./_csv_codec.ts";
import type { ResultRow } from "./result_row.ts";
import type { ResultsScan } from "./results_file.ts";
import type { AnySweep } from "./sweep.ts";

/** An open results file that rows are appended to. */
export class ResultsWriter {
  #file: Deno.FsFile;
  #sweep: AnySweep;
  #encoder = new TextEncoder();

  private constructor(file: Deno.FsFile, sweep: AnySweep) {
    this.#file = file;
    this.#sweep = sweep;
  }

  /**
   * Prepares `file` (open for appending, locked) for rows. `scan` is what
   * {@linkcode scanResults} found in it: a partial last line is cut off and a header is
   * written if there is none. The caller closes the file.
   */
  static async start(
    file: Deno.FsFile,
    sweep: AnySweep,
    scan: ResultsScan,
  ): Promise<ResultsWriter> {
    const writer = new ResultsWriter(file, sweep);
    if (scan.truncated) await file.truncate(scan.completeBytes);
    if (scan.completeBytes === 0) await writer.#write(headerLine(sweep));
    return writer;
  }

  /** Appends one row as one line; the line is complete on disk once this resolves. */
  append(row: ResultRow): Promise<void> {
    return this.#write(encodeRow(this.#sweep, row));
  }

  async #write(line: string): Promise<void> {
    const bytes = this.#encoder.encode(line);
    // One write call per line in practice; loop only if the OS takes fewer bytes.
    for (let done = 0; done < bytes.length;) done += await this.#file.write(bytes.subarray(done));
  }
}

/** Replaces the file at `path` by a header and `rows`, atomically (temporary file, rename). */
export async function rewriteResults(
  path: string,
  sweep: AnySweep,
  rows: readonly ResultRow[],
): Promise<void> {
  const text = headerLine(sweep) + rows.map((row) => encodeRow(sweep, row)).join("");
  const temporary = `${path}.${crypto.randomUUID()}.tmp`;
  await Deno.writeTextFile(temporary, text);
  await Deno.rename(temporary, path);
}

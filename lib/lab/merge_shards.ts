/**
 * Merging the shard files of a sweep (`--shard i/n` runs, possibly from several
 * machines) into the profile's whole results file.
 *
 * @module
 */

import { basename, dirname, join } from "node:path";
import { rowKey } from "./_csv_codec.ts";
import { lockResults } from "./_results_lock.ts";
import { rewriteResults } from "./_results_writer.ts";
import { planRuns } from "./plan.ts";
import type { ResultRow } from "./result_row.ts";
import { scanResults } from "./results_file.ts";
import { resultsPath, type ResultsPathOptions, sidecarPath } from "./results_path.ts";
import { readSidecar, writeSidecar } from "./sidecar.ts";
import type { AnySweep, ProfileName } from "./sweep.ts";

/**
 * What {@linkcode mergeShards} did.
 *
 * @example
 * ```ts
 * import type { MergeReport } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const report: MergeReport = {
 *   path: "data/results/square.csv", shards: ["data/results/square.shard-1-of-2.csv", "data/results/square.shard-2-of-2.csv"],
 *   rows: 4, missing: 0,
 * };
 * expect(report.shards).to.have.length(2);
 * ```
 */
export interface MergeReport {
  /** The whole results file written. */
  readonly path: string;
  /** The shard files read, in shard order. */
  readonly shards: readonly string[];
  /** Rows in the merged file. */
  readonly rows: number;
  /** Runs of the profile that no file had a row for. */
  readonly missing: number;
}

/**
 * Merges every shard file of a sweep's profile (and the whole file, if there is one)
 * into the whole file, rows in canonical run order, written atomically; merges the
 * sidecars' revisions. Shard files are left in place.
 *
 * @param sweep The sweep.
 * @param options Profile and directory (`shard` is ignored).
 * @returns What was merged.
 * @throws {RangeError} If there are no shard files, or shards of different counts, or some missing.
 * @throws {ResultsFileError} If a file is corrupt or foreign.
 *
 * @example Nothing to merge
 * ```ts
 * import { defineSweep, mergeShards } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * await Deno.mkdir("data/results/.test/empty", { recursive: true });
 * const error = await mergeShards(sweep, { outDir: "data/results/.test/empty" }).catch((e) => e);
 * expect(error).to.be.instanceOf(RangeError);
 * expect(error.message).to.match(/no shard files/);
 * ```
 */
export async function mergeShards(
  sweep: AnySweep,
  options: Omit<ResultsPathOptions, "shard"> = {},
): Promise<MergeReport> {
  const { profile = "quick" } = options;
  const whole = resultsPath(sweep, { ...options, shard: undefined });
  const shards = await _shardFiles(whole, sweep, profile);
  // A sweep appending to the whole file meanwhile would lose rows to the rewrite: take turns.
  const lock = await lockResults(whole);
  try {
    const rows = new Map<string, ResultRow>();
    const revisions: string[] = [];
    const numerics: ("fused" | "unfused")[] = [];
    for (const path of [whole, ...shards]) {
      for (const row of (await scanResults(path, sweep)).rows) {
        if (!rows.has(rowKey(sweep, row))) rows.set(rowKey(sweep, row), row);
      }
      const sidecar = await readSidecar(sidecarPath(path));
      revisions.push(...sidecar?.revisions ?? []);
      if (sidecar) numerics.push(...sidecar.numerics ?? ["unfused"]);
    }
    const planned = planRuns(sweep, profile).map((run) => run.key);
    const isPlanned = new Set(planned);
    const order = [
      ...planned.filter((key) => rows.has(key)),
      ...[...rows.keys()].filter((key) => !isPlanned.has(key)),
    ];
    await rewriteResults(whole, sweep, order.map((key) => rows.get(key)!));
    await writeSidecar(sidecarPath(whole), sweep, profile, null, [...new Set(revisions)], [
      ...new Set(numerics),
    ]);
    const missing = planned.filter((key) => !rows.has(key)).length;
    return { path: whole, shards, rows: order.length, missing };
  } finally {
    lock.close();
  }
}

/** Lists the shard files beside `whole`, checking they are 1..n of one n. */
async function _shardFiles(
  whole: string,
  sweep: AnySweep,
  profile: ProfileName,
): Promise<string[]> {
  const stem = basename(whole, ".csv");
  const pattern = new RegExp(`^${stem.replaceAll(".", "\\.")}\\.shard-(\\d+)-of-(\\d+)\\.csv$`);
  const found: { index: number; count: number; path: string }[] = [];
  const names = await Array.fromAsync(Deno.readDir(dirname(whole)), (entry) => entry.name)
    .catch((error) => {
      if (error instanceof Deno.errors.NotFound) return [];
      throw error;
    });
  for (const name of names) {
    const match = pattern.exec(name);
    if (match) {
      found.push({
        index: Number(match[1]),
        count: Number(match[2]),
        path: join(dirname(whole), name),
      });
    }
  }
  if (found.length === 0) {
    throw new RangeError(
      `Expected shard files ${stem}.shard-i-of-n.csv beside ${whole}, found no shard files`,
    );
  }
  const count = found[0]!.count;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) =>
    !found.some((f) => f.index === i)
  );
  if (found.some((f) => f.count !== count) || missing.length > 0) {
    throw new RangeError(
      `Expected shards 1..${count} of ${sweep.name} (${profile}) with one count, found ${
        found.map((f) => `${f.index}/${f.count}`).sort().join(", ")
      }`,
    );
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.path);
}

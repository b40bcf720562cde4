/**
 * Where a sweep's results live: `<outDir>/<sweep>[.quick][.shard-i-of-n].csv`, with the
 * JSON sidecar beside it.
 *
 * @module
 */

import { join } from "node:path";
import type { Shard } from "./plan.ts";
import type { AnySweep, ProfileName } from "./sweep.ts";

/**
 * Options of {@linkcode resultsPath}.
 *
 * @example
 * ```ts
 * import { defineSweep, resultsPath } from "relu-lab/lab";
 * import type { ResultsPathOptions } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const options: ResultsPathOptions = { profile: "full", outDir: "out", shard: { index: 1, count: 2 } };
 * expect(resultsPath(sweep, options)).to.equal("out/square.shard-1-of-2.csv");
 * ```
 */
export interface ResultsPathOptions {
  /**
   * The profile; the full profile's file has no suffix, the quick one `.quick`.
   * @default "quick"
   */
  readonly profile?: ProfileName;
  /**
   * Directory of the results files.
   * @default "data/results"
   */
  readonly outDir?: string;
  /**
   * A shard's file instead of the whole profile's.
   * @default undefined
   */
  readonly shard?: Shard | undefined;
}

/**
 * Returns the path of a sweep's results CSV.
 *
 * @param sweep The sweep.
 * @param options Profile, directory and shard.
 * @returns The CSV path; its sidecar is the same path ending in `.json`.
 *
 * @example Whole, quick and shard files
 * ```ts
 * import { defineSweep, resultsPath } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(resultsPath(sweep, { profile: "full" })).to.equal("data/results/square.csv");
 * expect(resultsPath(sweep, { outDir: "out" })).to.equal("out/square.quick.csv");
 * expect(resultsPath(sweep, { profile: "full", shard: { index: 1, count: 2 } }))
 *   .to.equal("data/results/square.shard-1-of-2.csv");
 * ```
 */
export function resultsPath(sweep: AnySweep, options: ResultsPathOptions = {}): string {
  const { profile = "quick", outDir = "data/results", shard } = options;
  const suffix = (profile === "full" ? "" : `.${profile}`) +
    (shard ? `.shard-${shard.index}-of-${shard.count}` : "");
  return join(outDir, `${sweep.name}${suffix}.csv`);
}

/**
 * Returns the path of the JSON sidecar of a results CSV.
 *
 * @param csvPath The CSV's path, ending in `.csv`.
 * @returns The same path ending in `.json`.
 *
 * @example Beside the CSV
 * ```ts
 * import { sidecarPath } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(sidecarPath("data/results/square.quick.csv")).to.equal("data/results/square.quick.json");
 * ```
 */
export function sidecarPath(csvPath: string): string {
  return csvPath.replace(/\.csv$/, "") + ".json";
}

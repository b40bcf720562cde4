/**
 * The list of runs a sweep's profile stands for, in a fixed canonical order, each
 * with a seed derived from its settings, and deterministic shards of that list.
 *
 * @module
 */

import { describe, requireOneOf } from "../core/_validate.ts";
import { deriveSeed } from "../core/random.ts";
import { type AnySweep, PROFILE_NAMES, type ProfileName, type SettingValue } from "./sweep.ts";

/**
 * One run of a sweep.
 *
 * @example
 * ```ts
 * import { defineSweep, planRuns } from "relu-lab/lab";
 * import type { RunSpec } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const [first]: RunSpec[] = planRuns(sweep, "quick");
 * expect([first!.index, first!.settings, first!.replicate]).to.deep.equal([0, { x: 1 }, 0]);
 * ```
 */
export interface RunSpec {
  /** Position in the profile's canonical order (grid fields nested as declared, seeds innermost). */
  readonly index: number;
  /** One combination of the (profile's) grid. */
  readonly settings: Readonly<Record<string, SettingValue>>;
  /** Index of the seed within the combination. */
  readonly replicate: number;
  /** The run's seed: depends on `replicate` and the sweep's `seedFields` only. */
  readonly seed: number;
  /** Identifies the run in a results file: its settings cells and replicate. */
  readonly key: string;
}

/**
 * A slice of a run list: runs whose index is `index - 1` modulo `count`.
 *
 * @example
 * ```ts
 * import { parseShard, shardRuns } from "relu-lab/lab";
 * import type { Shard } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const shard: Shard = parseShard("2/3");
 * expect(shardRuns([0, 1, 2, 3, 4], shard)).to.deep.equal([1, 4]);
 * ```
 */
export interface Shard {
  /** Which slice, from 1 to `count`. */
  readonly index: number;
  /** Number of slices. */
  readonly count: number;
}

/**
 * Derives a run's seed from its settings, so the same run gets the same seed whatever
 * order, worker or shard it runs in.
 *
 * @param sweep The sweep (its `seedFields` select which settings count).
 * @param settings The run's settings.
 * @param replicate The seed index within the combination.
 * @returns An unsigned 32-bit seed.
 *
 * @example Equal settings, equal seeds
 * ```ts
 * import { defineSweep, runSeed } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(runSeed(sweep, { x: 1 }, 0)).to.equal(runSeed(sweep, { x: 2 }, 0)); // paired
 * expect(runSeed(sweep, { x: 1 }, 0)).to.not.equal(runSeed(sweep, { x: 1 }, 1));
 * ```
 */
export function runSeed(
  sweep: AnySweep,
  settings: Readonly<Record<string, SettingValue>>,
  replicate: number,
): number {
  const parts = sweep.seedFields.flatMap((field) => [field, String(settings[field])]);
  return deriveSeed("replicate", replicate, ...parts);
}

/**
 * Lists every run of a sweep's profile in canonical order.
 *
 * @param sweep The sweep.
 * @param profile `"quick"` or `"full"`.
 * @returns The runs: every combination of the profile's grid times its seeds.
 *
 * @example Two values and two seeds make four runs
 * ```ts
 * import { defineSweep, planRuns } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const runs = planRuns(sweep, "full");
 * expect(runs.map((r) => [r.settings.x, r.replicate])).to.deep.equal([[1, 0], [1, 1], [2, 0], [2, 1]]);
 * ```
 */
export function planRuns(sweep: AnySweep, profile: ProfileName): RunSpec[] {
  requireOneOf("profile", profile, PROFILE_NAMES);
  const { seeds, grid: overrides = {} } = sweep.profiles[profile];
  let combos: Record<string, SettingValue>[] = [{}];
  for (const field of sweep.fields) {
    const values: readonly SettingValue[] = overrides[field] ?? sweep.grid[field];
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [field]: value })));
  }
  return combos.flatMap((settings) =>
    Array.from({ length: seeds }, (_, replicate) => ({ settings, replicate }))
  ).map(({ settings, replicate }, index) => ({
    index,
    settings,
    replicate,
    seed: runSeed(sweep, settings, replicate),
    key: runKey(sweep.fields.map((field) => String(settings[field])), replicate),
  }));
}

/**
 * Builds the key that identifies a run from its settings cells and replicate.
 *
 * @param cells The run's settings as CSV cells, in grid field order.
 * @param replicate The seed index.
 * @returns A string equal for equal runs.
 *
 * @example Keys of CSV cells
 * ```ts
 * import { runKey } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(runKey(["relu", "0.1"], 2)).to.equal(runKey(["relu", String(0.1)], 2));
 * ```
 */
export function runKey(cells: readonly string[], replicate: number): string {
  return JSON.stringify([...cells, replicate]);
}

/**
 * Parses a shard specification like `"2/3"` (the second of three slices).
 *
 * @param spec `"i/n"` with 1 ≤ i ≤ n.
 * @returns The shard.
 * @throws {RangeError} If `spec` is not of that form.
 *
 * @example Parse a shard
 * ```ts
 * import { parseShard } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(parseShard("2/3")).to.deep.equal({ index: 2, count: 3 });
 * expect(() => parseShard("0/3")).to.throw(RangeError, /shard/);
 * ```
 */
export function parseShard(spec: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(String(spec));
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || index > count) {
    throw new RangeError(`Expected shard to be "i/n" with 1 <= i <= n, received ${describe(spec)}`);
  }
  return { index, count };
}

/**
 * Keeps the items of one shard: those at positions `index - 1`, `index - 1 + count`, ….
 *
 * @param items A list in canonical order.
 * @param shard The slice to keep.
 * @returns The shard's items, in order.
 *
 * @example Two shards cover a list once
 * ```ts
 * import { shardRuns } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const first = shardRuns(["a", "b", "c"], { index: 1, count: 2 });
 * const second = shardRuns(["a", "b", "c"], { index: 2, count: 2 });
 * expect([first, second]).to.deep.equal([["a", "c"], ["b"]]);
 * ```
 */
export function shardRuns<T>(items: readonly T[], shard: Shard): T[] {
  if (
    !Number.isSafeInteger(shard?.count) || !Number.isSafeInteger(shard.index) || shard.count < 1 ||
    shard.index < 1 || shard.index > shard.count
  ) {
    throw new RangeError(
      `Expected shard to be { index, count } with 1 <= index <= count, received ${
        shard && typeof shard === "object" ? `${shard.index}/${shard.count}` : describe(shard)
      }`,
    );
  }
  return items.filter((_, k) => k % shard.count === shard.index - 1);
}

/**
 * Sweeps as code: a typed declaration of a grid of settings, the metrics each run
 * records, a quick and a full profile, and the function that performs one run.
 *
 * @module
 */

/**
 * A value a grid field can take; it is written into a CSV cell as is.
 *
 * @example
 * ```ts
 * import type { SettingValue } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const cells: SettingValue[] = ["relu", 0.1, true];
 * expect(cells.map(String)).to.deep.equal(["relu", "0.1", "true"]);
 * ```
 */
export type SettingValue = string | number | boolean;

/**
 * Per-field lists of values; a sweep runs every combination (times the seeds).
 *
 * @example
 * ```ts
 * import { defineSweep } from "relu-lab/lab";
 * import type { Grid } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const grid = { activation: ["relu", "tanh"], lr: [0.1, 1] } satisfies Grid;
 * const sweep = defineSweep({
 *   name: "grid", description: "Two by two.", module: import.meta.url, grid,
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["m"], run: () => ({ metrics: { m: 0 } }),
 * });
 * expect(sweep.fields).to.deep.equal(["activation", "lr"]);
 * ```
 */
export type Grid = Readonly<Record<string, readonly SettingValue[]>>;

/**
 * Widens a literal setting type to its primitive (`0.1` to `number`), so that a grid
 * declared as `[0.1, 1]` accepts any number in a profile or a settings object.
 *
 * @example
 * ```ts
 * import type { Widen } from "relu-lab/lab";
 *
 * const rate: Widen<0.1 | 1> = 3; // number
 * const name: Widen<"relu"> = "tanh"; // string
 * ```
 */
export type Widen<T> = T extends string ? string : T extends number ? number : boolean;

/**
 * A check of one grid value: throws if the value is not allowed. Written with method syntax,
 * which makes it bivariant, so that any sweep fits `AnySweep`.
 *
 * @example
 * ```ts
 * import type { SettingCheck } from "relu-lab/lab";
 *
 * const positive: SettingCheck<number> = (value) => {
 *   if (value <= 0) throw new RangeError(`Expected a positive number, received ${value}`);
 * };
 * positive(1);
 * ```
 */
export type SettingCheck<T> = { check(value: T): unknown }["check"];

/**
 * One combination of a grid: a value for every field.
 *
 * @example What a run receives
 * ```ts
 * import type { Settings } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const settings: Settings<{ activation: readonly ["relu", "tanh"]; lr: readonly [0.1, 1] }> = {
 *   activation: "relu",
 *   lr: 3, // widened: any number
 * };
 * expect(settings.lr).to.equal(3);
 * ```
 */
export type Settings<G extends Grid> = { readonly [K in keyof G]: Widen<G[K][number]> };

/**
 * The two profiles every sweep has.
 *
 * @example
 * ```ts
 * import { PROFILE_NAMES } from "relu-lab/lab";
 * import type { ProfileName } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const profile: ProfileName = "full";
 * expect(PROFILE_NAMES).to.include(profile);
 * ```
 */
export type ProfileName = "quick" | "full";

/**
 * The profile names, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * import { PROFILE_NAMES } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(PROFILE_NAMES).to.deep.equal(["quick", "full"]);
 * ```
 */
export const PROFILE_NAMES: readonly ProfileName[] = ["quick", "full"];

/**
 * How big one run of a sweep is: seeds per combination and optional narrower grids.
 *
 * @example
 * ```ts
 * import type { Profile } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const quick: Profile<{ epochs: readonly [100] }> = { seeds: 2, grid: { epochs: [5] } };
 * expect(quick.grid!.epochs).to.deep.equal([5]);
 * ```
 */
export interface Profile<G extends Grid> {
  /** Number of seeds (replicates) per combination of settings, at least 1. */
  readonly seeds: number;
  /**
   * Replacement value lists for some grid fields (e.g. fewer epochs in the quick profile).
   * @default {}
   */
  readonly grid?: { readonly [K in keyof G]?: readonly Widen<G[K][number]>[] };
}

/**
 * One epoch's numbers as a run reports them: scalars or per-layer lists.
 *
 * @example
 * ```ts
 * import type { EpochMetrics } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const epoch: EpochMetrics = { epoch: 3, loss: 0.2, dead: [0, 0.25], testLoss: null };
 * expect(epoch.dead).to.deep.equal([0, 0.25]);
 * ```
 */
export type EpochMetrics = Readonly<Record<string, number | null | readonly (number | null)[]>>;

/**
 * What one run returns. Non-finite numbers are only allowed in diverged runs.
 *
 * @example What a sweep's run returns
 * ```ts
 * import type { RunOutcome } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const diverged: RunOutcome<"accuracy"> = { metrics: { accuracy: null }, status: "diverged", divergedEpoch: 4 };
 * expect(diverged.metrics.accuracy).to.equal(null);
 * ```
 */
export interface RunOutcome<M extends string> {
  /** The final value of every declared metric; `null` where it does not exist. */
  readonly metrics: { readonly [K in M]: number | null };
  /**
   * Whether training completed or diverged (non-finite loss).
   * @default "completed"
   */
  readonly status?: "completed" | "diverged";
  /** The epoch at which training diverged; required when `status` is `"diverged"`. */
  readonly divergedEpoch?: number;
  /**
   * Per-epoch metrics, stored as JSON in the run's `perEpoch` cell.
   * @default []
   */
  readonly perEpoch?: readonly EpochMetrics[];
}

/**
 * The declaration `defineSweep` checks.
 *
 * @example
 * ```ts
 * import { defineSweep } from "relu-lab/lab";
 * import type { SweepDefinition } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const definition: SweepDefinition<{ x: readonly number[] }, "y"> = {
 *   name: "double", description: "Doubles x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 3 } }, metrics: ["y"], seedFields: [],
 *   check: { x: (x) => { if (x < 0) throw new RangeError("negative"); } },
 *   run: ({ x }) => ({ metrics: { y: 2 * x } }),
 * };
 * expect(defineSweep(definition).name).to.equal("double");
 * ```
 */
export interface SweepDefinition<G extends Grid, M extends string> {
  /** Kebab-case name used on the command line and in file names, e.g. `"dead-vs-lr"`. */
  readonly name: string;
  /** One line that says what the sweep measures. */
  readonly description: string;
  /** Value lists per field; field names are identifiers. */
  readonly grid: G;
  /** The quick profile (notebooks, CI) and the full profile (the chapter's evidence). */
  readonly profiles: { readonly quick: Profile<G>; readonly full: Profile<G> };
  /** Names of the final metrics every run reports. */
  readonly metrics: readonly M[];
  /**
   * Grid fields the run's seed depends on, besides the replicate index. With the default,
   * every combination gets the same seeds, so any two conditions compare paired.
   * @default []
   */
  readonly seedFields?: readonly (keyof G & string)[];
  /**
   * Per-field checks run on every grid and profile value; a throw names the field.
   * @default {}
   */
  readonly check?: { readonly [K in keyof G]?: SettingCheck<Widen<G[K][number]>> };
  /**
   * URL of the module that exports this sweep: pass `import.meta.url`. Workers import it
   * and find the sweep by name among its exports.
   */
  readonly module: string;
  /**
   * Performs one run. Method syntax keeps sweeps of any grid assignable to `AnySweep`.
   * @param settings One combination of the grid.
   * @param seed The run's seed, derived from its settings (never from its position).
   * @returns The run's metrics.
   */
  run(settings: Settings<G>, seed: number): RunOutcome<M> | Promise<RunOutcome<M>>;
}

/**
 * A checked, frozen sweep declaration, as `defineSweep` returns it.
 *
 * @example
 * ```ts
 * import { defineSweep } from "relu-lab/lab";
 * import type { Sweep } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep: Sweep<{ x: readonly number[] }, "y"> = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect([sweep.fields, sweep.seedFields]).to.deep.equal([["x"], []]);
 * ```
 */
export interface Sweep<G extends Grid = Grid, M extends string = string>
  extends SweepDefinition<G, M> {
  /** The grid's field names in declaration order (also the first CSV columns). */
  readonly fields: readonly (keyof G & string)[];
  /** The fields the seed depends on (`seedFields` with its default applied). */
  readonly seedFields: readonly (keyof G & string)[];
}

/**
 * A sweep of any grid and metrics.
 *
 * @example Functions over every sweep take it
 * ```ts
 * import { defineSweep, planRuns } from "relu-lab/lab";
 * import type { AnySweep } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1, 2] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * const runs = (s: AnySweep) => planRuns(s, "full").length;
 * expect(runs(sweep)).to.equal(4);
 * ```
 */
// deno-lint-ignore no-explicit-any
export type AnySweep = Sweep<any, string>;

/**
 * What chapter 9's starting states show when they are run in Deno with the very code the page
 * runs: for each state, 8 seeds of 100 steps, both networks; the shares of dead units, the
 * test accuracy, and the fate of the pushed unit, as findings (means over seeds with bootstrap
 * intervals, paired differences seed by seed). Computed live (a few seconds), hence the
 * "quick" profile.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import { Session } from "../../playground/session.ts";
import type { MeanFinding, PairedFinding } from "../../stats/row_findings.ts";
import { meanFinding, pairedFinding } from "../../stats/row_findings.ts";
import { PLAYGROUND_STATES, type PlaygroundStateName, STATE_STEPS } from "./states.ts";

/** Seeds each state runs. */
export const STATE_SEEDS = 8;

/** One network's run in a state. */
export interface StateRow {
  /** `"left"` or `"right"`. */
  readonly side: string;
  /** The seed. */
  readonly seed: number;
  /** Share of hidden units dead on the training points at step 0. */
  readonly deadAtStart: number;
  /** Share dead at the last step. */
  readonly dead: number;
  /** Test accuracy at the last step (`null` if it diverged before any step). */
  readonly testAccuracy: number | null;
  /** 1 if the pushed unit (layer 0, unit 0) is dead at the end, else 0. */
  readonly pushedDead: number;
  /** 1 if the pushed unit is positive on some training point at the end, else 0. */
  readonly pushedActive: number;
  /** 1 if the run diverged, else 0. */
  readonly diverged: number;
  /** Any other column, so that the row passes as a generic table row. */
  [key: string]: string | number | null;
}

/** A state's findings: each side's means and right minus left, paired by seed. */
export interface StateFindings {
  /** Rows, one per side and seed. */
  readonly rows: readonly StateRow[];
  /** Means per side. */
  readonly left: Record<
    "deadAtStart" | "dead" | "testAccuracy" | "pushedDead" | "pushedActive",
    MeanFinding
  >;
  /** Means per side. */
  readonly right: StateFindings["left"];
  /** Test accuracy, right minus left, in points. */
  readonly accuracyGain: PairedFinding;
  /** Runs that diverged, per side. */
  readonly diverged: { readonly left: number; readonly right: number };
}

/** Every state's findings. */
export type PlaygroundFindings = Readonly<Record<PlaygroundStateName, StateFindings>>;

function _share(flags: readonly boolean[][]): number {
  const all = flags.flat();
  return all.filter(Boolean).length / all.length;
}

/** Runs one state over the seeds. */
export async function stateRows(
  name: PlaygroundStateName,
  seeds = STATE_SEEDS,
): Promise<StateRow[]> {
  const rows: StateRow[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    const session = new Session({ ...structuredClone(PLAYGROUND_STATES[name].settings), seed });
    const start = session.trainers.map((t) => _share(t.census.map((l) => [...l.dead])));
    await session.step(STATE_STEPS);
    session.trainers.forEach((trainer, i) => {
      const census = trainer.census;
      rows.push({
        side: i === 0 ? "left" : "right",
        seed,
        deadAtStart: start[i]!,
        dead: _share(census.map((l) => [...l.dead])),
        testAccuracy: trainer.records.at(-1)?.testAccuracy ?? null,
        pushedDead: census[0]!.dead[0] ? 1 : 0,
        pushedActive: census[0]!.activeShare[0]! > 0 ? 1 : 0,
        diverged: trainer.diverged ? 1 : 0,
      });
    });
    session.stop();
  }
  return rows;
}

function _means(rows: readonly StateRow[], side: string, rng: Rng): StateFindings["left"] {
  const mine = rows.filter((r) => r.side === side);
  const mean = (metric: string) =>
    meanFinding(mine, metric, { rng: rng.fork(metric), profile: "quick" });
  return {
    deadAtStart: mean("deadAtStart"),
    dead: mean("dead"),
    testAccuracy: mean("testAccuracy"),
    pushedDead: mean("pushedDead"),
    pushedActive: mean("pushedActive"),
  };
}

/**
 * The findings of one state from its rows.
 *
 * @param rows From {@linkcode stateRows}.
 * @param name The state (seeds the bootstrap).
 * @returns Means per side and the paired accuracy gain.
 */
export function stateFindings(rows: readonly StateRow[], name: string): StateFindings {
  const rng = new Rng(deriveSeed("09_playground", name));
  return {
    rows,
    left: _means(rows, "left", rng.fork("left")),
    right: _means(rows, "right", rng.fork("right")),
    accuracyGain: pairedFinding(rows, {
      field: "side",
      a: "right",
      b: "left",
      metric: "testAccuracy",
      rng: rng.fork("paired"),
      profile: "quick",
    }),
    diverged: {
      left: rows.filter((r) => r.side === "left" && r.diverged).length,
      right: rows.filter((r) => r.side === "right" && r.diverged).length,
    },
  };
}

let _cached: Promise<PlaygroundFindings> | undefined;

/**
 * Runs every state and computes its findings (once per process; about 5 s).
 *
 * @returns The findings, by state.
 *
 * @example
 * ```ts
 * import { playgroundFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const findings = await playgroundFindings();
 * expect(findings.lr3.left.dead.mean.n).to.equal(8);
 * ```
 */
export function playgroundFindings(): Promise<PlaygroundFindings> {
  _cached ??= (async () => {
    const entries: [string, StateFindings][] = [];
    for (const name of Object.keys(PLAYGROUND_STATES) as PlaygroundStateName[]) {
      entries.push([name, stateFindings(await stateRows(name), name)]);
    }
    return Object.fromEntries(entries) as unknown as PlaygroundFindings;
  })();
  return _cached;
}

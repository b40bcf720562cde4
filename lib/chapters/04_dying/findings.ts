/**
 * Chapter 4's findings, all together: the microscope's numbers, and the findings of the
 * committed full profiles of its three sweeps (learning rate, initialisation, born dead).
 *
 * @module
 */

import { committedResults } from "../_shared/committed.ts";
import { type BornDeadFindings, bornDeadFindings } from "./born_dead_findings.ts";
import { bornDeadMc } from "./born_dead.ts";
import { dyingInit } from "./dying_init.ts";
import { DYING_SETUP, dyingLr } from "./dying_lr.ts";
import { type InitFindings, initFindings } from "./init_findings.ts";
import { type LrFindings, lrFindings } from "./lr_findings.ts";
import { type Microscope, microscope } from "./microscope.ts";

/** Everything chapter 4 states. */
export interface DyingFindings {
  /** The setup of the network sweeps, as they run it (what later chapters compare with). */
  readonly setup: typeof DYING_SETUP;
  /** The one-neuron microscope (deterministic, computed afresh: about a second). */
  readonly microscope: Microscope;
  /** The ReLU runs of dying-lr, full profile. */
  readonly lr: LrFindings;
  /** The ReLU runs of dying-init, full profile. */
  readonly init: InitFindings;
  /** The born-dead Monte Carlo, full profile. */
  readonly bornDead: BornDeadFindings;
}

/**
 * Computes chapter 4's findings from the committed full profiles (no training but the
 * microscope's four neurons).
 *
 * @returns The findings.
 * @throws {ResultsFileError} If a committed results file is missing or incomplete.
 *
 * @example
 * ```ts
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const findings = await dyingFindings();
 * expect([findings.lr.profile, findings.init.profile, findings.bornDead.profile])
 *   .to.deep.equal(["full", "full", "full"]);
 * ```
 */
export async function dyingFindings(): Promise<DyingFindings> {
  const [lr, init, bornDead] = await Promise.all([
    committedResults(dyingLr),
    committedResults(dyingInit),
    committedResults(bornDeadMc),
  ]);
  return {
    setup: DYING_SETUP,
    microscope: microscope(),
    lr: lrFindings(lr.rows, "full"),
    init: initFindings(init.rows, "full"),
    bornDead: bornDeadFindings(bornDead.rows, "full"),
  };
}

/** Over every ReLU run of dying-lr and dying-init: per hidden layer, the runs in which its dead share ever fell. */
export interface RevivalTotals {
  /** Runs counted (completed ReLU runs of both sweeps). */
  readonly runs: number;
  /** Per hidden layer, input side first: runs in which its dead share fell at least once. */
  readonly runsThatFell: readonly number[];
}

/**
 * Sums the per-layer revival counts of every learning rate and initialisation.
 *
 * @param lr The dying-lr findings.
 * @param init The dying-init findings.
 * @returns The totals.
 *
 * @example The first layer never comes back
 * ```ts
 * import { dyingFindings, revivalTotals } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const { lr, init } = await dyingFindings();
 * const totals = revivalTotals(lr, init);
 * expect(totals.runs).to.equal(500);
 * expect(totals.runsThatFell[0]).to.equal(0);
 * ```
 */
export function revivalTotals(lr: LrFindings, init: InitFindings): RevivalTotals {
  const every = [...lr.points.map((p) => p.revival), ...init.cells.map((c) => c.revival)];
  return {
    runs: every.reduce((n, r) => n + r.layers[0]!.runs, 0),
    runsThatFell: every[0]!.layers.map((_, l) =>
      every.reduce((n, r) => n + r.layers[l]!.runsThatFell, 0)
    ),
  };
}

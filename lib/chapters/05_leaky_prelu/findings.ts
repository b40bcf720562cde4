/**
 * Chapter 5's findings, all together, from the committed full profiles: chapter 4's
 * dying-lr sweep (every activation on the same seeds), leaky-slope and prelu-slopes.
 *
 * @module
 */

import { committedResults } from "../_shared/committed.ts";
import { dyingLr } from "../04_dying/dying_lr.ts";
import { type LeakLrFindings, leakLrFindings } from "./leak_vs_lr.ts";
import { leakySlope } from "./leaky_slope.ts";
import { type PreluFindings, preluFindings } from "./prelu_findings.ts";
import { preluSlopes } from "./prelu_slopes.ts";
import { type SlopeFindings, slopeFindings } from "./slope_findings.ts";

/** Everything chapter 5 states. */
export interface LeakyFindings {
  /** Every activation of dying-lr against the learning rate, and the leak against ReLU. */
  readonly lr: LeakLrFindings;
  /** Leaky ReLU's slope a from 0 to 1 (leaky-slope). */
  readonly slope: SlopeFindings;
  /** What PReLU learns (prelu-slopes). */
  readonly prelu: PreluFindings;
}

/**
 * Computes chapter 5's findings from the committed full profiles (no training).
 *
 * @returns The findings.
 * @throws {ResultsFileError} If a committed results file is missing or incomplete.
 *
 * @example
 * ```ts
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const { lr, slope, prelu } = await leakyFindings();
 * expect([lr.profile, slope.profile, prelu.profile]).to.deep.equal(["full", "full", "full"]);
 * ```
 */
export async function leakyFindings(): Promise<LeakyFindings> {
  const [lr, slope, prelu] = await Promise.all([
    committedResults(dyingLr),
    committedResults(leakySlope),
    committedResults(preluSlopes),
  ]);
  return {
    lr: leakLrFindings(lr.rows, "full"),
    slope: slopeFindings(slope.rows, "full"),
    prelu: preluFindings(prelu.rows, "full"),
  };
}

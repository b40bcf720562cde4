/**
 * What chapter 4 measures in {@linkcode bornDeadMc}, as findings: per setting the share of
 * networks born with a dead hidden layer and the share born constant (Lu et al.'s
 * definition), each with its 95% Wilson interval; how well the one-input formula matches
 * the Monte Carlo; and where the two definitions part.
 *
 * @module
 */

import type { ResultRow } from "../../lab/result_row.ts";
import { Finding, type FindingProfile } from "../../stats/finding.ts";
import type { BornDeadGrid, BornDeadMetric } from "./born_dead.ts";

/** The rows of the born-dead sweep. */
export type BornDeadRow = ResultRow<BornDeadGrid, BornDeadMetric>;

/** Which networks: depth, width, initialisation and how many inputs they are judged on. */
export interface BornDeadSetting {
  /** Hidden layers. */
  readonly depth: number;
  /** Units per hidden layer. */
  readonly width: number;
  /** `"he"` (He-uniform weights, zero biases) or `"rai"`. */
  readonly init: string;
  /**
   * Inputs each network is judged on.
   * @default 100
   */
  readonly inputs?: number;
}

/** One setting's Monte Carlo. */
export interface BornDeadPoint extends Required<BornDeadSetting> {
  /** Share of networks with a hidden layer inactive on every input (95% Wilson interval). */
  readonly deadLayer: Finding;
  /** Share whose output is the same on every input; `null` for one input. */
  readonly constant: Finding | null;
  /** The one-input formula 1 − (1 − 2^−width)^depth. */
  readonly theory: number;
  /** Median output range over the inputs of the networks without a dead layer. */
  readonly liveRange: number | null;
}

/** How the one-input formula fares against the Monte Carlo on one input (He). */
export interface TheoryCheck {
  /** Settings compared. */
  readonly settings: number;
  /** Settings whose Wilson interval contains the formula. */
  readonly inside: number;
  /** Largest |Monte Carlo − formula|, as a share. */
  readonly worstGap: number;
}

/** Chapter 4's born-dead findings from one profile. */
export interface BornDeadFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Every setting, in file order. */
  readonly points: readonly BornDeadPoint[];
  /** The formula against one-input Monte Carlo, or `null` if the profile has no such runs. */
  readonly theoryCheck: TheoryCheck | null;
}

/**
 * Computes chapter 4's born-dead findings from the rows of one profile.
 *
 * @param rows The born-dead rows (one per setting: its trials are the replicates).
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { bornDeadFindings, bornDeadPoint } from "./born_dead_findings.ts";
 * import { bornDeadMc } from "./born_dead.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = bornDeadFindings((await committedResults(bornDeadMc)).rows, "full");
 * const he = bornDeadPoint(findings, { depth: 10, width: 2, init: "he" });
 * expect(he.deadLayer.value).to.be.above(0.8);
 * expect(he.deadLayer.n).to.equal(2000);
 * expect(findings.theoryCheck!.settings).to.equal(77);
 * ```
 */
export function bornDeadFindings(
  rows: readonly BornDeadRow[],
  profile: FindingProfile,
): BornDeadFindings {
  const wilson = (value: number, low: number, high: number, n: number) =>
    new Finding({ value, interval: [low, high], method: "Wilson", n, of: "networks", profile });
  const points = rows.map((r): BornDeadPoint => ({
    depth: r.depth,
    width: r.width,
    init: r.init,
    inputs: r.inputs,
    deadLayer: wilson(r.rate!, r.low!, r.high!, r.trials),
    constant: r.constantRate === null
      ? null
      : wilson(r.constantRate, r.constantLow!, r.constantHigh!, r.trials),
    theory: r.theory!,
    liveRange: r.liveRange,
  }));
  const single = points.filter((p) => p.inputs === 1 && p.init === "he");
  const theoryCheck = single.length === 0 ? null : {
    settings: single.length,
    inside: single.filter((p) => p.deadLayer.low! <= p.theory && p.theory <= p.deadLayer.high!)
      .length,
    worstGap: Math.max(...single.map((p) => Math.abs(p.deadLayer.value - p.theory))),
  };
  return { profile, points, theoryCheck };
}

/**
 * One setting's point.
 *
 * @param findings The born-dead findings.
 * @param setting Depth, width, initialisation and (default 100) inputs.
 * @returns Its point.
 * @throws {RangeError} If the profile has no such setting.
 *
 * @example
 * ```ts
 * import { bornDeadFindings, bornDeadPoint } from "./born_dead_findings.ts";
 * import { bornDeadMc } from "./born_dead.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = bornDeadFindings((await committedResults(bornDeadMc)).rows, "full");
 * expect(bornDeadPoint(findings, { depth: 1, width: 8, init: "he" }).deadLayer.value).to.be.below(0.01);
 * expect(() => bornDeadPoint(findings, { depth: 9, width: 2, init: "he" })).to.throw(RangeError, /depth 9/);
 * ```
 */
export function bornDeadPoint(findings: BornDeadFindings, setting: BornDeadSetting): BornDeadPoint {
  const { depth, width, init, inputs = 100 } = setting;
  const point = findings.points.find((p) =>
    p.depth === depth && p.width === width && p.init === init && p.inputs === inputs
  );
  if (point === undefined) {
    throw new RangeError(
      `Expected a setting of the ${findings.profile} profile, received depth ${depth}, ` +
        `width ${width}, init ${init}, inputs ${inputs}`,
    );
  }
  return point;
}

/**
 * The settings of one initialisation on many inputs where the two definitions of born
 * dead give different counts, largest gap first.
 *
 * @param findings The born-dead findings.
 * @param init `"he"` or `"rai"`.
 * @returns The points whose constant share differs from their dead-layer share.
 *
 * @example Under He they never part
 * ```ts
 * import { bornDeadFindings, definitionGaps } from "./born_dead_findings.ts";
 * import { bornDeadMc } from "./born_dead.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = bornDeadFindings((await committedResults(bornDeadMc)).rows, "full");
 * expect(definitionGaps(findings, "he")).to.deep.equal([]);
 * ```
 */
export function definitionGaps(findings: BornDeadFindings, init: string): BornDeadPoint[] {
  const gap = (p: BornDeadPoint) => p.constant!.value - p.deadLayer.value;
  return findings.points
    .filter((p) => p.init === init && p.constant !== null && gap(p) !== 0)
    .sort((a, b) => gap(b) - gap(a));
}

/**
 * What chapter 5 measures in {@linkcode leakySlope}, as findings: per slope a, learning
 * rate and width the test accuracy of the runs that did not diverge and how many did; each
 * a against a = 0 (ReLU), paired by seed; and from these, which a the chapter recommends.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import {
  type MeanFinding,
  meanFinding,
  type PairedFinding,
  pairedFinding,
} from "../../stats/row_findings.ts";
import type { CensusMetric } from "../_shared/census_training.ts";
import type { LeakySlopeGrid } from "./leaky_slope.ts";

/** The rows of the leaky-slope sweep. */
export type LeakySlopeRow = ResultRow<LeakySlopeGrid, CensusMetric>;

/** One slope in one setting, over seeds. */
export interface SlopeCell {
  /** Leaky ReLU's negative slope (0 is ReLU, 1 the identity). */
  readonly a: number;
  /** The SGD step size. */
  readonly learningRate: number;
  /** Units in each hidden layer. */
  readonly width: number;
  /** Runs (seeds). */
  readonly runs: number;
  /** Runs that diverged. */
  readonly diverged: number;
  /** Test accuracy of the runs that did not diverge; `null` if none. */
  readonly accuracy: MeanFinding | null;
  /**
   * Test accuracy minus a = 0's, over the seeds where neither diverged; `null` for a = 0
   * and where fewer than two such pairs exist.
   */
  readonly versusRelu: PairedFinding | null;
}

/** Which a the evidence supports, and why. */
export interface SlopeRecommendation {
  /** The learning rate that trains ReLU well (the rows' lowest). */
  readonly gentleRate: number;
  /** The learning rate that kills ReLU units (the rows' highest). */
  readonly harshRate: number;
  /**
   * Slopes above 0 whose paired difference from ReLU at the gentle rate includes 0 at every
   * width: indistinguishable from ReLU where nothing dies.
   */
  readonly likeRelu: readonly number[];
  /** Slopes above 0 with no diverged run in any setting. */
  readonly neverDiverged: readonly number[];
  /** The recommended slopes: in both lists. */
  readonly recommended: readonly number[];
}

/** Chapter 5's findings from one profile of leaky-slope. */
export interface SlopeFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Seeds per setting. */
  readonly seeds: number;
  /** Every (a, learning rate, width) of the rows. */
  readonly cells: readonly SlopeCell[];
  /** What the cells recommend. */
  readonly recommendation: SlopeRecommendation;
}

/**
 * Computes chapter 5's slope findings from the leaky-slope rows of one profile.
 *
 * @param rows The leaky-slope rows (a = 0 in every setting, for the pairing).
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { slopeCell, slopeFindings } from "./slope_findings.ts";
 * import { leakySlope } from "./leaky_slope.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = slopeFindings((await committedResults(leakySlope)).rows, "full");
 * expect(slopeCell(findings, { a: 1, learningRate: 0.1, width: 16 }).accuracy!.mean.value)
 *   .to.be.below(0.55);
 * expect(findings.recommendation.recommended[0]).to.equal(0.01);
 * ```
 */
export function slopeFindings(
  rows: readonly LeakySlopeRow[],
  profile: FindingProfile,
): SlopeFindings {
  // In grid order (the rows' order of first appearance): widths 16 then 4, as the sweep lists them.
  const values = <K extends "a" | "learningRate" | "width">(key: K) => [
    ...new Set(rows.map((r) => r[key])),
  ];
  const [slopes, rates, widths] = [values("a"), values("learningRate"), values("width")];
  const rng = (...label: (string | number)[]) =>
    new Rng(deriveSeed("leaky", "leaky-slope", ...label.map(String)));
  const cells = rates.flatMap((learningRate) =>
    widths.flatMap((width) => {
      const setting = rows.filter((r) => r.learningRate === learningRate && r.width === width);
      return slopes.map((a): SlopeCell => {
        const own = setting.filter((r) => r.a === a);
        const done = own.filter((r) => r.status === "completed");
        const label = [a, learningRate, width];
        let versusRelu: PairedFinding | null = null;
        if (a !== 0 && _pairs(setting, a) >= 2) {
          versusRelu = pairedFinding(setting, {
            field: "a",
            a,
            b: 0,
            metric: "testAccuracy",
            rng: rng("paired", ...label),
            profile,
          });
        }
        return {
          a,
          learningRate,
          width,
          runs: own.length,
          diverged: own.filter((r) => r.status === "diverged").length,
          accuracy: done.length === 0
            ? null
            : meanFinding(done, "testAccuracy", { rng: rng("accuracy", ...label), profile }),
          versusRelu,
        };
      });
    })
  );
  const gentleRate = Math.min(...rates), harshRate = Math.max(...rates);
  const likeRelu = slopes.filter((a) =>
    a > 0 && widths.every((width) => {
      const paired = cells.find((c) =>
        c.a === a && c.learningRate === gentleRate && c.width === width
      )?.versusRelu;
      return paired != null && !paired.difference.excludes();
    })
  );
  const neverDiverged = slopes.filter((a) =>
    a > 0 && cells.every((c) => c.a !== a || c.diverged === 0)
  );
  return {
    profile,
    seeds: Math.max(...cells.map((c) => c.runs)),
    cells,
    recommendation: {
      gentleRate,
      harshRate,
      likeRelu,
      neverDiverged,
      recommended: likeRelu.filter((a) => neverDiverged.includes(a)),
    },
  };
}

/**
 * One slope's cell.
 *
 * @param findings The slope findings.
 * @param setting The slope, learning rate and width.
 * @returns Its cell.
 * @throws {RangeError} If the rows have no such setting.
 *
 * @example
 * ```ts
 * import { slopeCell, slopeFindings } from "./slope_findings.ts";
 * import { leakySlope } from "./leaky_slope.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = slopeFindings((await committedResults(leakySlope)).rows, "full");
 * expect(slopeCell(findings, { a: 0.2, learningRate: 3, width: 16 }).diverged).to.equal(10);
 * expect(() => slopeCell(findings, { a: 0.4, learningRate: 3, width: 16 })).to.throw(RangeError, /a 0.4/);
 * ```
 */
export function slopeCell(
  findings: SlopeFindings,
  setting: { readonly a: number; readonly learningRate: number; readonly width: number },
): SlopeCell {
  const { a, learningRate, width } = setting;
  const cell = findings.cells.find((c) =>
    c.a === a && c.learningRate === learningRate && c.width === width
  );
  if (cell === undefined) {
    throw new RangeError(
      `Expected a setting of the ${findings.profile} profile, received a ${a}, ` +
        `learning rate ${learningRate}, width ${width}`,
    );
  }
  return cell;
}

/** Seeds where both a and a = 0 completed. */
function _pairs(setting: readonly LeakySlopeRow[], a: number): number {
  const done = (value: number) =>
    new Set(
      setting.filter((r) => r.a === value && r.status === "completed").map((r) => r.replicate),
    );
  const [mine, relu] = [done(a), done(0)];
  return [...mine].filter((seed) => relu.has(seed)).length;
}

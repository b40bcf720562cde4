/**
 * What chapter 2 measures, as findings: per activation, over the seeds of one profile of
 * `boundary-shape`, the test accuracy, the straight segments that trace the decision
 * boundary at the finest tolerance, their *growth* from the coarsest to the finest
 * tolerance (about √10 for a smooth curve, near 1 for a polygon whose pieces are all
 * resolved), and, for the piecewise-linear activations, the exact count of straight
 * boundary pieces and of linear regions; and Leaky ReLU against ReLU, paired by seed.
 *
 * The intervals are drawn as the chapter has always drawn them: one generator per metric
 * (seed 2 for the means, 3 for the paired differences) over the activations in order, so
 * the committed numbers are those the chapter has quoted since its sweep was run.
 *
 * @module
 */

import { Rng } from "../../core/random.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import { Finding, type FindingProfile, type FindingUnit } from "../../stats/finding.ts";
import { type PairedFinding, pairedFinding } from "../../stats/row_findings.ts";
import { summarize } from "../../stats/results_table.ts";
import { describe } from "../../core/_validate.ts";
import { BOUNDARY_ACTIVATIONS, BOUNDARY_TOLERANCES } from "./boundary_nets.ts";
import type { BoundaryGrid, BoundaryMetric } from "./boundary_shape.ts";

/** The rows of the `boundary-shape` sweep. */
export type BoundaryRow = ResultRow<BoundaryGrid, BoundaryMetric>;

/** What the chapter compares between activations: the sweep's metrics and the growth. */
export type ShapeMetric =
  | "testAccuracy"
  | "segmentsFine"
  | "growth"
  | "boundaryPieces"
  | "regions";

/** How each metric reads. */
const _FORMAT: Readonly<Record<ShapeMetric, { unit: FindingUnit; digits: number }>> = {
  testAccuracy: { unit: "percent", digits: 1 },
  segmentsFine: { unit: "number", digits: 1 },
  growth: { unit: "number", digits: 2 },
  boundaryPieces: { unit: "number", digits: 1 },
  regions: { unit: "number", digits: 1 },
};

/** The metrics of {@linkcode ShapeFindings.leakyVsRelu}, in the order the chapter shows them. */
export const PAIRED_METRICS: readonly ShapeMetric[] = [
  "boundaryPieces",
  "regions",
  "segmentsFine",
  "growth",
  "testAccuracy",
];

/** One activation's boundaries over the seeds of a profile. */
export interface ActivationShape {
  /** The activation, e.g. `"relu"`. */
  readonly activation: string;
  /** Its runs. */
  readonly runs: number;
  /** Mean test accuracy. */
  readonly testAccuracy: Finding;
  /** Mean number of straight segments tracing the boundary within the finest tolerance. */
  readonly segmentsFine: Finding;
  /** Mean ratio of the segments at the finest tolerance to those at the coarsest. */
  readonly growth: Finding;
  /** Each completed seed's growth, in row order. */
  readonly growths: readonly number[];
  /** Mean exact count of straight boundary pieces; `null` for tanh and sigmoid. */
  readonly boundaryPieces: Finding | null;
  /** Mean count of linear regions on the grid; `null` for tanh and sigmoid. */
  readonly regions: Finding | null;
  /** Fewest and most boundary pieces over the seeds; `null` for tanh and sigmoid. */
  readonly pieceRange: readonly [number, number] | null;
}

/** Chapter 2's findings from one profile of `boundary-shape`. */
export interface ShapeFindings {
  /** The profile. */
  readonly profile: FindingProfile;
  /** Seeds per activation. */
  readonly seeds: number;
  /** Runs in all. */
  readonly runs: number;
  /** Runs that did not complete (diverged or failed). */
  readonly incomplete: number;
  /** The tolerances the growth compares. */
  readonly tolerances: { readonly coarse: number; readonly fine: number };
  /** One entry per activation of {@linkcode BOUNDARY_ACTIVATIONS}, in that order. */
  readonly shapes: readonly ActivationShape[];
  /** Leaky ReLU (0.1) minus ReLU, paired by seed, per metric of {@linkcode PAIRED_METRICS}. */
  readonly leakyVsRelu: Readonly<Record<ShapeMetric, PairedFinding>>;
  /** The largest growth of any ReLU or Leaky ReLU seed. */
  readonly linearMaxGrowth: number;
  /** The smallest growth of any tanh or sigmoid seed. */
  readonly smoothMinGrowth: number;
}

/**
 * Computes chapter 2's findings from the rows of one profile.
 *
 * @param rows The rows of `boundary-shape` (every activation on the same seeds).
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { shapeFindings, shapeOf } from "./findings.ts";
 * import { boundaryShapeSweep } from "./boundary_shape.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = shapeFindings((await committedResults(boundaryShapeSweep)).rows, "full");
 * expect(shapeOf(findings, "tanh").growth.value).to.be.within(3, 3.4);
 * expect(shapeOf(findings, "tanh").boundaryPieces).to.equal(null);
 * ```
 */
export function shapeFindings(
  rows: readonly BoundaryRow[],
  profile: FindingProfile,
): ShapeFindings {
  const withGrowth = rows.map((r) => ({
    ...r,
    growth: r.segmentsFine === null ? null : r.segmentsFine / r.segmentsCoarse!,
  }));
  const summaries = Object.fromEntries(
    (Object.keys(_FORMAT) as ShapeMetric[]).map((metric) => [
      metric,
      summarize(withGrowth, { groupBy: ["activation"], metric, rng: new Rng(2) }),
    ]),
  ) as Record<ShapeMetric, ReturnType<typeof summarize>>;
  const finding = (metric: ShapeMetric, activation: string) => {
    const row = summaries[metric].find((s) => s.activation === activation);
    if (row === undefined || row.mean === null) return null;
    return Finding.of(row, { profile, ..._FORMAT[metric] });
  };
  const shapes = BOUNDARY_ACTIVATIONS.map((activation): ActivationShape => {
    const own = withGrowth.filter((r) => r.activation === activation);
    const pieces = own.flatMap((r) => (r.boundaryPieces === null ? [] : [r.boundaryPieces]));
    const required = (metric: ShapeMetric) => {
      const found = finding(metric, activation);
      if (found === null) {
        throw new RangeError(
          `Expected completed runs of ${activation} with ${metric}, received ${
            describe(own.length)
          } runs`,
        );
      }
      return found;
    };
    return {
      activation,
      runs: own.length,
      testAccuracy: required("testAccuracy"),
      segmentsFine: required("segmentsFine"),
      growth: required("growth"),
      growths: own.flatMap((r) => (r.growth === null ? [] : [r.growth])),
      boundaryPieces: finding("boundaryPieces", activation),
      regions: finding("regions", activation),
      pieceRange: pieces.length === 0 ? null : [Math.min(...pieces), Math.max(...pieces)],
    };
  });
  const leakyVsRelu = Object.fromEntries(PAIRED_METRICS.map((metric) => [
    metric,
    pairedFinding(withGrowth, {
      field: "activation",
      a: "leaky_relu(0.1)",
      b: "relu",
      metric,
      rng: new Rng(3),
      profile,
      // Two decimals for every difference, so the table's difference column keeps one format.
      unit: metric === "testAccuracy" ? "points" : _FORMAT[metric].unit,
      digits: 2,
    }),
  ])) as Record<ShapeMetric, PairedFinding>;
  const growthsOf = (names: readonly string[]) =>
    shapes.filter((s) => names.includes(s.activation)).flatMap((s) => s.growths);
  return {
    profile,
    seeds: shapes[0]!.growth.n,
    runs: rows.length,
    incomplete: rows.filter((r) => r.status !== "completed").length,
    tolerances: { coarse: BOUNDARY_TOLERANCES.coarse, fine: BOUNDARY_TOLERANCES.fine },
    shapes,
    leakyVsRelu,
    linearMaxGrowth: Math.max(...growthsOf(["relu", "leaky_relu(0.1)"])),
    smoothMinGrowth: Math.min(...growthsOf(["tanh", "sigmoid"])),
  };
}

/**
 * One activation's boundaries by name.
 *
 * @param findings Chapter 2's findings.
 * @param activation An activation of {@linkcode BOUNDARY_ACTIVATIONS}.
 * @returns Its shape findings.
 * @throws {RangeError} If the chapter did not measure that activation.
 *
 * @example
 * ```ts
 * import { shapeFindings, shapeOf } from "./findings.ts";
 * import { boundaryShapeSweep } from "./boundary_shape.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = shapeFindings((await committedResults(boundaryShapeSweep)).rows, "full");
 * expect(shapeOf(findings, "relu").pieceRange![0]).to.be.at.least(1);
 * ```
 */
export function shapeOf(findings: ShapeFindings, activation: string): ActivationShape {
  const found = findings.shapes.find((s) => s.activation === activation);
  if (found === undefined) {
    const names = findings.shapes.map((s) => `"${s.activation}"`).join(", ");
    throw new RangeError(`Expected an activation among ${names}, received ${describe(activation)}`);
  }
  return found;
}

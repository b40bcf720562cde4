/**
 * Chapter 2's sweep: how straight each activation's decision boundary is, over seeds.
 *
 * @module
 */

import { straightSegments } from "../../analysis/boundary_shape.ts";
import { decisionBoundary } from "../../analysis/contour.ts";
import { linearPieces } from "../../analysis/linear_pieces.ts";
import { trainingOutcome } from "../../lab/training_outcome.ts";
import { defineSweep } from "../../lab/define_sweep.ts";
import type { Sweep } from "../../lab/sweep.ts";
import { hiddenActivationLayer } from "../../core/model/mlp.ts";
import { Rng } from "../../core/random.ts";
import {
  BOUNDARY_ACTIVATIONS,
  BOUNDARY_TOLERANCES,
  boundaryGrid,
  trainBoundaryNet,
} from "./boundary_nets.ts";

/** Whether an activation spec is piecewise linear (its boundary is made of straight pieces). */
function _piecewiseLinear(activation: string): boolean {
  return /^(relu|leaky_relu|prelu|rrelu|identity)\b/.test(activation);
}

/** The grid of {@linkcode boundaryShapeSweep} (a type alias, so result rows are typed by field). */
export type BoundaryGrid = {
  readonly activation: readonly string[];
  readonly epochs: readonly number[];
};

/** The metrics of {@linkcode boundaryShapeSweep}. */
export type BoundaryMetric =
  | "testAccuracy"
  | "regions"
  | "boundaryPieces"
  | "segmentsCoarse"
  | "segmentsMedium"
  | "segmentsFine";

/**
 * How straight each activation's decision boundary is, over seeds: after training (as
 * {@linkcode trainBoundaryNet}), the straight segments that trace the boundary within
 * each of {@linkcode BOUNDARY_TOLERANCES} on {@linkcode boundaryGrid}, and, for piecewise-
 * linear activations, the exact count of linear regions and of straight boundary pieces
 * (`linearPieces`; `null` for tanh and sigmoid). Quick: 5 seeds; full: 30 seeds.
 *
 * @example Its grid
 * ```ts
 * import { boundaryShapeSweep } from "./boundary_shape.ts";
 * import { expect } from "chai";
 *
 * expect(boundaryShapeSweep.grid.activation).to.include("tanh");
 * expect(boundaryShapeSweep.profiles.full.seeds).to.equal(30);
 * ```
 */
export const boundaryShapeSweep: Sweep<BoundaryGrid, BoundaryMetric> = defineSweep({
  name: "boundary-shape",
  description: "Corners vs curves: straight segments tracing 2-8-8-1 boundaries on two circles",
  module: import.meta.url,
  grid: { activation: BOUNDARY_ACTIVATIONS, epochs: [100] },
  profiles: { quick: { seeds: 5 }, full: { seeds: 30 } },
  metrics: [
    "testAccuracy",
    "regions",
    "boundaryPieces",
    "segmentsCoarse",
    "segmentsMedium",
    "segmentsFine",
  ],
  check: { activation: (name) => hiddenActivationLayer(name, 1, new Rng(0)) },
  async run({ activation, epochs }, seed) {
    const { model, history } = await trainBoundaryNet({ activation, seed, epochs });
    // Final metrics only: the per-epoch curves are not needed and would bloat the CSV.
    const { metrics, status, divergedEpoch } = trainingOutcome(history, ["testAccuracy"]);
    if (status === "diverged") {
      const none = Object.fromEntries(boundaryShapeSweep.metrics.map((m) => [m, null]));
      return {
        status,
        divergedEpoch: divergedEpoch!,
        metrics: none as Record<BoundaryMetric, null>,
      };
    }
    const grid = boundaryGrid();
    const boundary = decisionBoundary(model, grid);
    const pieces = _piecewiseLinear(activation) ? linearPieces(model, grid) : undefined;
    return {
      status: "completed",
      metrics: {
        ...metrics,
        regions: pieces?.regions ?? null,
        boundaryPieces: pieces?.boundaryPieces ?? null,
        segmentsCoarse: straightSegments(boundary, BOUNDARY_TOLERANCES.coarse),
        segmentsMedium: straightSegments(boundary, BOUNDARY_TOLERANCES.medium),
        segmentsFine: straightSegments(boundary, BOUNDARY_TOLERANCES.fine),
      },
    };
  },
});

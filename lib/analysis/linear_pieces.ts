/**
 * Counting the linear pieces of a piecewise-linear network (ReLU, Leaky ReLU, PReLU):
 * the "corners" of its decision boundary.
 *
 * @module
 */

import { requireGrid } from "./_grid.ts";
import { preActivations } from "../core/diagnostics/pre_activations.ts";
import type { Sequential } from "../core/model/sequential.ts";
import type { PlaneGrid } from "./surface.ts";

/**
 * Linear pieces seen on a grid.
 *
 * @example
 * ```ts
 * import { mlpFromWeights } from "relu-lab";
 * import { grid2d, linearPieces } from "relu-lab/lab";
 * import type { LinearPieces } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * // One ReLU unit on x: two regions (x ≤ 0 and x > 0).
 * const model = mlpFromWeights({ weights: [[[1, 0]], [[1]]], biases: [[0], [-0.5]] });
 * const pieces: LinearPieces = linearPieces(model, grid2d({ resolution: 11 }));
 * expect(pieces.regions).to.equal(2);
 * ```
 */
export interface LinearPieces {
  /** Distinct activation patterns (linear regions of the network) among the grid points. */
  readonly regions: number;
  /** Distinct activation patterns on grid cells the decision boundary crosses: its straight pieces. */
  readonly boundaryPieces: number;
}

/**
 * Counts the linear regions a network cuts the grid into, and how many of them the
 * decision boundary (logit = 0) passes through. Inside one region a ReLU-family
 * network is affine, so its boundary there is a straight segment: `boundaryPieces`
 * is the number of straight pieces, a lower bound that grows with the grid's
 * resolution. Meaningful for piecewise-linear activations only (a tanh network's
 * boundary is curved everywhere).
 *
 * @param model A binary classifier (one logit) with 2 inputs.
 * @param grid From `grid2d`.
 * @returns The counts.
 *
 * @example A single ReLU unit bends the plane once
 * ```ts
 * import { mlpFromWeights } from "relu-lab";
 * import { grid2d, linearPieces } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1, 0]], [[1]]], biases: [[0], [-0.5]] });
 * expect(linearPieces(model, grid2d({ x: [-1, 1], resolution: 21 }))).to.deep.equal({
 *   regions: 2,
 *   boundaryPieces: 1,
 * });
 * ```
 */
export function linearPieces(model: Sequential, grid: PlaneGrid): LinearPieces {
  requireGrid("grid", grid);
  const layers = preActivations(model, grid.points);
  const n = grid.points.rows;
  // A point's activation pattern as a short key: one character per 16 units of a layer.
  const patterns = Array.from({ length: n }, (_, point) => {
    let key = "";
    for (const { z } of layers) {
      for (let start = 0; start < z.cols; start += 16) {
        let bits = 0;
        for (let u = start; u < Math.min(start + 16, z.cols); u++) {
          if (z.data[point * z.cols + u]! > 0) bits |= 1 << (u - start);
        }
        key += String.fromCharCode(bits);
      }
    }
    return key;
  });
  const logits = model.predict(grid.points).data;
  const width = grid.xs.length;
  const onBoundary = new Set<string>();
  for (let i = 0; i < grid.ys.length; i++) {
    for (let j = 0; j < width; j++) {
      const here = i * width + j;
      for (
        const next of [j + 1 < width ? here + 1 : -1, i + 1 < grid.ys.length ? here + width : -1]
      ) {
        if (next >= 0 && (logits[here]! > 0) !== (logits[next]! > 0)) {
          onBoundary.add(patterns[here]!);
          onBoundary.add(patterns[next]!);
        }
      }
    }
  }
  return { regions: new Set(patterns).size, boundaryPieces: onBoundary.size };
}

/**
 * Level lines of a function sampled on a grid (marching squares), and a classifier's
 * decision boundary as such lines: the curve a boundary plot draws, as numbers one can
 * measure.
 *
 * @module
 */

import { requireGrid } from "./_grid.ts";
import type { Sequential } from "../core/model/sequential.ts";
import { describe, requireAllFinite, requireFinite } from "../core/_validate.ts";
import type { PlaneGrid } from "./surface.ts";

/**
 * A point of the plane, `[x, y]`.
 *
 * @example
 * ```ts
 * import type { Point } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const corner: Point = [1.5, -1.5];
 * expect(corner).to.have.length(2);
 * ```
 */
export type Point = readonly [number, number];

/**
 * A connected piece of a level line.
 *
 * @example
 * ```ts
 * import { simplifyPolyline } from "relu-lab/lab";
 * import type { Polyline } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const line: Polyline = { points: [[0, 0], [0.5, 0.001], [1, 0]], closed: false };
 * expect(simplifyPolyline(line, 0.01).points).to.have.length(2);
 * ```
 */
export interface Polyline {
  /** Vertices in order; a closed line does not repeat its first vertex at the end. */
  readonly points: readonly Point[];
  /** Whether the line is a loop (it does not leave the grid). */
  readonly closed: boolean;
}

/** Where the line crosses each grid edge, keyed by the edge; the interpolated point. */
type _Crossings = Map<number, Point>;

/**
 * The lines where `values` equals `level`, by marching squares: in each grid cell, the
 * points where the level is crossed on the cell's edges (linear interpolation along the
 * edge) are joined. A cell crossed on all four edges (a saddle) is split by the value at
 * its centre. Where the function is affine on a cell, its level line there is exact.
 *
 * @param grid From `grid2d`.
 * @param values One value per grid point, in `grid.points` order.
 * @param level The level. @default 0
 * @returns The connected lines: open ones end on the grid's border.
 *
 * @example A circle of radius 1 is one closed line
 * ```ts
 * import { contourLines, grid2d } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const grid = grid2d({ x: [-2, 2], resolution: 41 });
 * const r2 = Array.from({ length: 41 * 41 }, (_, k) =>
 *   grid.points.data[2 * k]! ** 2 + grid.points.data[2 * k + 1]! ** 2);
 * const [circle, ...rest] = contourLines(grid, r2, 1);
 * expect(rest).to.have.length(0);
 * expect(circle!.closed).to.equal(true);
 * expect(Math.hypot(...circle!.points[0]!)).to.be.closeTo(1, 0.01);
 * ```
 */
export function contourLines(grid: PlaneGrid, values: ArrayLike<number>, level = 0): Polyline[] {
  requireGrid("grid", grid);
  const nx = grid.xs.length, ny = grid.ys.length;
  if (values?.length !== nx * ny) {
    throw new RangeError(
      `Expected values to have one value per grid point (${nx * ny}), received ${describe(values)}`,
    );
  }
  requireAllFinite("values", values);
  requireFinite("level", level);
  const above = (i: number, j: number) => values[i * nx + j]! > level;
  const crossings: _Crossings = new Map();
  // Edge ids: horizontal edge (i, j)-(i, j+1) is 2·(i·nx + j), vertical (i, j)-(i+1, j) is that + 1.
  const edge = (i: number, j: number, vertical: boolean): number | undefined => {
    const [i2, j2] = vertical ? [i + 1, j] : [i, j + 1];
    if (above(i, j) === above(i2, j2)) return undefined;
    const id = 2 * (i * nx + j) + (vertical ? 1 : 0);
    if (!crossings.has(id)) {
      const a = values[i * nx + j]!, b = values[i2 * nx + j2]!;
      const t = (level - a) / (b - a);
      crossings.set(id, [
        grid.xs[j]! + t * (grid.xs[j2]! - grid.xs[j]!),
        grid.ys[i]! + t * (grid.ys[i2]! - grid.ys[i]!),
      ]);
    }
    return id;
  };
  const links = new Map<number, number[]>();
  const link = (a: number, b: number) => {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      links.set(from, [...(links.get(from) ?? []), to]);
    }
  };
  for (let i = 0; i + 1 < ny; i++) {
    for (let j = 0; j + 1 < nx; j++) {
      // Counter-clockwise from the bottom edge: bottom, right, top, left.
      const sides = [
        edge(i, j, false),
        edge(i, j + 1, true),
        edge(i + 1, j, false),
        edge(i, j, true),
      ];
      const hit = sides.filter((s): s is number => s !== undefined);
      if (hit.length === 2) link(hit[0]!, hit[1]!);
      if (hit.length === 4) {
        const centre = (values[i * nx + j]! + values[i * nx + j + 1]! + values[(i + 1) * nx + j]! +
          values[(i + 1) * nx + j + 1]!) / 4;
        // Join the crossings around the corners on the other side of the level from the centre.
        const pairBottomLeft = (centre > level) !== above(i, j);
        if (pairBottomLeft) {
          link(hit[0]!, hit[3]!);
          link(hit[1]!, hit[2]!);
        } else {
          link(hit[0]!, hit[1]!);
          link(hit[2]!, hit[3]!);
        }
      }
    }
  }
  return _chain(crossings, links);
}

/** Walks the crossing graph (every node has 1 or 2 links) into lines: open ones first. */
function _chain(crossings: _Crossings, links: Map<number, number[]>): Polyline[] {
  const visited = new Set<number>();
  const walk = (start: number): Point[] => {
    const path: Point[] = [];
    let previous = -1, current: number | undefined = start;
    while (current !== undefined && !visited.has(current)) {
      visited.add(current);
      path.push(crossings.get(current)!);
      const next: number | undefined = links.get(current)!.find((n) =>
        n !== previous && !visited.has(n)
      );
      previous = current;
      current = next;
    }
    return path;
  };
  const lines: Polyline[] = [];
  for (const [id, next] of links) {
    if (next.length === 1 && !visited.has(id)) lines.push({ points: walk(id), closed: false });
  }
  for (const id of links.keys()) {
    if (!visited.has(id)) lines.push({ points: walk(id), closed: true });
  }
  return lines;
}

/**
 * A binary classifier's decision boundary (logit = 0, i.e. P(class 1) = 0.5) over a grid.
 *
 * @param model A model with 2 inputs and 1 output (a logit).
 * @param grid From `grid2d`.
 * @returns The boundary's connected lines.
 *
 * @example One ReLU unit: the boundary is the line x = 0.5
 * ```ts
 * import { mlpFromWeights } from "relu-lab";
 * import { decisionBoundary, grid2d } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1, 0]], [[1]]], biases: [[0], [-0.5]] });
 * const [line] = decisionBoundary(model, grid2d({ x: [-1, 1], resolution: 21 }));
 * expect(line!.points.every(([x]) => Math.abs(x - 0.5) < 1e-12)).to.equal(true);
 * ```
 */
export function decisionBoundary(model: Sequential, grid: PlaneGrid): Polyline[] {
  requireGrid("grid", grid);
  if (model.outputSize !== 1) {
    throw new RangeError(
      `Expected model to have 1 output (a logit), received ${model.outputSize} outputs`,
    );
  }
  return contourLines(grid, model.predict(grid.points).data, 0);
}

// The check of a PlaneGrid argument (a hand-built one may not hold one point per (x, y)
// pair), shared by the analyses that take one. Private to lib/analysis.

import { type Matrix, requireShape } from "../core/matrix.ts";
import { describe, requireAllFinite } from "../core/_validate.ts";

/**
 * A PlaneGrid (its type lives in surface.ts, which imports this file: written out here).
 * Throws unless `grid` has finite `xs` and `ys` and `points` of xs.length × ys.length rows (x, y).
 */
export function requireGrid(
  name: string,
  grid: { readonly xs: readonly number[]; readonly ys: readonly number[]; readonly points: Matrix },
): void {
  if (
    grid === null || typeof grid !== "object" || !Array.isArray(grid.xs) || !Array.isArray(grid.ys)
  ) {
    throw new TypeError(
      `Expected ${name} to be a PlaneGrid from grid2d, received ${describe(grid)}`,
    );
  }
  requireAllFinite(`${name}.xs`, grid.xs);
  requireAllFinite(`${name}.ys`, grid.ys);
  requireShape(`${name}.points`, grid.points, 2, grid.xs.length * grid.ys.length);
}

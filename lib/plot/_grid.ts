// The check of a plane grid handed to a builder (decision boundaries, feature maps).
// Private to the library.

import { describe } from "../core/_validate.ts";
import type { PlaneGrid } from "../analysis/surface.ts";

/** Checks that `grid` is a `grid2d` result: increasing finite `xs` and `ys`, two or more each. */
export function requireGrid(name: string, grid: unknown): asserts grid is PlaneGrid {
  const g = grid as Partial<PlaneGrid> | null;
  const axisOk = (v: unknown) =>
    Array.isArray(v) && v.length >= 2 &&
    v.every((x, i) => Number.isFinite(x) && (i === 0 || x > v[i - 1]));
  if (g === null || typeof g !== "object" || !axisOk(g.xs) || !axisOk(g.ys)) {
    throw new TypeError(
      `Expected ${name} to be a plane grid from grid2d ({ xs, ys, points } with increasing ` +
        `coordinates), received ${describe(grid)}`,
    );
  }
}

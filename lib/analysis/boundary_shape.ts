/**
 * How straight a curve is: how many straight segments it takes to trace it within a
 * tolerance. A polygon needs as many as it has sides, whatever the
 * tolerance; a smooth curve needs more and more as the tolerance shrinks (about
 * 1/√tolerance). This measures "corners versus curves" for any activation.
 *
 * @module
 */

import { describe, requirePositive } from "../core/_validate.ts";
import type { Point, Polyline } from "./contour.ts";

/** Distance from `p` to the segment `a`–`b`. */
function _distance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0
    ? 0
    : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Whether every point strictly between `from` and `to` (cyclic indices) is within tolerance. */
function _spanFits(points: readonly Point[], from: number, to: number, tolerance: number): boolean {
  const n = points.length;
  for (let k = (from + 1) % n; k !== to; k = (k + 1) % n) {
    if (_distance(points[k]!, points[from]!, points[to]!) > tolerance) return false;
  }
  return true;
}

/**
 * Simplifies a line greedily: from each kept vertex, the next kept vertex is the farthest
 * one along the line such that every vertex in between lies within `tolerance` of the
 * segment joining them. For a closed line the walk starts and ends at the first vertex,
 * which is dropped if its two neighbours' segment fits.
 *
 * @param line From `contourLines` or `decisionBoundary`.
 * @param tolerance Largest allowed distance, > 0, in the units of the points.
 * @returns The simplified line (same `closed`).
 *
 * @example A dense square traced by its 4 corners
 * ```ts
 * import { simplifyPolyline } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const side = (t: number): [number, number][] => [[t, 0], [1, t], [1 - t, 1], [0, 1 - t]];
 * const ts = Array.from({ length: 10 }, (_, k) => k / 10);
 * const points = [0, 1, 2, 3].flatMap((s) => ts.map((t) => side(t)[s]!));
 * expect(simplifyPolyline({ points, closed: true }, 0.01).points).to.have.length(4);
 * ```
 */
export function simplifyPolyline(line: Polyline, tolerance: number): Polyline {
  requirePositive("tolerance", tolerance);
  if (!Array.isArray(line?.points)) {
    throw new TypeError(`Expected line to be { points, closed }, received ${describe(line)}`);
  }
  const { points, closed } = line;
  const n = points.length;
  if (n < 3) return { points: [...points], closed };
  const last = closed ? n : n - 1;
  const at = (k: number) => k % n;
  let kept = [0];
  for (let from = 0; from < last;) {
    let to = from + 1;
    while (to < last && _spanFits(points, at(from), at(to + 1), tolerance)) to++;
    kept.push(to);
    from = to;
  }
  if (closed) {
    kept.pop();
    if (kept.length > 3 && _spanFits(points, kept.at(-1)!, kept[1]!, tolerance)) {
      kept = kept.slice(1);
    }
  }
  return { points: kept.map((k) => points[k]!), closed };
}

/**
 * The number of straight segments that trace `lines` within `tolerance` (after
 * {@linkcode simplifyPolyline}): n − 1 for an open line of n kept vertices, n for a closed one.
 *
 * @param lines The curve's pieces, e.g. a decision boundary.
 * @param tolerance Largest allowed distance, > 0.
 * @returns Total segments over all lines.
 *
 * @example A circle needs more segments as the tolerance shrinks; a square does not
 * ```ts
 * import { straightSegments } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const circle = {
 *   closed: true,
 *   points: Array.from({ length: 2000 }, (_, k): [number, number] =>
 *     [Math.cos(k * Math.PI / 1000), Math.sin(k * Math.PI / 1000)]),
 * };
 * const loose = straightSegments([circle], 0.01), tight = straightSegments([circle], 0.0001);
 * expect(tight / loose).to.be.closeTo(10, 2); // ~ √(0.01 / 0.0001)
 * ```
 */
export function straightSegments(lines: readonly Polyline[], tolerance: number): number {
  if (!Array.isArray(lines)) {
    throw new TypeError(`Expected lines to be an array of polylines, received ${describe(lines)}`);
  }
  return lines.reduce((sum, line) => {
    const kept = simplifyPolyline(line, tolerance).points.length;
    return sum + (line.closed ? kept : Math.max(0, kept - 1));
  }, 0);
}

import { expect } from "chai";
import fc from "fast-check";
import { mlpFromWeights } from "relu-lab";
import {
  decisionBoundary,
  grid2d,
  type Point,
  type Polyline,
  simplifyPolyline,
  straightSegments,
} from "relu-lab/lab";

function _dense(corners: Point[], perSide: number, closed: boolean): Polyline {
  const sides = closed ? corners.length : corners.length - 1;
  const points: Point[] = [];
  for (let s = 0; s < sides; s++) {
    const [a, b] = [corners[s]!, corners[(s + 1) % corners.length]!];
    for (let t = 0; t < perSide; t++) {
      points.push([a[0] + (b[0] - a[0]) * t / perSide, a[1] + (b[1] - a[1]) * t / perSide]);
    }
  }
  if (!closed) points.push(corners.at(-1)!);
  return { points, closed };
}

function _distanceToLine(p: Point, line: Polyline): number {
  const pts = line.points;
  const segments = line.closed ? pts.length : pts.length - 1;
  let best = Math.hypot(p[0] - pts[0]![0], p[1] - pts[0]![1]);
  for (let s = 0; s < segments; s++) {
    const a = pts[s]!, b = pts[(s + 1) % pts.length]!;
    const dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy;
    const t = l2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

Deno.test("simplifyPolyline() keeps exactly the corners of an open zigzag", () => {
  const corners: Point[] = [[0, 0], [1, 1], [2, 0], [3, 1]];
  const simplified = simplifyPolyline(_dense(corners, 25, false), 0.01);
  expect(simplified.points).to.deep.equal(corners);
  expect(simplified.closed).to.equal(false);
});

Deno.test("straightSegments() counts a polygon's sides whatever the tolerance", () => {
  const hexagon = Array.from({ length: 6 }, (_, k): Point => [Math.cos(k), Math.sin(k * 1.1)]);
  for (const tolerance of [0.05, 0.01, 0.001, 1e-6]) {
    expect(straightSegments([_dense(hexagon, 40, true)], tolerance)).to.equal(6);
  }
});

Deno.test("straightSegments() of a circle grows like 1/√tolerance, as chords of sagitta ε predict", () => {
  const circle: Polyline = {
    closed: true,
    points: Array.from({ length: 20000 }, (_, k): Point => {
      const angle = (2 * Math.PI * k) / 20000;
      return [Math.cos(angle), Math.sin(angle)];
    }),
  };
  for (const tolerance of [0.01, 0.001, 0.0001]) {
    const chords = (2 * Math.PI) / (2 * Math.acos(1 - tolerance));
    expect(straightSegments([circle], tolerance)).to.be.within(chords, 1.1 * chords + 1);
  }
});

Deno.test("simplifyPolyline() keeps every original point within the tolerance (property)", () => {
  const point = fc.tuple(
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
  );
  fc.assert(
    fc.property(
      fc.array(point, { minLength: 1, maxLength: 60 }),
      fc.boolean(),
      fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
      (points, closed, tolerance) => {
        const line = { points, closed };
        const simplified = simplifyPolyline(line, tolerance);
        for (const p of points) {
          expect(_distanceToLine(p, simplified)).to.be.at.most(tolerance + 1e-12);
        }
      },
    ),
  );
});

Deno.test("straightSegments() of a ReLU net's boundary equals its number of linear pieces", () => {
  // relu(x) + relu(y) = 0.5: three straight pieces meeting at (0.5, 0) and (0, 0.5).
  const model = mlpFromWeights({ weights: [[[1, 0], [0, 1]], [[1, 1]]], biases: [[0, 0], [-0.5]] });
  const boundary = decisionBoundary(
    model,
    grid2d({ x: [-1, 1], resolution: 41, dtype: "float64" }),
  );
  expect(straightSegments(boundary, 0.001)).to.equal(3);
});

Deno.test("simplifyPolyline() and straightSegments() reject bad arguments, naming them", () => {
  const line = _dense([[0, 0], [1, 1]], 3, false);
  expect(() => simplifyPolyline(line, 0)).to.throw(RangeError, /tolerance/);
  expect(() => simplifyPolyline({} as Polyline, 0.1)).to.throw(TypeError, /line/);
  expect(() => straightSegments(line as unknown as Polyline[], 0.1)).to.throw(TypeError, /lines/);
});

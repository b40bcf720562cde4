import { expect } from "chai";
import { mlp, mlpFromWeights } from "relu-lab";
import { contourLines, decisionBoundary, grid2d, type PlaneGrid } from "relu-lab/lab";

function _sample(grid: PlaneGrid, f: (x: number, y: number) => number): number[] {
  return Array.from(
    { length: grid.points.rows },
    (_, k) => f(grid.points.data[2 * k]!, grid.points.data[2 * k + 1]!),
  );
}

Deno.test("contourLines() traces a circle as one closed line whose points lie on it", () => {
  const grid = grid2d({ x: [-1, 1], resolution: 81, dtype: "float64" });
  const lines = contourLines(grid, _sample(grid, (x, y) => x * x + y * y), 0.5);
  expect(lines).to.have.length(1);
  expect(lines[0]!.closed).to.equal(true);
  const radii = lines[0]!.points.map(([x, y]) => Math.hypot(x, y));
  // Linear interpolation of x² + y² along an edge of length h errs by at most h²/4 in r².
  for (const r of radii) expect(r).to.be.closeTo(Math.SQRT1_2, 0.001);
  expect(radii.length).to.be.above(100);
});

Deno.test("contourLines() returns an open line ending on the border, exact for an affine function", () => {
  const grid = grid2d({ x: [-1, 1], resolution: 30, dtype: "float64" });
  const [line, ...rest] = contourLines(grid, _sample(grid, (x, y) => 2 * x - y - 0.3));
  expect(rest).to.have.length(0);
  expect(line!.closed).to.equal(false);
  for (const [x, y] of line!.points) expect(2 * x - y - 0.3).to.be.closeTo(0, 1e-12);
  const ends = [line!.points[0]!, line!.points.at(-1)!];
  expect(ends.map(([, y]) => Math.abs(y))).to.deep.equal([1, 1]);
});

Deno.test("contourLines() splits a saddle cell by the value at its centre", () => {
  // xy = ∓0.001: the level line is a pair of hyperbolas in quadrants II and IV (or I and III).
  const grid = grid2d({ x: [-1, 1], resolution: 20, dtype: "float64" });
  for (const c of [0.001, -0.001]) {
    const lines = contourLines(grid, _sample(grid, (x, y) => x * y + c));
    expect(lines).to.have.length(2);
    for (const line of lines) {
      const signs = new Set(line.points.map(([x, y]) => Math.sign(x * y)));
      expect([...signs]).to.deep.equal([-Math.sign(c)]);
    }
  }
});

Deno.test("contourLines() finds nothing when the level is never crossed", () => {
  const grid = grid2d({ x: [-1, 1], resolution: 5 });
  expect(contourLines(grid, _sample(grid, () => 1))).to.deep.equal([]);
});

Deno.test("contourLines() rejects values that do not match the grid, naming the parameter", () => {
  const grid = grid2d({ x: [-1, 1], resolution: 5 });
  expect(() => contourLines(grid, [1, 2, 3])).to.throw(RangeError, /values.*25/);
  expect(() => contourLines(grid, new Array(25).fill(NaN))).to.throw(RangeError, /values/);
  expect(() => contourLines(grid, new Array(25).fill(0), Infinity)).to.throw(TypeError, /level/);
});

Deno.test("decisionBoundary() of a ReLU net follows its bent line exactly", () => {
  // relu(x) + relu(y) = 0.5: x = 0.5 where y < 0, y = 0.5 where x < 0, x + y = 0.5 between.
  const model = mlpFromWeights({ weights: [[[1, 0], [0, 1]], [[1, 1]]], biases: [[0, 0], [-0.5]] });
  const lines = decisionBoundary(model, grid2d({ x: [-1, 1], resolution: 41, dtype: "float64" }));
  expect(lines).to.have.length(1);
  for (const [x, y] of lines[0]!.points) {
    expect(Math.max(x, 0) + Math.max(y, 0)).to.be.closeTo(0.5, 1e-12);
  }
});

Deno.test("decisionBoundary() rejects a model with more than one output", () => {
  const model = mlp({ sizes: [2, 3, 2] });
  expect(() => decisionBoundary(model, grid2d({ resolution: 5 }))).to.throw(RangeError, /1 output/);
});

import { expect } from "chai";
import { mlp, relu } from "relu-lab";
import { decisionSurface, grid2d, unitSurfaces } from "relu-lab/lab";

Deno.test("grid2d() lays points row by row over ys then xs, and validates its ranges", () => {
  const grid = grid2d({ x: [0, 2], y: [-1, 1], resolution: 3 });
  expect(grid.ys).to.deep.equal([-1, 0, 1]);
  expect(Array.from(grid.points.data.subarray(0, 6))).to.deep.equal([0, -1, 1, -1, 2, -1]);
  expect(() => grid2d({ resolution: 1 })).to.throw(
    RangeError,
    /resolution to be an integer >= 2, received 1/,
  );
  expect(() => grid2d({ x: [1, 0] })).to.throw(
    RangeError,
    /x to be \[low, high\] with low < high, received \[1, 0\]/,
  );
});

Deno.test("decisionSurface() and unitSurfaces() agree with the model at every grid point", () => {
  const model = mlp({ sizes: [2, 3, 1], seed: 4, dtype: "float64" });
  const grid = grid2d({ resolution: 5, dtype: "float64" });
  const z = decisionSurface(model, grid);
  const maps = unitSurfaces(model, grid);
  expect(maps).to.have.length(1);
  expect(maps[0]).to.have.length(3);
  const first = model.layers[0]!.forward(grid.points, "eval");
  grid.ys.forEach((_, i) =>
    grid.xs.forEach((_, j) => {
      const point = i * 5 + j;
      expect(maps[0]![1]![i]![j]).to.equal(relu.f(first.data[point * 3 + 1]!));
    })
  );
  const logits = model.predict(grid.points).data;
  expect(z[2]![3]).to.be.closeTo(1 / (1 + Math.exp(-logits[13]!)), 1e-15);
});

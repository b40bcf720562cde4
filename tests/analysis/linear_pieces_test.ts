import { expect } from "chai";
import { mlpFromWeights } from "relu-lab";
import { grid2d, linearPieces } from "relu-lab/lab";

Deno.test("linearPieces() counts the regions two ReLU units cut the plane into, and the boundary's pieces", () => {
  // Units fire for x > 0 and y > 0: four quadrants. The logit h1 + h2 − 0.5 is 0 on a
  // boundary made of pieces in three of them (x only, y only, both).
  const model = mlpFromWeights({ weights: [[[1, 0], [0, 1]], [[1, 1]]], biases: [[0, 0], [-0.5]] });
  const pieces = linearPieces(model, grid2d({ x: [-1, 1], resolution: 41 }));
  expect(pieces).to.deep.equal({ regions: 4, boundaryPieces: 3 });
});

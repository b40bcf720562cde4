import { expect } from "chai";
import {
  bce,
  fromRows,
  type Loss,
  lossByName,
  mse,
  Rng,
  softmaxCrossEntropy,
  zeros,
} from "relu-lab";
import { numericGradient, randomMatrix, relativeError } from "./_gradcheck.ts";

function gradientError(loss: Loss, logitsCols: number, targets: number[][]): number {
  const logits = randomMatrix(targets.length, logitsCols, new Rng(4));
  const y = fromRows(targets, "float64");
  const grad = zeros(logits.rows, logits.cols, "float64");
  loss.evaluate(logits, y, grad);
  return relativeError(grad.data, numericGradient(logits.data, () => loss.evaluate(logits, y)));
}

Deno.test("bce, softmaxCrossEntropy and mse gradients match finite differences", () => {
  expect(gradientError(bce, 1, [[0], [1], [0.3], [1]])).to.be.at.most(1e-6);
  expect(gradientError(softmaxCrossEntropy, 3, [[0], [2], [1], [2]])).to.be.at.most(1e-6);
  expect(gradientError(mse, 2, [[0, 1], [2, -1], [0.5, 0.5]])).to.be.at.most(1e-6);
});

Deno.test("bce and softmaxCrossEntropy stay finite and exact at |logit| = 1000", () => {
  const logits = fromRows([[1000], [-1000]], "float64");
  const grad = zeros(2, 1, "float64");
  expect(bce.evaluate(logits, fromRows([[0], [0]], "float64"), grad)).to.equal(500);
  expect(Array.from(grad.data)).to.deep.equal([0.5, 0]);
  const multi = fromRows([[1000, -1000, 0]], "float64");
  expect(softmaxCrossEntropy.evaluate(multi, fromRows([[1]], "float64"))).to.equal(2000);
  expect(softmaxCrossEntropy.evaluate(multi, fromRows([[0]], "float64"))).to.equal(0);
});

Deno.test("losses reject targets outside the expected set, naming the row", () => {
  expect(() => bce.evaluate(fromRows([[0]]), fromRows([[2]]))).to.throw(
    RangeError,
    /probabilities in \[0, 1\], received 2 at row 0/,
  );
  expect(() => softmaxCrossEntropy.evaluate(fromRows([[0, 1]]), fromRows([[2]]))).to.throw(
    RangeError,
    /class indices in 0..1, received 2/,
  );
  expect(() => softmaxCrossEntropy.evaluate(fromRows([[0, 1]]), fromRows([[0.5]]))).to.throw(
    RangeError,
    /received 0.5/,
  );
  expect(() => mse.evaluate(fromRows([[0, 1]]), fromRows([[0]]))).to.throw(
    RangeError,
    /targets to be 1 × 2, received 1 × 1/,
  );
  expect(() => lossByName("hinge")).to.throw(RangeError, /received "hinge"/);
});

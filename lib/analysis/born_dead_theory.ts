/**
 * Theory to set beside the born-dead Monte Carlo of {@linkcode bornDeadRate}: the exact
 * probability that a deep, narrow ReLU network has a fully inactive hidden layer at one
 * input, which bounds from above the probability that it is born dead on any set of
 * inputs containing that point.
 *
 * Lu, Shin, Su & Karniadakis (2020, "Dying ReLU and Initialization") prove that this
 * probability tends to 1 as the depth grows at fixed width. Their finite-depth bounds
 * could not be retrieved with this project's tools; the formula here is derived below and
 * checked by Monte Carlo in the tests, not transcribed from the paper.
 *
 * Derivation. Fix an input x₀ ≠ 0. Let the weights be independent, symmetric about 0 and
 * continuous (no atom at 0, as He and Xavier draws are), and the biases zero or symmetric
 * and independent. Given the previous layer's output h ≥ 0, h ≠ 0, each unit's
 * pre-activation w·h + b is symmetric and continuous, and the units of a layer are
 * independent: each is inactive with probability 1/2, so the whole layer with
 * probability 2^−width, whatever happened before. If no layer was fully inactive so far,
 * h ≠ 0; hence P(no fully inactive layer among `depth`) = (1 − 2^−width)^depth. A layer
 * inactive on a whole input set is inactive at x₀, so born-dead on that set is at most
 * this likely.
 *
 * @module
 */

import { requireFinite, requireInteger } from "../core/_validate.ts";

/**
 * The probability that a ReLU network with `depth` hidden layers of `width` units has
 * some hidden layer with every unit inactive at one fixed input: 1 − (1 − 2^−width)^depth
 * (see the module documentation for the assumptions). It is an upper bound on the
 * probability of being born dead on a set of inputs, exact for a single input.
 *
 * @param depth Hidden layers, an integer >= 1.
 * @param width Units per hidden layer, an integer >= 1.
 * @returns The probability, in [0, 1].
 *
 * @example Width 2: depth 1 dies a quarter of the time, depth 10 about 94%
 * ```ts
 * import { bornDeadAtPoint } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(bornDeadAtPoint(1, 2)).to.be.closeTo(0.25, 1e-15);
 * expect(bornDeadAtPoint(10, 2)).to.be.closeTo(1 - 0.75 ** 10, 1e-15);
 * ```
 */
export function bornDeadAtPoint(depth: number, width: number): number {
  requireInteger("depth", depth, 1);
  requireInteger("width", width, 1);
  // −expm1(depth · log1p(−2^−width)) keeps precision when 2^−width is tiny.
  return -Math.expm1(depth * Math.log1p(-(2 ** -width)));
}

/**
 * The smallest width at which {@linkcode bornDeadAtPoint} is at most `delta` for a given
 * depth: about log₂(depth / delta), so the safe width grows only logarithmically with depth.
 *
 * @param depth Hidden layers, an integer >= 1.
 * @param delta Tolerated probability, in (0, 1).
 * @returns The width, an integer >= 1.
 *
 * @example Depth 10 at 1% needs width 10
 * ```ts
 * import { bornDeadAtPoint, widthForBornDead } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const width = widthForBornDead(10, 0.01);
 * expect(width).to.equal(10);
 * expect(bornDeadAtPoint(10, width)).to.be.at.most(0.01);
 * expect(bornDeadAtPoint(10, width - 1)).to.be.above(0.01);
 * ```
 */
export function widthForBornDead(depth: number, delta: number): number {
  requireInteger("depth", depth, 1);
  requireFinite("delta", delta);
  if (delta <= 0 || delta >= 1) {
    throw new RangeError(`Expected delta to be in (0, 1), received ${delta}`);
  }
  let width = 1;
  while (bornDeadAtPoint(depth, width) > delta) width++;
  return width;
}

/**
 * The rectifiers: ReLU, max(0, x), and Leaky ReLU, max(ax, x). Their vectorised forms run
 * the WebAssembly rectifier kernels in float32. Derivatives at the kink follow PyTorch:
 * ReLU'(0) = 0, LeakyReLU'(0) = a. A NaN input gives NaN, forward and backward (as in
 * PyTorch's forward): a network fed a NaN never answers with a finite number.
 *
 * @module
 */

import type { Activation } from "./activation.ts";
import { rectifyBackward, rectifyForward } from "../kernels/rectifier.ts";
import { requireInRange } from "../_validate.ts";

/**
 * ReLU: max(0, x). Derivative 1 for x > 0 and 0 for x ≤ 0 (ReLU'(0) = 0, as PyTorch);
 * f(NaN) and f′(NaN) are NaN.
 *
 * @example A line bent at the origin
 * ```ts
 * import { relu } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect([relu.f(-3), relu.f(0), relu.f(2)]).to.deep.equal([0, 0, 2]);
 * expect([relu.df(-1), relu.df(0), relu.df(1)]).to.deep.equal([0, 0, 1]);
 * ```
 */
export const relu: Activation = {
  name: "relu",
  f: (x) => (x <= 0 ? 0 : x),
  df: (x) => (x > 0 ? 1 : x <= 0 ? 0 : Number.NaN),
  forward: (x, out) => rectifyForward(x, out, 0),
  backward: (x, gradOut, gradIn) => rectifyBackward(x, gradOut, gradIn, 0),
};

/**
 * Leaky ReLU: max(a·x, x) for 0 ≤ a ≤ 1; derivative 1 for x > 0, a for x ≤ 0, NaN at NaN.
 *
 * @param a Slope for negative inputs, in [0, 1]. a = 0 is ReLU, a = 1 the identity.
 * @returns The activation.
 *
 * @example The article's a = 0.1
 * ```ts
 * import { leakyRelu } from "relu-lab";
 * import { expect } from "chai";
 *
 * const act = leakyRelu(0.1);
 * expect(act.f(-2)).to.be.closeTo(-0.2, 1e-15);
 * expect(act.df(-2)).to.equal(0.1);
 * expect(act.df(0)).to.equal(0.1);
 * ```
 */
export function leakyRelu(a = 0.01): Activation {
  requireInRange("a", a, 0, 1);
  if (a === 0) return relu;
  return {
    name: `leaky_relu(${a})`,
    f: (x) => (x > 0 ? x : a * x),
    df: (x) => (x > 0 ? 1 : x <= 0 ? a : Number.NaN),
    forward: (x, out) => rectifyForward(x, out, a),
    backward: (x, gradOut, gradIn) => rectifyBackward(x, gradOut, gradIn, a),
  };
}

/**
 * Sigmoid networks deep enough to run out of exponent: in float32 the gradient that
 * reaches the first layer underflows to exactly 0 ({@linkcode sigmoidUnderflow}).
 *
 * @module
 */

import { gradientFlow } from "../../core/diagnostics/gradient_flow.ts";
import { bce } from "../../core/losses.ts";
import { requireInteger } from "../../core/_validate.ts";
import { deepCircles, deepNet } from "./deep_nets.ts";

/** One sigmoid network's gradient at its first hidden layer. */
export interface UnderflowRow {
  /** Hidden layers. */
  readonly depth: number;
  /** `"he"` or `"xavier"`. */
  readonly init: string;
  /** RMS of ∂loss/∂z at the first hidden layer. */
  readonly rmsFirst: number;
  /** Share of the first hidden layer's ∂loss/∂z entries that are exactly 0. */
  readonly zeroShareFirst: number;
  /** Hidden layers in which every entry of ∂loss/∂z is exactly 0. */
  readonly zeroLayers: number;
}

/**
 * One backward pass of fresh float32 sigmoid networks (32 units per hidden layer, 256
 * circle points of one seed) at each depth, with Xavier and with He initialisation: where
 * the vanishing gradient stops being tiny and becomes exactly 0.
 *
 * @param depths Hidden layers, integers ≥ 2.
 * @param seed The seed of the data and the weights.
 * @returns One row per depth and initialisation, Xavier first.
 *
 * @example At depth 10 nothing underflows yet
 * ```ts
 * import { sigmoidUnderflow } from "./underflow.ts";
 * import { expect } from "chai";
 *
 * const [xavier] = sigmoidUnderflow([10]);
 * expect(xavier!.zeroShareFirst).to.equal(0);
 * expect(xavier!.rmsFirst).to.be.above(0);
 * ```
 */
export function sigmoidUnderflow(
  depths: readonly number[] = [20, 40, 60, 80, 100],
  seed = 1,
): UnderflowRow[] {
  requireInteger("seed", seed, 0);
  const data = deepCircles(seed, "train");
  return depths.flatMap((depth) =>
    ["xavier", "he"].map((init) => {
      const flow = gradientFlow(
        deepNet({ activation: "sigmoid", init, depth, seed }),
        data.x,
        data.y,
        bce,
      );
      return {
        depth,
        init,
        rmsFirst: flow[0]!.outputGradRms,
        zeroShareFirst: flow[0]!.exactZeros,
        zeroLayers: flow.slice(0, -1).filter((l) => l.exactZeros === 1).length,
      };
    })
  );
}

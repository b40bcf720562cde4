/**
 * Chapter 3's setup: deep, equally wide MLPs on two circles, built with a named
 * initialisation, and a summary of how much gradient reaches the first hidden layer.
 *
 * @module
 */

import { circles } from "../../data/circles.ts";
import type { Dataset } from "../../data/dataset.ts";
import type { LayerGradientFlow } from "../../core/diagnostics/gradient_flow.ts";
import { heNormal, type Initializer, xavierNormal } from "../../core/init.ts";
import { mlp } from "../../core/model/mlp.ts";
import type { Sequential } from "../../core/model/sequential.ts";
import { deriveSeed } from "../../core/random.ts";
import { requireInteger, requireOneOf } from "../../core/_validate.ts";

/** The activations chapter 3 compares. */
export const DEPTH_ACTIVATIONS: readonly string[] = ["sigmoid", "tanh", "relu", "leaky_relu(0.1)"];

/** The initialisations by name: He (Kaiming) normal, gain √2, and Xavier (Glorot) normal, gain 1. */
export const DEPTH_INITS: Readonly<Record<"he" | "xavier", Initializer>> = {
  he: heNormal(),
  xavier: xavierNormal(),
};

/** Options of {@linkcode deepNet}. */
export interface DeepNetOptions {
  /** Hidden activation spec. */
  activation: string;
  /** `"he"` or `"xavier"` (see {@linkcode DEPTH_INITS}), for every dense layer; biases 0. */
  init: string;
  /** Hidden layers, an integer >= 2. */
  depth: number;
  /** Seed of the initial weights. */
  seed: number;
  /** Units per hidden layer. @default 32 */
  width?: number;
}

/**
 * A 2-input, 1-logit MLP with `depth` hidden layers of `width` units (float32).
 *
 * @param options Activation, init, depth, seed, width.
 * @returns The model.
 *
 * @example Twenty hidden layers: 21 dense layers
 * ```ts
 * import { Dense } from "relu-lab";
 * import { deepNet } from "./deep_nets.ts";
 * import { expect } from "chai";
 *
 * const net = deepNet({ activation: "tanh", init: "xavier", depth: 20, seed: 1 });
 * expect(net.layers.filter((l) => l instanceof Dense)).to.have.length(21);
 * ```
 */
export function deepNet(options: DeepNetOptions): Sequential {
  const { activation, init, depth, seed, width = 32 } = options;
  requireOneOf("init", init, Object.keys(DEPTH_INITS));
  requireInteger("depth", depth, 2);
  requireInteger("width", width, 1);
  return mlp({
    sizes: [2, ...new Array<number>(depth).fill(width), 1],
    activation,
    seed: deriveSeed(seed, "init"),
    weightInit: DEPTH_INITS[init as keyof typeof DEPTH_INITS],
  });
}

/**
 * Two circles for the deep nets: 256 points, noise 0.1, inner radius 0.5; `purpose`
 * (e.g. `"train"`, `"test"`) picks an independent draw for the seed.
 *
 * @param seed The run's seed.
 * @param purpose Which draw.
 * @returns The dataset (float32).
 *
 * @example
 * ```ts
 * import { deepCircles } from "./deep_nets.ts";
 * import { expect } from "chai";
 *
 * const train = deepCircles(1, "train");
 * expect([train.x.rows, train.x.cols]).to.deep.equal([256, 2]);
 * expect(deepCircles(1, "train").x.data).to.deep.equal(train.x.data);
 * ```
 */
export function deepCircles(seed: number, purpose: string): Dataset {
  return circles(deriveSeed(seed, purpose), { n: 256, noise: 0.1, factor: 0.5 });
}

/** How much gradient reaches the bottom of the hidden stack, from one `gradientFlow`. */
export interface DepthGradientSummary {
  /** RMS of ∂loss/∂z at the first hidden layer over that at the last; `null` if the last's is 0. */
  readonly deltaRatio: number | null;
  /** Weight-gradient norm of the first hidden→hidden layer over the last's (both width × width); `null` if that is 0. */
  readonly weightRatio: number | null;
  /** Share of exactly-zero ∂loss/∂z entries over all hidden layers. */
  readonly exactZeros: number;
  /** Smallest nonzero |∂loss/∂z| over all hidden layers. */
  readonly smallestGrad: number;
}

/**
 * Summarises a deep net's gradient flow (one entry per dense layer: input layer, hidden→hidden
 * layers, output layer) by first-to-last ratios, exact zeros and the smallest entry.
 *
 * @param flow From `gradientFlow` on a net with at least 2 hidden layers.
 * @returns The summary.
 *
 * @example
 * ```ts
 * import { bce, gradientFlow } from "relu-lab";
 * import { deepCircles, deepNet, summariseDepthGradients } from "./deep_nets.ts";
 * import { expect } from "chai";
 *
 * const data = deepCircles(1, "train");
 * const net = deepNet({ activation: "sigmoid", init: "xavier", depth: 10, seed: 1 });
 * const summary = summariseDepthGradients(gradientFlow(net, data.x, data.y, bce));
 * expect(summary.deltaRatio).to.be.below(1e-3);
 * expect(summary.exactZeros).to.equal(0);
 * ```
 */
export function summariseDepthGradients(flow: readonly LayerGradientFlow[]): DepthGradientSummary {
  if (flow.length < 3) {
    throw new RangeError(
      `Expected flow to have at least 3 dense layers (2 hidden), received ${flow.length}`,
    );
  }
  const hidden = flow.slice(0, -1);
  const first = hidden[0]!, last = hidden.at(-1)!;
  const entries = hidden.length;
  const nonzero = hidden.map((l) => l.outputGradMin).filter((m) => m > 0);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    deltaRatio: ratio(first.outputGradRms, last.outputGradRms),
    weightRatio: ratio(flow[1]!.weightNorm, last.weightNorm),
    exactZeros: hidden.reduce((sum, l) => sum + l.exactZeros, 0) / entries,
    smallestGrad: nonzero.length > 0 ? Math.min(...nonzero) : 0,
  };
}

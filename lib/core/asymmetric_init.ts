/**
 * Randomized asymmetric initialisation (RAI) of Lu, Shin, Su & Karniadakis (2020,
 * "Dying ReLU and Initialization"): for each unit, one entry of its incoming vector
 * (weights and bias together, fan_in + 1 entries) is chosen uniformly at random and drawn
 * from a positive distribution, Beta(2, 1); the others are drawn from N(0, σ²) with
 * σ = scale / √fan_in. The positive entry makes it unlikely that every unit of a layer is
 * inactive at once.
 *
 * Provenance: the scheme (one random entry per unit from Beta(2, 1), the rest Gaussian)
 * follows the paper's description; the constant 0.6007 and the √fan_in scaling follow
 * public third-party implementations, not a reading of the paper's derivation.
 *
 * @module
 */

import type { Initializer } from "./init.ts";
import type { FloatArray } from "./matrix.ts";
import type { Rng } from "./random.ts";
import { requirePositive } from "./_validate.ts";

/**
 * Options of {@linkcode randomizedAsymmetricInit}.
 *
 * @example
 * ```ts
 * import { randomizedAsymmetricInit } from "relu-lab";
 * import type { AsymmetricInitOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: AsymmetricInitOptions = { scale: 0.5 };
 * expect(randomizedAsymmetricInit(options).weightInit.name).to.be.a("string");
 * ```
 */
export interface AsymmetricInitOptions {
  /** σ·√fan_in of the Gaussian entries. @default 0.6007 */
  scale?: number;
}

/**
 * A weight initialiser and the bias initialiser that must run right after it, layer by layer.
 *
 * @example Passed to mlp as its two initialisers
 * ```ts
 * import { mlp, randomizedAsymmetricInit } from "relu-lab";
 * import type { InitializerPair } from "relu-lab";
 * import { expect } from "chai";
 *
 * const pair: InitializerPair = randomizedAsymmetricInit();
 * const model = mlp({ sizes: [2, 4, 1], weightInit: pair.weightInit, biasInit: pair.biasInit });
 * expect(model.layers).to.have.length(3);
 * ```
 */
export interface InitializerPair {
  /** Fills a dense layer's weights (`[out][in]`) and picks each unit's positive entry. */
  readonly weightInit: Initializer;
  /** Fills the same layer's biases; a unit whose positive entry is its bias gets it here. */
  readonly biasInit: Initializer;
}

/**
 * Builds the RAI initialisers. Pass both to `mlp` or `bornDeadRate`; a `Dense` layer
 * fills its weights then its biases, which is the order the pair relies on. (`mlp` gives
 * the output layer the default zero bias, so an output unit whose positive entry falls on
 * its bias keeps a zero bias.)
 *
 * @param options The Gaussian scale.
 * @returns The weight and bias initialisers.
 *
 * @example Each unit gets exactly one positive Beta(2, 1) entry
 * ```ts
 * import { randomizedAsymmetricInit, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const { weightInit, biasInit } = randomizedAsymmetricInit({ scale: 1e-9 });
 * const w = new Float64Array(3 * 4), b = new Float64Array(4), rng = new Rng(0);
 * weightInit.fill(w, 3, 4, rng);
 * biasInit.fill(b, 3, 4, rng);
 * for (let unit = 0; unit < 4; unit++) {
 *   const entries = [...w.slice(unit * 3, unit * 3 + 3), b[unit]!];
 *   expect(entries.filter((v) => v > 1e-6)).to.have.length(1);
 * }
 * ```
 */
export function randomizedAsymmetricInit(options: AsymmetricInitOptions = {}): InitializerPair {
  const { scale = 0.6007 } = options;
  requirePositive("scale", scale);
  let pending: { fanIn: number; fanOut: number; biasPositive: boolean[] } | undefined;
  const weightInit: Initializer = {
    name: `rai_weight(${scale})`,
    fill(values, fanIn, fanOut, rng) {
      _requireLength("weights", values, fanIn * fanOut, "fan_in × fan_out");
      const std = scale / Math.sqrt(fanIn);
      const biasPositive: boolean[] = [];
      for (let unit = 0; unit < fanOut; unit++) {
        const positive = rng.int(fanIn + 1);
        for (let i = 0; i < fanIn; i++) {
          values[unit * fanIn + i] = i === positive ? _beta21(rng) : rng.normal(0, std);
        }
        biasPositive.push(positive === fanIn);
      }
      pending = { fanIn, fanOut, biasPositive };
    },
  };
  const biasInit: Initializer = {
    name: `rai_bias(${scale})`,
    fill(values, fanIn, fanOut, rng) {
      _requireLength("biases", values, fanOut, "fan_out");
      if (pending?.fanIn !== fanIn || pending.fanOut !== fanOut) {
        throw new TypeError(
          `Expected the RAI bias initialiser to follow its weight initialiser on the same ` +
            `${fanIn} → ${fanOut} layer, received ${
              pending ? `a pending ${pending.fanIn} → ${pending.fanOut} layer` : "none pending"
            }`,
        );
      }
      const std = scale / Math.sqrt(fanIn);
      for (let unit = 0; unit < fanOut; unit++) {
        values[unit] = pending.biasPositive[unit] ? _beta21(rng) : rng.normal(0, std);
      }
      pending = undefined;
    },
  };
  return { weightInit, biasInit };
}

/** A Beta(2, 1) draw: its CDF is x², so √U for U uniform on [0, 1). */
function _beta21(rng: Rng): number {
  return Math.sqrt(rng.uniform());
}

function _requireLength(name: string, values: FloatArray, expected: number, form: string): void {
  if (values.length !== expected) {
    throw new RangeError(
      `Expected ${name} to hold ${form} = ${expected} values, received ${values.length}`,
    );
  }
}

/**
 * Weight and bias initialisers. Each fills a parameter given its fan-in and fan-out
 * and a seeded generator; the conventions (bounds, gains) are PyTorch's.
 *
 * @module
 */

import type { FloatArray } from "./matrix.ts";
import type { Rng } from "./random.ts";
import { requireFinite, requireOneOf, requirePositive } from "./_validate.ts";

/**
 * Fills a parameter's values.
 *
 * @example A custom initialiser
 * ```ts
 * import { Dense, Rng } from "relu-lab";
 * import type { Initializer } from "relu-lab";
 * import { expect } from "chai";
 *
 * const halves: Initializer = { name: "halves", fill: (values) => values.fill(0.5) };
 * const layer = new Dense(2, 1, new Rng(0), { weightInit: halves });
 * expect(Array.from(layer.weight.value)).to.deep.equal([0.5, 0.5]);
 * ```
 */
export interface Initializer {
  /** Readable description, e.g. `"he_normal(fan_in)"`. */
  readonly name: string;
  /** Overwrites `values` with fresh draws for a layer with the given fans. */
  fill(values: FloatArray, fanIn: number, fanOut: number, rng: Rng): void;
}

/**
 * Which fan a variance-scaling initialiser preserves: forward (fan_in) or backward (fan_out).
 *
 * @example
 * ```ts
 * import { heNormal } from "relu-lab";
 * import type { FanMode } from "relu-lab";
 * import { expect } from "chai";
 *
 * const mode: FanMode = "fan_out";
 * expect(heNormal(mode).name).to.equal("he_normal(fan_out)");
 * ```
 */
export type FanMode = "fan_in" | "fan_out";

function _uniform(name: string, bound: (fanIn: number, fanOut: number) => number): Initializer {
  return {
    name,
    fill(values, fanIn, fanOut, rng) {
      const b = bound(fanIn, fanOut);
      for (let i = 0; i < values.length; i++) values[i] = rng.uniform(-b, b);
    },
  };
}

function _normal(name: string, std: (fanIn: number, fanOut: number) => number): Initializer {
  return {
    name,
    fill(values, fanIn, fanOut, rng) {
      const s = std(fanIn, fanOut);
      for (let i = 0; i < values.length; i++) values[i] = rng.normal(0, s);
    },
  };
}

/**
 * Every value set to `value`: e.g. a small positive "support" bias of 0.1, or a
 * large negative bias that kills units on purpose.
 *
 * @example
 * ```ts
 * import { constantInit, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const b = new Float64Array(3);
 * constantInit(0.1).fill(b, 2, 3, new Rng(0));
 * expect(Array.from(b)).to.deep.equal([0.1, 0.1, 0.1]);
 * ```
 */
export function constantInit(value: number): Initializer {
  requireFinite("value", value);
  return { name: `constant(${value})`, fill: (values) => values.fill(value) };
}

/**
 * Every value 0 (the usual bias initialiser).
 *
 * @example
 * ```ts
 * import { Rng, zerosInit } from "relu-lab";
 * import { expect } from "chai";
 *
 * const b = new Float32Array([5, 5]);
 * zerosInit.fill(b, 1, 2, new Rng(0));
 * expect(Array.from(b)).to.deep.equal([0, 0]);
 * ```
 */
export const zerosInit: Initializer = constantInit(0);

/**
 * Uniform on [low, high).
 *
 * @param low Lower bound, finite.
 * @param high Upper bound, finite and above `low`.
 * @returns The initialiser.
 *
 * @example
 * ```ts
 * import { Rng, uniformInit } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(100);
 * uniformInit(-0.5, 0.5).fill(w, 10, 10, new Rng(0));
 * expect(w.every((v) => v >= -0.5 && v < 0.5)).to.equal(true);
 * ```
 */
export function uniformInit(low: number, high: number): Initializer {
  requireFinite("low", low);
  requireFinite("high", high);
  if (high <= low) throw new RangeError(`Expected high > low, received low ${low}, high ${high}`);
  return {
    name: `uniform(${low}, ${high})`,
    fill(values, _fanIn, _fanOut, rng) {
      for (let i = 0; i < values.length; i++) values[i] = rng.uniform(low, high);
    },
  };
}

/**
 * Normal with the given mean and standard deviation.
 *
 * @param mean The mean, finite.
 * @param std The standard deviation, positive.
 * @returns The initialiser.
 *
 * @example
 * ```ts
 * import { normalInit, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(10000);
 * normalInit(1, 0.1).fill(w, 1, 1, new Rng(0));
 * expect(w.reduce((s, v) => s + v, 0) / w.length).to.be.closeTo(1, 0.01);
 * ```
 */
export function normalInit(mean = 0, std = 1): Initializer {
  requireFinite("mean", mean);
  requirePositive("std", std);
  return {
    name: `normal(${mean}, ${std})`,
    fill(values, _fanIn, _fanOut, rng) {
      for (let i = 0; i < values.length; i++) values[i] = rng.normal(mean, std);
    },
  };
}

/**
 * Xavier/Glorot uniform: U(−b, b), b = gain·√(6 / (fan_in + fan_out)). Suits tanh and sigmoid.
 *
 * @param gain Scale, positive.
 * @returns The initialiser.
 *
 * @example Within ±√(6 / 8) for fans 3 and 5
 * ```ts
 * import { Rng, xavierUniform } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(1000);
 * xavierUniform().fill(w, 3, 5, new Rng(0));
 * expect(Math.max(...w.map(Math.abs))).to.be.below(Math.sqrt(6 / 8));
 * ```
 */
export function xavierUniform(gain = 1): Initializer {
  requirePositive("gain", gain);
  return _uniform(`xavier_uniform(${gain})`, (i, o) => gain * Math.sqrt(6 / (i + o)));
}

/**
 * Xavier/Glorot normal: N(0, σ²), σ = gain·√(2 / (fan_in + fan_out)).
 *
 * @param gain Scale, positive.
 * @returns The initialiser.
 *
 * @example
 * ```ts
 * import { Rng, xavierNormal } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(20000);
 * xavierNormal().fill(w, 30, 70, new Rng(2));
 * expect(w.reduce((s, v) => s + v * v, 0) / w.length).to.be.closeTo(2 / 100, 0.001);
 * ```
 */
export function xavierNormal(gain = 1): Initializer {
  requirePositive("gain", gain);
  return _normal(`xavier_normal(${gain})`, (i, o) => gain * Math.sqrt(2 / (i + o)));
}

function _fan(mode: FanMode, fanIn: number, fanOut: number): number {
  return mode === "fan_in" ? fanIn : fanOut;
}

/**
 * He/Kaiming uniform: U(−b, b), b = gain·√(3 / fan), gain √2 for ReLU (PyTorch's
 * `kaiming_uniform_` with nonlinearity "relu").
 *
 * @param mode Which fan to preserve the variance of.
 * @param gain Defaults to √2, for ReLU; use √(2 / (1 + a²)) for Leaky ReLU with slope a.
 * @returns The initialiser.
 * @example Within ±√(6 / fan_in)
 * ```ts
 * import { heUniform, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(1000);
 * heUniform().fill(w, 24, 8, new Rng(0));
 * expect(Math.max(...w.map(Math.abs))).to.be.below(Math.sqrt(6 / 24));
 * ```
 */
export function heUniform(mode: FanMode = "fan_in", gain = Math.SQRT2): Initializer {
  requireOneOf("mode", mode, ["fan_in", "fan_out"]);
  requirePositive("gain", gain);
  return _uniform(`he_uniform(${mode})`, (i, o) => gain * Math.sqrt(3 / _fan(mode, i, o)));
}

/**
 * He/Kaiming normal: N(0, σ²), σ = gain / √fan, gain √2 for ReLU.
 *
 * @example Variance 2 / fan_in
 * ```ts
 * import { heNormal, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(20000);
 * heNormal().fill(w, 50, 10, new Rng(1));
 * const variance = w.reduce((s, v) => s + v * v, 0) / w.length;
 * expect(variance).to.be.closeTo(2 / 50, 0.002);
 * ```
 */
export function heNormal(mode: FanMode = "fan_in", gain = Math.SQRT2): Initializer {
  requireOneOf("mode", mode, ["fan_in", "fan_out"]);
  requirePositive("gain", gain);
  return _normal(`he_normal(${mode})`, (i, o) => gain / Math.sqrt(_fan(mode, i, o)));
}

/**
 * LeCun normal: N(0, 1 / fan_in). Suits SELU.
 *
 * @example
 * ```ts
 * import { lecunNormal, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(20000);
 * lecunNormal.fill(w, 25, 4, new Rng(3));
 * expect(w.reduce((s, v) => s + v * v, 0) / w.length).to.be.closeTo(1 / 25, 0.002);
 * ```
 */
export const lecunNormal: Initializer = _normal("lecun_normal", (i) => 1 / Math.sqrt(i));

/**
 * LeCun uniform: U(−b, b), b = √(3 / fan_in).
 *
 * @example
 * ```ts
 * import { lecunUniform, Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(1000);
 * lecunUniform.fill(w, 12, 4, new Rng(0));
 * expect(Math.max(...w.map(Math.abs))).to.be.below(0.5);
 * ```
 */
export const lecunUniform: Initializer = _uniform("lecun_uniform", (i) => Math.sqrt(3 / i));

/**
 * PyTorch's default for `nn.Linear` weights and biases: U(−1/√fan_in, 1/√fan_in).
 *
 * @example
 * ```ts
 * import { Rng, torchDefaultInit } from "relu-lab";
 * import { expect } from "chai";
 *
 * const w = new Float64Array(1000);
 * torchDefaultInit.fill(w, 16, 4, new Rng(0));
 * expect(Math.max(...w.map(Math.abs))).to.be.below(0.25);
 * ```
 */
export const torchDefaultInit: Initializer = _uniform("torch_default", (i) => 1 / Math.sqrt(i));

/**
 * Seeded pseudo-random numbers: the only source of randomness in relu-lab.
 *
 * Every function that needs randomness takes an {@linkcode Rng}; none reads a
 * global generator. The same seed gives the same sequence of bits on every
 * run and every machine.
 *
 * @module
 */

import { describe, requireInteger } from "./_validate.ts";

/** Mixes a 32-bit integer into a well-spread 32-bit integer (SplitMix32 finaliser). */
function _mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Derives a 32-bit seed from any list of strings and numbers, so that a run's
 * seed depends only on its settings (not on the order runs are scheduled in).
 *
 * @param parts Values that identify the run, e.g. an activation name and a seed index.
 * @returns An unsigned 32-bit integer.
 *
 * @example Same parts, same seed
 * ```ts
 * import { deriveSeed } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(deriveSeed("relu", 0.1, 3)).to.equal(deriveSeed("relu", 0.1, 3));
 * expect(deriveSeed("relu", 0.1, 3)).to.not.equal(deriveSeed("relu", 0.1, 4));
 * ```
 */
export function deriveSeed(...parts: ReadonlyArray<string | number>): number {
  parts.forEach((part, i) => {
    if (typeof part !== "string" && !(typeof part === "number" && Number.isFinite(part))) {
      // JSON would write NaN and ±Infinity as null: three different seeds would be one.
      throw new TypeError(
        `Expected parts[${i}] to be a string or a finite number, received ${describe(part)}`,
      );
    }
  });
  const text = JSON.stringify(parts);
  let hash = 0x811c9dc5; // FNV-1a offset basis
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return _mix32(hash);
}

/**
 * A small, fast, seeded generator (sfc32, seeded through SplitMix32).
 *
 * @example Reproducible draws
 * ```ts
 * import { Rng } from "relu-lab";
 * import { expect } from "chai";
 *
 * const a = new Rng(42);
 * const b = new Rng(42);
 * expect([a.uniform(), a.normal()]).to.deep.equal([b.uniform(), b.normal()]);
 * ```
 */
export class Rng {
  /**
   * The state a, b, c, d. A typed array, not four number fields: sfc32's values pass 2^31,
   * where a field would box each one (an allocation per draw, 20-30 ns); the array stores
   * them unboxed and wraps every sum mod 2^32, as the algorithm needs.
   */
  readonly #state = new Uint32Array(4);

  /**
   * A generator seeded with an integer.
   *
   * @param seed An integer; equal seeds give equal sequences.
   *
   * @example
   * ```ts
   * import { Rng } from "relu-lab";
   * import { expect } from "chai";
   *
   * expect(new Rng(7).uniform()).to.equal(new Rng(7).uniform());
   * expect(() => new Rng(0.5)).to.throw(TypeError, "Expected seed to be an integer, received 0.5");
   * ```
   */
  constructor(seed: number) {
    requireInteger("seed", seed);
    let s = seed >>> 0;
    const next = () => (s = (s + 0x9e3779b9) >>> 0, _mix32(s));
    for (let i = 0; i < 4; i++) this.#state[i] = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Returns the next unsigned 32-bit integer. */
  nextUint32(): number {
    const state = this.#state;
    const a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
    const t = (a + b + d) >>> 0;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = ((c << 21) | (c >>> 11)) + t;
    state[3] = d + 1;
    return t;
  }

  /**
   * Returns a number uniformly distributed in [low, high), by default [0, 1); `low` may
   * equal `high` (then it returns `low`).
   */
  uniform(low?: number, high?: number): number {
    const unit = this.nextUint32() / 4294967296;
    // No bounds (the per-value draws of dropout masks and shuffles): nothing to check, and
    // 0 + 1·unit is unit bit for bit.
    if (low === undefined && high === undefined) return unit;
    const from = low ?? 0, span = (high ?? 1) - from;
    // NaN, an infinite bound and high < low all fail these two compares.
    if (!(span >= 0 && span < Infinity)) _badUniform(low, high);
    return from + span * unit;
  }

  /** Returns a normally distributed number (Box-Muller transform). */
  normal(mean = 0, std = 1): number {
    if (!(std >= 0 && std < Infinity) || mean - mean !== 0) _badNormal(mean, std);
    const u = (this.nextUint32() + 0.5) / 4294967296; // in (0, 1): log(u) is finite
    const v = this.nextUint32() / 4294967296;
    return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Returns an integer uniformly distributed in [0, n). */
  int(n: number): number {
    requireInteger("n", n, 1);
    return Math.floor(this.uniform() * n);
  }

  /** Shuffles `items` in place (Fisher-Yates) and returns it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    if (items === null || typeof items !== "object" || typeof items.length !== "number") {
      throw new TypeError(
        `Expected items to be an array or typed array, received ${describe(items)}`,
      );
    }
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.uniform() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /** Returns a new generator whose stream depends on this one's next draw and `label`. */
  fork(label: string | number = ""): Rng {
    return new Rng(deriveSeed(this.nextUint32(), label));
  }
}

/** Throws the error of bad uniform bounds (out of line, so that uniform stays small and inlined). */
function _badUniform(low: number | undefined, high: number | undefined): never {
  throw new RangeError(
    `Expected low and high to be finite numbers with low <= high, received ${low}, ${high}`,
  );
}

/** Throws the error of a bad normal mean or standard deviation (out of line, as above). */
function _badNormal(mean: number, std: number): never {
  if (mean - mean !== 0) {
    throw new RangeError(`Expected mean to be a finite number, received ${mean}`);
  }
  throw new RangeError(`Expected std to be a finite number >= 0, received ${std}`);
}

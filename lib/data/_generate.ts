// Shared steps of the synthetic generators: argument checks, class sizes, and the
// final shuffle-then-add-noise that turns noiseless points into a Dataset (the order
// scikit-learn's make_circles and make_moons use). Private to lib/data.

import { type Dtype, zeros } from "../core/matrix.ts";
import { Rng } from "../core/random.ts";
import { describe, requireFinite, requireInteger } from "../core/_validate.ts";
import type { Dataset } from "./dataset.ts";

/** Returns `rng` itself, or a new generator seeded with it when it is a number. */
export function _toRng(rng: Rng | number): Rng {
  if (rng instanceof Rng) return rng;
  if (typeof rng !== "number" || !Number.isSafeInteger(rng)) {
    throw new TypeError(`Expected rng to be an Rng or an integer seed, received ${describe(rng)}`);
  }
  return new Rng(rng);
}

/** Throws unless `n` is an integer >= `min` (a sample count). */
export function _requireCount(n: unknown, min = 2): asserts n is number {
  requireInteger("n", n, min);
}

/** Throws unless `value` is a finite number >= 0 (a noise or spread). */
export function _requireNonNegative(name: string, value: unknown): asserts value is number {
  requireFinite(name, value);
  if (value < 0) {
    throw new RangeError(`Expected ${name} to be a finite number >= 0, received ${value}`);
  }
}

/** Splits `n` samples over `k` groups as make_blobs does: n // k each, the rest to the first. */
export function _evenSplit(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** Noiseless samples in generation order, before shuffling. */
export interface _Points {
  /** Dataset name. */
  readonly name: string;
  /** Features per sample. */
  readonly features: number;
  /** Number of classes. */
  readonly classes: number;
  /** Coordinates, row-major: sample i at `points[i * features + j]`. */
  readonly points: ArrayLike<number>;
  /** One class index per sample. */
  readonly labels: ArrayLike<number>;
}

/**
 * Shuffles the samples, then adds Gaussian noise of standard deviation `noise` to every
 * coordinate (no draws when `noise` is 0), and stores the result with the given dtype.
 */
export function _finish(source: _Points, noise: number, rng: Rng, dtype: Dtype): Dataset {
  const { features, points, labels } = source;
  const n = labels.length;
  const order = rng.shuffle(Uint32Array.from({ length: n }, (_, i) => i));
  const x = zeros(n, features, dtype);
  const y = zeros(n, 1, dtype);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    y.data[r] = labels[i]!;
    for (let j = 0; j < features; j++) {
      const value = points[i * features + j]!;
      x.data[r * features + j] = noise > 0 ? value + rng.normal(0, noise) : value;
    }
  }
  return { name: source.name, x, y, classes: source.classes };
}

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`.
 *
 * @module
 */

import type { Dtype } from "../core/matrix.ts";
import type { Rng } from "../core/random.ts";
import type { Dataset } from "./dataset.ts";
import { _finish, _requireCount, _requireNonNegative, _toRng } from "./_generate.ts";

/**
 * Options for {@linkcode moons}; `n` and `noise` mean what they mean in `make_moons`.
 *
 * @example
 * ```ts
 * import { moons } from "relu-lab";
 * import type { MoonsOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: MoonsOptions = { n: 20, noise: 0.05 };
 * expect(moons(0, options).x.rows).to.equal(20);
 * ```
 */
export interface MoonsOptions {
  /** Number of points, an integer >= 2: n // 2 on the upper moon, the rest on the lower. @default 100 */
  n?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate, >= 0. @default 0 */
  noise?: number;
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/** `count` angles evenly spaced over [0, π], both ends included (numpy's linspace). */
function _halfTurn(count: number): number[] {
  return Array.from({ length: count }, (_, i) => count === 1 ? 0 : (Math.PI * i) / (count - 1));
}

/**
 * Two interleaving half circles ("moons"): a binary task with a curved boundary.
 *
 * As scikit-learn's `make_moons`: `n // 2` points on the upper half of the unit circle,
 * (cos t, sin t) for t evenly spaced over [0, π] (label 0), and the other `n - n // 2`
 * on the lower moon (1 − cos t, 0.5 − sin t) (label 1), shuffled, then Gaussian noise of
 * standard deviation `noise` added to both coordinates.
 *
 * @param rng Generator, or an integer seed for a new one.
 * @param options Size, noise and dtype.
 * @returns A dataset named `"moons"` with 2 features and 2 classes.
 *
 * @example The upper moon lies on the unit circle
 * ```ts
 * import { moons } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds = moons(3, { n: 40, dtype: "float64" });
 * for (let i = 0; i < ds.x.rows; i++) {
 *   const [a, b] = [ds.x.data[2 * i]!, ds.x.data[2 * i + 1]!];
 *   if (ds.y.data[i] === 0) expect(Math.hypot(a, b)).to.be.closeTo(1, 1e-12);
 *   else expect(Math.hypot(a - 1, b - 0.5)).to.be.closeTo(1, 1e-12);
 * }
 * ```
 */
export function moons(rng: Rng | number, options: MoonsOptions = {}): Dataset {
  const { n = 100, noise = 0, dtype = "float32" } = options;
  _requireCount(n);
  _requireNonNegative("noise", noise);
  const generator = _toRng(rng);
  const upper = Math.floor(n / 2);
  const points: number[] = [];
  const labels: number[] = [];
  for (const t of _halfTurn(upper)) {
    points.push(Math.cos(t), Math.sin(t));
    labels.push(0);
  }
  for (const t of _halfTurn(n - upper)) {
    points.push(1 - Math.cos(t), 0.5 - Math.sin(t));
    labels.push(1);
  }
  const source = { name: "moons", features: 2, classes: 2, points, labels };
  return _finish(source, noise, generator, dtype);
}

/**
 * Two interleaved spirals: the classic hard binary task for small networks.
 *
 * @module
 */

import type { Dtype } from "../core/matrix.ts";
import type { Rng } from "../core/random.ts";
import { requirePositive } from "../core/_validate.ts";
import type { Dataset } from "./dataset.ts";
import { _finish, _requireCount, _requireNonNegative, _toRng } from "./_generate.ts";

/**
 * Options for {@linkcode spirals}.
 *
 * @example
 * ```ts
 * import { spirals } from "relu-lab";
 * import type { SpiralsOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: SpiralsOptions = { n: 30, turns: 2 };
 * expect(spirals(0, options).classes).to.equal(2);
 * ```
 */
export interface SpiralsOptions {
  /** Number of points, an integer >= 2: n // 2 on arm 0, the rest on arm 1. @default 100 */
  n?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate, >= 0. @default 0 */
  noise?: number;
  /** How many full turns each arm makes from the centre to radius 1, a positive number. @default 1.5 */
  turns?: number;
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/**
 * Two interleaved spirals (Archimedean arms, one the other rotated by half a turn).
 *
 * Arm k (label k, k = 0 or 1) holds the points r·(cos θ, sin θ) with θ = 2π·turns·r + kπ,
 * for radii r evenly spaced over (0, 1]: r = i / m for i = 1..m, where arm 0 has
 * m = n // 2 points and arm 1 the other n − n // 2. The points are shuffled, then Gaussian
 * noise of standard deviation `noise` is added to both coordinates.
 *
 * @param rng Generator, or an integer seed for a new one.
 * @param options Size, noise, number of turns and dtype.
 * @returns A dataset named `"spirals"` with 2 features and 2 classes.
 *
 * @example The outermost points of the two arms are opposite
 * ```ts
 * import { spirals, toRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds = spirals(0, { n: 100, turns: 2, dtype: "float64" });
 * const rows = toRows(ds.x);
 * const ends = rows.filter(([a, b]) => Math.hypot(a!, b!) > 1 - 1e-9);
 * expect(ends.length).to.equal(2);
 * expect(ends[0]![0]! + ends[1]![0]!).to.be.closeTo(0, 1e-12);
 * ```
 */
export function spirals(rng: Rng | number, options: SpiralsOptions = {}): Dataset {
  const { n = 100, noise = 0, turns = 1.5, dtype = "float32" } = options;
  _requireCount(n);
  _requireNonNegative("noise", noise);
  requirePositive("turns", turns);
  const generator = _toRng(rng);
  const sizes = [Math.floor(n / 2), n - Math.floor(n / 2)];
  const points: number[] = [];
  const labels: number[] = [];
  sizes.forEach((m, arm) => {
    for (let i = 1; i <= m; i++) {
      const r = i / m;
      const angle = 2 * Math.PI * turns * r + arm * Math.PI;
      points.push(r * Math.cos(angle), r * Math.sin(angle));
      labels.push(arm);
    }
  });
  const source = { name: "spirals", features: 2, classes: 2, points, labels };
  return _finish(source, noise, generator, dtype);
}

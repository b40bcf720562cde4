/**
 * Two concentric circles, as scikit-learn's `make_circles`.
 *
 * @module
 */

import type { Dtype } from "../core/matrix.ts";
import type { Rng } from "../core/random.ts";
import { requireFinite } from "../core/_validate.ts";
import type { Dataset } from "./dataset.ts";
import { _finish, _requireCount, _requireNonNegative, _toRng } from "./_generate.ts";

/**
 * Options for {@linkcode circles}; `n`, `noise` and `factor` mean what they mean in `make_circles`.
 *
 * @example
 * ```ts
 * import { circles } from "relu-lab";
 * import type { CirclesOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: CirclesOptions = { n: 50, noise: 0.1, factor: 0.5, dtype: "float64" };
 * expect(circles(1, options).x.rows).to.equal(50);
 * ```
 */
export interface CirclesOptions {
  /** Number of points, an integer >= 2: n // 2 on the outer circle, the rest on the inner. @default 100 */
  n?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate, >= 0. @default 0 */
  noise?: number;
  /** Radius of the inner circle (the outer one has radius 1), in (0, 1). @default 0.8 */
  factor?: number;
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/**
 * Two concentric circles in the plane: a binary task no linear model can solve.
 *
 * As scikit-learn's `make_circles`: `n // 2` points evenly spaced on the unit circle
 * (label 0) and the other `n - n // 2` evenly spaced on a circle of radius `factor`
 * (label 1), shuffled, then Gaussian noise of standard deviation `noise` added to both
 * coordinates.
 *
 * @param rng Generator, or an integer seed for a new one.
 * @param options Size, noise, inner radius and dtype.
 * @returns A dataset named `"circles"` with 2 features and 2 classes.
 *
 * @example Noiseless circles have radius 1 and `factor`
 * ```ts
 * import { circles } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds = circles(7, { n: 200, factor: 0.5, dtype: "float64" });
 * const [x0, x1] = [ds.x.data[0]!, ds.x.data[1]!];
 * const radius = Math.hypot(x0, x1);
 * expect(radius).to.be.closeTo(ds.y.data[0] === 0 ? 1 : 0.5, 1e-12);
 * ```
 */
export function circles(rng: Rng | number, options: CirclesOptions = {}): Dataset {
  const { n = 100, noise = 0, factor = 0.8, dtype = "float32" } = options;
  _requireCount(n);
  _requireNonNegative("noise", noise);
  requireFinite("factor", factor);
  if (factor <= 0 || factor >= 1) {
    throw new RangeError(`Expected factor to be in (0, 1), received ${factor}`);
  }
  const generator = _toRng(rng);
  const outer = Math.floor(n / 2);
  const inner = n - outer;
  const points: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < outer; i++) {
    const angle = (2 * Math.PI * i) / outer;
    points.push(Math.cos(angle), Math.sin(angle));
    labels.push(0);
  }
  for (let i = 0; i < inner; i++) {
    const angle = (2 * Math.PI * i) / inner;
    points.push(factor * Math.cos(angle), factor * Math.sin(angle));
    labels.push(1);
  }
  const source = { name: "circles", features: 2, classes: 2, points, labels };
  return _finish(source, noise, generator, dtype);
}

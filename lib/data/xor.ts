/**
 * The XOR task in the plane: the label is 1 exactly when the two coordinates have
 * opposite signs.
 *
 * @module
 */

import type { Dtype } from "../core/matrix.ts";
import type { Rng } from "../core/random.ts";
import { requireOneOf } from "../core/_validate.ts";
import type { Dataset } from "./dataset.ts";
import { _evenSplit, _finish, _requireCount, _requireNonNegative, _toRng } from "./_generate.ts";

/**
 * How {@linkcode xor} places its points.
 *
 * @example
 * ```ts
 * import { xor } from "relu-lab";
 * import type { XorLayout } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layout: XorLayout = "blobs";
 * expect(xor(0, { n: 8, layout }).x.rows).to.equal(8);
 * ```
 */
export type XorLayout = "uniform" | "blobs";

/**
 * The layouts {@linkcode xor} accepts.
 *
 * @example
 * ```ts
 * import { XOR_LAYOUTS } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(XOR_LAYOUTS).to.deep.equal(["uniform", "blobs"]);
 * ```
 */
export const XOR_LAYOUTS: readonly XorLayout[] = ["uniform", "blobs"];

/**
 * Options for {@linkcode xor}.
 *
 * @example
 * ```ts
 * import { xor } from "relu-lab";
 * import type { XorOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: XorOptions = { n: 12, noise: 0.1, layout: "uniform" };
 * expect(xor(2, options).x.rows).to.equal(12);
 * ```
 */
export interface XorOptions {
  /** Number of points, an integer >= 2. @default 100 */
  n?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate after labelling, >= 0. @default 0 */
  noise?: number;
  /**
   * `"uniform"`: points uniform on the square [-1, 1)²; `"blobs"`: the points sit on the
   * four quadrant centres (±0.5, ±0.5), n split over them as evenly as possible (so `noise`
   * sets the blobs' spread). @default "uniform"
   */
  layout?: XorLayout;
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/** Quadrant centres in order (+,+), (−,+), (−,−), (+,−): labels 0, 1, 0, 1. */
const _CENTRES = [[0.5, 0.5], [-0.5, 0.5], [-0.5, -0.5], [0.5, -0.5]] as const;

/**
 * XOR in the plane: label 1 when x₁·x₂ < 0 (exactly one coordinate negative), else 0.
 *
 * The label is decided by the noiseless point (in `"blobs"` layout, by its quadrant
 * centre); Gaussian noise of standard deviation `noise` is added afterwards, so with noise
 * some points cross an axis and keep their label, as in `circles` and `moons`. The
 * `"blobs"` layout with `n: 4` and no noise is the four-point XOR truth table.
 *
 * @param rng Generator, or an integer seed for a new one.
 * @param options Size, noise, layout and dtype.
 * @returns A dataset named `"xor"` with 2 features and 2 classes.
 *
 * @example The labels follow the signs
 * ```ts
 * import { toRows, xor } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds = xor(5, { n: 50 });
 * toRows(ds.x).forEach(([a, b], i) => expect(ds.y.data[i]).to.equal(a! * b! < 0 ? 1 : 0));
 * ```
 */
export function xor(rng: Rng | number, options: XorOptions = {}): Dataset {
  const { n = 100, noise = 0, layout = "uniform", dtype = "float32" } = options;
  _requireCount(n);
  _requireNonNegative("noise", noise);
  requireOneOf("layout", layout, XOR_LAYOUTS);
  const generator = _toRng(rng);
  const points: number[] = [];
  const labels: number[] = [];
  if (layout === "uniform") {
    for (let i = 0; i < n; i++) {
      const a = generator.uniform(-1, 1);
      const b = generator.uniform(-1, 1);
      points.push(a, b);
      labels.push(a * b < 0 ? 1 : 0);
    }
  } else {
    _evenSplit(n, 4).forEach((count, quadrant) => {
      for (let i = 0; i < count; i++) {
        points.push(..._CENTRES[quadrant]!);
        labels.push(quadrant % 2);
      }
    });
  }
  const source = { name: "xor", features: 2, classes: 2, points, labels };
  return _finish(source, noise, generator, dtype);
}

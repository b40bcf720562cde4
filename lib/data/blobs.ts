/**
 * Isotropic Gaussian blobs, one class per blob, as scikit-learn's `make_blobs`.
 *
 * @module
 */

import type { Dtype } from "../core/matrix.ts";
import type { Rng } from "../core/random.ts";
import { describe, requireAllFinite, requireFinite, requireInteger } from "../core/_validate.ts";
import type { Dataset } from "./dataset.ts";
import { _evenSplit, _finish, _requireCount, _requireNonNegative, _toRng } from "./_generate.ts";

/**
 * Options for {@linkcode blobs}; the fields mean what they mean in `make_blobs`.
 *
 * @example
 * ```ts
 * import { blobs } from "relu-lab";
 * import type { BlobsOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: BlobsOptions = { n: 30, centers: 3, features: 4, std: 0.5 };
 * const ds = blobs(0, options);
 * expect([ds.x.rows, ds.x.cols, ds.classes]).to.deep.equal([30, 4, 3]);
 * ```
 */
export interface BlobsOptions {
  /** Number of points, an integer >= 2 and >= the number of centres. @default 100 */
  n?: number;
  /**
   * The number of blobs k (an integer >= 2; centres drawn uniformly in `centerBox`), or
   * the centres themselves, one row of `features` coordinates each. @default 3
   */
  centers?: number | ReadonlyArray<ReadonlyArray<number>>;
  /** Features per point when `centers` is a number, an integer >= 1. @default 2 */
  features?: number;
  /** Standard deviation of each blob in every coordinate, >= 0. @default 1 */
  std?: number;
  /** Interval [low, high] the random centres are drawn from. @default [-10, 10] */
  centerBox?: readonly [number, number];
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/** Returns the centres as rows: the given ones (checked) or k drawn uniformly in the box. */
function _centres(options: BlobsOptions, rng: Rng): number[][] {
  const { centers = 3, features = 2, centerBox = [-10, 10] } = options;
  if (typeof centers === "number") {
    requireInteger("centers", centers, 2);
    requireInteger("features", features, 1);
    const [low, high] = centerBox;
    requireFinite("centerBox[0]", low);
    requireFinite("centerBox[1]", high);
    if (high <= low) {
      throw new RangeError(
        `Expected centerBox to be [low, high] with low < high, received [${low}, ${high}]`,
      );
    }
    return Array.from(
      { length: centers },
      () => Array.from({ length: features }, () => rng.uniform(low, high)),
    );
  }
  if (!Array.isArray(centers) || centers.length < 2) {
    throw new TypeError(
      `Expected centers to be an integer >= 2 or at least 2 points, received ${describe(centers)}`,
    );
  }
  const first = centers[0];
  const dims = options.features ?? (Array.isArray(first) ? first.length : 2);
  centers.forEach((c, i) => {
    if (!Array.isArray(c) || c.length !== dims || dims === 0) {
      throw new RangeError(
        `Expected centers[${i}] to be a point of ${dims} coordinates, received ${describe(c)}`,
      );
    }
    requireAllFinite(`centers[${i}]`, c);
  });
  return centers.map((c) => [...c]);
}

/**
 * Gaussian blobs: a multi-class task with one class per blob.
 *
 * As scikit-learn's `make_blobs`: the n points are split over the k centres as evenly as
 * possible (n // k each, one more for the first n mod k), point of blob c is its centre plus
 * Gaussian noise of standard deviation `std` in every coordinate, label c; shuffled.
 *
 * @param rng Generator, or an integer seed for a new one.
 * @param options Size, centres, features, spread and dtype.
 * @returns A dataset named `"blobs"` with one class per centre.
 *
 * @example Four classes around given centres
 * ```ts
 * import { blobs, classCounts } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds = blobs(1, { n: 10, centers: [[0, 0], [5, 0], [0, 5], [5, 5]], std: 0.5 });
 * expect(ds.classes).to.equal(4);
 * expect(classCounts(ds)).to.deep.equal([3, 3, 2, 2]);
 * ```
 */
export function blobs(rng: Rng | number, options: BlobsOptions = {}): Dataset {
  const { n = 100, std = 1, dtype = "float32" } = options;
  _requireCount(n);
  _requireNonNegative("std", std);
  const generator = _toRng(rng);
  const centres = _centres(options, generator);
  if (n < centres.length) {
    throw new RangeError(
      `Expected n to be at least the number of centres (${centres.length}), received ${n}`,
    );
  }
  const points: number[] = [];
  const labels: number[] = [];
  _evenSplit(n, centres.length).forEach((count, c) => {
    for (let i = 0; i < count; i++) {
      points.push(...centres[c]!);
      labels.push(c);
    }
  });
  const source = {
    name: "blobs",
    features: centres[0]!.length,
    classes: centres.length,
    points,
    labels,
  };
  return _finish(source, std, generator, dtype);
}

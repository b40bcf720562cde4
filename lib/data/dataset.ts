/**
 * The labelled dataset every generator, loader and training loop exchanges, with
 * the checks and row selections that work on any of them.
 *
 * @module
 */

import { requireShape, takeRows } from "../core/matrix.ts";
import type { Matrix } from "../core/matrix.ts";
import { describe, requireAllFinite, requireInteger } from "../core/_validate.ts";

/**
 * A labelled dataset: one sample per row of `x`, its label in the same row of `y`.
 *
 * @example Built by hand
 * ```ts
 * import { classCounts, fromRows } from "relu-lab";
 * import type { Dataset } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds: Dataset = { name: "tiny", x: fromRows([[0], [1], [2]]), y: fromRows([[0], [1], [1]]), classes: 2 };
 * expect(classCounts(ds)).to.deep.equal([1, 2]);
 * ```
 */
export interface Dataset {
  /** Registry name, e.g. `"circles"`. */
  readonly name: string;
  /** Features, n × features. */
  readonly x: Matrix;
  /** Labels, n × 1: binary tasks 0/1, multi-class a class index 0..classes-1. */
  readonly y: Matrix;
  /** Number of classes: 2 for binary tasks. */
  readonly classes: number;
}

/**
 * Throws unless `value` is a well-formed dataset: at least one sample, finite
 * features, `y` of shape n × 1 and every label an integer in [0, classes).
 *
 * @param name Name of the argument, for error messages.
 * @param value The dataset to check.
 *
 * @example A label outside the classes is caught
 * ```ts
 * import { fromRows, requireDataset } from "relu-lab";
 * import { expect } from "chai";
 *
 * const bad = { name: "t", x: fromRows([[0], [1]]), y: fromRows([[0], [2]]), classes: 2 };
 * expect(() => requireDataset("train", bad)).to.throw(RangeError, "train.y");
 * ```
 */
export function requireDataset(name: string, value: Dataset): void {
  if (value === null || typeof value !== "object" || typeof value.name !== "string") {
    throw new TypeError(`Expected ${name} to be a Dataset, received ${describe(value)}`);
  }
  requireInteger(`${name}.classes`, value.classes, 2);
  requireShape(`${name}.x`, value.x);
  requireShape(`${name}.y`, value.y, 1, value.x.rows);
  if (value.x.rows < 1) {
    throw new RangeError(`Expected ${name} to hold at least 1 sample, received 0`);
  }
  requireAllFinite(`${name}.x`, value.x.data);
  const labels = value.y.data;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= value.classes) {
      throw new RangeError(
        `Expected ${name}.y to hold class indices 0..${
          value.classes - 1
        }, received ${label} at row ${i}`,
      );
    }
  }
}

/**
 * Counts the samples of each class.
 *
 * @param dataset The dataset.
 * @returns `counts[c]` is the number of rows labelled `c`, for c in 0..classes-1.
 *
 * @example Two circles are split evenly
 * ```ts
 * import { circles, classCounts } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(classCounts(circles(0, { n: 10 }))).to.deep.equal([5, 5]);
 * ```
 */
export function classCounts(dataset: Dataset): number[] {
  requireDataset("dataset", dataset);
  const counts = new Array<number>(dataset.classes).fill(0);
  for (const label of dataset.y.data) counts[label]! += 1;
  return counts;
}

/**
 * Selects rows of a dataset, in the order given (indices may repeat).
 *
 * @param dataset The dataset.
 * @param indices Row indices, each an integer in [0, n); at least one.
 * @returns A new dataset with copies of those rows and the same name and classes.
 *
 * @example The first three samples
 * ```ts
 * import { moons, subset } from "relu-lab";
 * import { expect } from "chai";
 *
 * const first = subset(moons(1, { n: 50 }), [0, 1, 2]);
 * expect(first.x.rows).to.equal(3);
 * ```
 */
export function subset(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  requireDataset("dataset", dataset);
  if (indices === null || typeof indices !== "object" || typeof indices.length !== "number") {
    throw new TypeError(
      `Expected indices to be an array of row indices, received ${describe(indices)}`,
    );
  }
  requireInteger("indices.length", indices.length, 1);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r];
    if (!Number.isInteger(i) || i! < 0 || i! >= dataset.x.rows) {
      throw new RangeError(
        `Expected indices to be integers in [0, ${dataset.x.rows}), received ${i} at position ${r}`,
      );
    }
  }
  return {
    name: dataset.name,
    x: takeRows(dataset.x, indices),
    y: takeRows(dataset.y, indices),
    classes: dataset.classes,
  };
}

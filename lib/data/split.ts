/**
 * Seeded train/test splits, optionally stratified by class.
 *
 * @module
 */

import type { Rng } from "../core/random.ts";
import { describe, requireFinite } from "../core/_validate.ts";
import { type Dataset, requireDataset, subset } from "./dataset.ts";
import { _toRng } from "./_generate.ts";

/**
 * Options for {@linkcode trainTestSplit}.
 *
 * @example
 * ```ts
 * import { circles, trainTestSplit } from "relu-lab";
 * import type { SplitOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: SplitOptions = { testFraction: 0.25, rng: 1, stratify: true };
 * expect(trainTestSplit(circles(0, { n: 40 }), options).test.x.rows).to.equal(10);
 * ```
 */
export interface SplitOptions {
  /** Share of the samples that go to the test set, in (0, 1); the count is rounded up. @default 0.25 */
  testFraction?: number;
  /** Generator for the shuffle, or an integer seed for a new one (required). */
  rng: Rng | number;
  /** Keep each class's share the same in both parts (up to rounding). @default false */
  stratify?: boolean;
}

/**
 * A dataset split in two disjoint parts.
 *
 * @example
 * ```ts
 * import { circles, trainTestSplit } from "relu-lab";
 * import type { Split } from "relu-lab";
 * import { expect } from "chai";
 *
 * const { train, test }: Split = trainTestSplit(circles(0, { n: 20 }), { testFraction: 0.2, rng: 0 });
 * expect([train.x.rows, test.x.rows]).to.deep.equal([16, 4]);
 * ```
 */
export interface Split {
  /** The training part. */
  readonly train: Dataset;
  /** The test part: ceil(testFraction · n) samples. */
  readonly test: Dataset;
}

/** Splits `total` over groups of the given sizes in proportion (largest remainders, ties to the lower index). */
function _apportion(total: number, sizes: readonly number[]): number[] {
  const n = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((s) => (total * s) / n);
  const quota = exact.map(Math.floor);
  const order = exact.map((e, c) => [e - quota[c]!, c] as const).sort((a, b) =>
    b[0] - a[0] || a[1] - b[1]
  );
  const missing = total - quota.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) quota[order[k]![1]]! += 1;
  return quota;
}

/**
 * Shuffles a dataset and splits it into a training and a test part, as scikit-learn's
 * `train_test_split`: the test part gets ceil(testFraction · n) samples, the training part
 * the rest, both in shuffled order. With `stratify`, each class is split separately so both
 * parts keep the class proportions (the per-class test counts add up to the same total).
 *
 * @param dataset The dataset to split.
 * @param options Test share, generator and stratification.
 * @returns The two parts; they keep the dataset's name and number of classes.
 *
 * @example A stratified 80/20 split of 50 + 50 points
 * ```ts
 * import { classCounts, moons, trainTestSplit } from "relu-lab";
 * import { expect } from "chai";
 *
 * const { train, test } = trainTestSplit(moons(0, { n: 100 }), { testFraction: 0.2, rng: 7, stratify: true });
 * expect(classCounts(train)).to.deep.equal([40, 40]);
 * expect(classCounts(test)).to.deep.equal([10, 10]);
 * ```
 */
export function trainTestSplit(dataset: Dataset, options: SplitOptions): Split {
  requireDataset("dataset", dataset);
  const { testFraction = 0.25, stratify = false } = options ?? {};
  requireFinite("testFraction", testFraction);
  if (testFraction <= 0 || testFraction >= 1) {
    throw new RangeError(`Expected testFraction to be in (0, 1), received ${testFraction}`);
  }
  if (typeof stratify !== "boolean") {
    throw new TypeError(`Expected stratify to be a boolean, received ${describe(stratify)}`);
  }
  const rng = _toRng(options.rng);
  const n = dataset.x.rows;
  // At least 1; the epsilon keeps 0.7 · 100 = 70.00000000000001 from rounding up to 71.
  const testCount = Math.max(1, Math.ceil(testFraction * n - 1e-9));
  if (testCount >= n) {
    throw new RangeError(
      `Expected testFraction to leave at least 1 training sample of ${n}, received ${testFraction}`,
    );
  }
  const order = Array.from(rng.shuffle(Uint32Array.from({ length: n }, (_, i) => i)));
  if (!stratify) {
    return {
      train: subset(dataset, order.slice(testCount)),
      test: subset(dataset, order.slice(0, testCount)),
    };
  }
  const byClass: number[][] = Array.from({ length: dataset.classes }, () => []);
  for (const i of order) byClass[dataset.y.data[i]!]!.push(i);
  const quotas = _apportion(testCount, byClass.map((g) => g.length));
  const test = byClass.flatMap((g, c) => g.slice(0, quotas[c]));
  const train = byClass.flatMap((g, c) => g.slice(quotas[c]));
  return { train: subset(dataset, rng.shuffle(train)), test: subset(dataset, rng.shuffle(test)) };
}

/**
 * Datasets: seeded synthetic generators (circles, moons, spirals, XOR, blobs), the
 * Fashion-MNIST loader, a name → dataset registry, train/test splits and CSV files.
 *
 * @example Generate, split and count
 * ```ts
 * import { circles, classCounts, trainTestSplit } from "relu-lab";
 * import { expect } from "chai";
 *
 * const { train, test } = trainTestSplit(circles(0, { n: 100, noise: 0.1 }), {
 *   testFraction: 0.2,
 *   rng: 1,
 *   stratify: true,
 * });
 * expect(classCounts(test)).to.deep.equal([10, 10]);
 * expect(train.x.rows).to.equal(80);
 * ```
 *
 * @module
 */

export * from "./dataset.ts";
export * from "./circles.ts";
export * from "./moons.ts";
export * from "./spirals.ts";
export * from "./xor.ts";
export * from "./blobs.ts";
export * from "./split.ts";
export * from "./idx.ts";
export * from "./fashion_mnist.ts";
export * from "./registry.ts";
export * from "./csv.ts";

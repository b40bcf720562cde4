/**
 * One name → dataset registry, for everything that names a dataset in a string
 * (sweep grids, command-line flags, CSV columns).
 *
 * @module
 */

import type { Rng } from "../core/random.ts";
import { describe, requireOneOf } from "../core/_validate.ts";
import { blobs, type BlobsOptions } from "./blobs.ts";
import { circles, type CirclesOptions } from "./circles.ts";
import type { Dataset } from "./dataset.ts";
import { type FashionMnistOptions, loadFashionMnist } from "./fashion_mnist.ts";
import { moons, type MoonsOptions } from "./moons.ts";
import { spirals, type SpiralsOptions } from "./spirals.ts";
import { xor, type XorOptions } from "./xor.ts";

/**
 * The names {@linkcode datasetByName} knows.
 *
 * @example
 * ```ts
 * import { DATASET_NAMES } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(DATASET_NAMES).to.include("fashion-mnist");
 * ```
 */
export const DATASET_NAMES = [
  "circles",
  "moons",
  "spirals",
  "xor",
  "blobs",
  "fashion-mnist",
] as const;

/**
 * A registered dataset name.
 *
 * @example
 * ```ts
 * import { datasetByName } from "relu-lab";
 * import type { DatasetName } from "relu-lab";
 * import { expect } from "chai";
 *
 * const name: DatasetName = "spirals";
 * expect((await datasetByName(name, { rng: 0, n: 10 })).name).to.equal("spirals");
 * ```
 */
export type DatasetName = typeof DATASET_NAMES[number];

/**
 * Options for {@linkcode datasetByName}: `rng` plus the named dataset's own options.
 *
 * @example The named dataset's own options, and its rng
 * ```ts
 * import { datasetByName } from "relu-lab";
 * import type { DatasetByNameOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: DatasetByNameOptions = { rng: 3, n: 40, noise: 0.2 };
 * expect((await datasetByName("moons", options)).x.rows).to.equal(40);
 * ```
 */
export interface DatasetByNameOptions {
  /** Generator or integer seed; required by the synthetic datasets, ignored by `"fashion-mnist"`. @default none */
  rng?: Rng | number;
  /** Any option of the named dataset's function (e.g. `n`, `noise`, `factor`, `limit`); others are rejected. */
  [option: string]: unknown;
}

/** How to build one registered dataset. */
interface _Entry {
  /** The option names its function accepts (besides `rng`). */
  readonly options: readonly string[];
  /** Builds it; option values are checked by the dataset's own function. */
  make(rng: Rng | number, options: Record<string, unknown>): Dataset | Promise<Dataset>;
}

const _GENERATED = ["n", "noise", "dtype"];

const _REGISTRY: Readonly<Record<DatasetName, _Entry>> = {
  circles: {
    options: [..._GENERATED, "factor"],
    make: (rng, o) => circles(rng, o as CirclesOptions),
  },
  moons: { options: _GENERATED, make: (rng, o) => moons(rng, o as MoonsOptions) },
  spirals: {
    options: [..._GENERATED, "turns"],
    make: (rng, o) => spirals(rng, o as SpiralsOptions),
  },
  xor: { options: [..._GENERATED, "layout"], make: (rng, o) => xor(rng, o as XorOptions) },
  blobs: {
    options: ["n", "centers", "features", "std", "centerBox", "dtype"],
    make: (rng, o) => blobs(rng, o as BlobsOptions),
  },
  "fashion-mnist": {
    options: ["split", "limit", "dir", "fallback", "dtype"],
    make: (_rng, o) => loadFashionMnist(o as FashionMnistOptions),
  },
};

/**
 * Builds or loads a dataset by name: `"circles"`, `"moons"`, `"spirals"`, `"xor"` and
 * `"blobs"` call the generator of that name with `rng` and the other options;
 * `"fashion-mnist"` calls {@linkcode loadFashionMnist}.
 *
 * @param name One of {@linkcode DATASET_NAMES}.
 * @param options `rng` and the dataset's own options.
 * @returns The dataset (a promise, since Fashion-MNIST is read from disk).
 * @throws {RangeError} For an unknown name (listing the valid ones) or an option the
 * dataset does not take (listing the ones it does).
 *
 * @example The same circles as calling the generator
 * ```ts
 * import { circles, datasetByName } from "relu-lab";
 * import { expect } from "chai";
 *
 * const ds = await datasetByName("circles", { rng: 3, n: 50, noise: 0.1 });
 * expect(ds.x.data).to.deep.equal(circles(3, { n: 50, noise: 0.1 }).x.data);
 * ```
 */
export async function datasetByName(
  name: string,
  options: DatasetByNameOptions = {},
): Promise<Dataset> {
  requireOneOf("name", name, DATASET_NAMES);
  if (options === null || typeof options !== "object") {
    throw new TypeError(`Expected options to be an object, received ${describe(options)}`);
  }
  const entry = _REGISTRY[name];
  const { rng, ...rest } = options;
  for (const key of Object.keys(rest)) {
    if (!entry.options.includes(key)) {
      throw new RangeError(
        `Expected options for "${name}" to be rng or one of ${
          entry.options.join(", ")
        }, received "${key}"`,
      );
    }
  }
  return await entry.make(rng as Rng | number, rest);
}

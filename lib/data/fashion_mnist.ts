/**
 * Fashion-MNIST (Zalando Research): 60,000 training and 10,000 test images of clothing,
 * 28×28 grey levels, 10 classes. The loader reads the four standard IDX files, gzipped or
 * not, from the first place that has them.
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { type Dtype, zeros } from "../core/matrix.ts";
import { describe, requireInteger, requireOneOf } from "../core/_validate.ts";
import type { Dataset } from "./dataset.ts";
import { readIdx } from "./idx.ts";

/**
 * Which part of Fashion-MNIST to load.
 *
 * @example
 * ```ts
 * import { FASHION_MNIST_FILES } from "relu-lab";
 * import type { FashionMnistSplit } from "relu-lab";
 * import { expect } from "chai";
 *
 * const split: FashionMnistSplit = "test";
 * expect(FASHION_MNIST_FILES[split].images).to.equal("t10k-images-idx3-ubyte");
 * ```
 */
export type FashionMnistSplit = "train" | "test";

/**
 * The class names, by label.
 *
 * @example
 * ```ts
 * import { FASHION_MNIST_CLASSES } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect([FASHION_MNIST_CLASSES[0], FASHION_MNIST_CLASSES[9]]).to.deep.equal(["T-shirt/top", "Ankle boot"]);
 * ```
 */
export const FASHION_MNIST_CLASSES: readonly string[] = [
  "T-shirt/top",
  "Trouser",
  "Pullover",
  "Dress",
  "Coat",
  "Sandal",
  "Shirt",
  "Sneaker",
  "Bag",
  "Ankle boot",
];

/**
 * The file names of each split (each may also end in `.gz`).
 *
 * @example
 * ```ts
 * import { FASHION_MNIST_FILES } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(FASHION_MNIST_FILES.test.labels).to.equal("t10k-labels-idx1-ubyte");
 * ```
 */
export const FASHION_MNIST_FILES: Readonly<
  Record<FashionMnistSplit, { images: string; labels: string }>
> = {
  train: { images: "train-images-idx3-ubyte", labels: "train-labels-idx1-ubyte" },
  test: { images: "t10k-images-idx3-ubyte", labels: "t10k-labels-idx1-ubyte" },
};

/**
 * The project's own copy: `data/fashion-mnist/` at the repository root (where `deno task data` writes).
 *
 * @example
 * ```ts
 * import { FASHION_MNIST_DIR } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(FASHION_MNIST_DIR).to.match(/data\/fashion-mnist$/);
 * ```
 */
export const FASHION_MNIST_DIR: string = fileURLToPath(
  new URL("../../data/fashion-mnist", import.meta.url),
);

/**
 * Where Debian's `dataset-fashion-mnist` package installs the gzipped files.
 *
 * @example
 * ```ts
 * import { FASHION_MNIST_DEBIAN_DIR } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(FASHION_MNIST_DEBIAN_DIR).to.equal("/usr/share/datasets/fashion-mnist");
 * ```
 */
export const FASHION_MNIST_DEBIAN_DIR: string = "/usr/share/datasets/fashion-mnist";

/**
 * Thrown when a dataset's files are nowhere to be found; the message says how to get them.
 *
 * @example
 * ```ts
 * import { DatasetNotFoundError } from "relu-lab";
 * import { expect } from "chai";
 *
 * const error = new DatasetNotFoundError("Fashion-MNIST not found: run deno task data");
 * expect([error.name, error instanceof Error]).to.deep.equal(["DatasetNotFoundError", true]);
 * ```
 */
export class DatasetNotFoundError extends Error {
  /** The error's name, `"DatasetNotFoundError"`. */
  override name = "DatasetNotFoundError";
}

/**
 * Options for {@linkcode loadFashionMnist} and {@linkcode findFashionMnist}.
 *
 * @example Where to look, and how much to keep
 * ```ts
 * import { DatasetNotFoundError, loadFashionMnist } from "relu-lab";
 * import type { FashionMnistOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: FashionMnistOptions = { split: "test", limit: 100, dir: "/nonexistent", fallback: false };
 * let error: unknown;
 * await loadFashionMnist(options).catch((e) => (error = e));
 * expect(error).to.be.instanceOf(DatasetNotFoundError);
 * ```
 */
export interface FashionMnistOptions {
  /** `"train"` (60,000 images) or `"test"` (10,000). @default "train" */
  split?: FashionMnistSplit;
  /** Keep only the first `limit` images, an integer in [1, size of the split]. @default all */
  limit?: number;
  /** A directory to look in first, before `data/fashion-mnist/` and Debian's location. @default none */
  dir?: string;
  /** Look in `data/fashion-mnist/` and Debian's location when `dir` lacks the files. @default true */
  fallback?: boolean;
  /** Storage type of `x` and `y`. @default "float32" */
  dtype?: Dtype;
}

/** Returns `path` if it names an existing file, `path.gz` if that exists, else undefined. */
async function _existing(path: string): Promise<string | undefined> {
  for (const candidate of [`${path}.gz`, path]) {
    try {
      if ((await Deno.stat(candidate)).isFile) return candidate;
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  }
  return undefined;
}

/**
 * Finds a split's image and label files: in `dir` if given, then (unless `fallback` is
 * false) in the project's `data/fashion-mnist/`, then in Debian's
 * `/usr/share/datasets/fashion-mnist/`.
 *
 * @param options The split, an optional directory to try first, and whether to fall back.
 * @returns Paths of the image and label files, from the first directory holding both.
 * @throws {DatasetNotFoundError} If no directory has both; the message lists where it
 * looked and how to get the data.
 *
 * @example Without fallback, only `dir` is searched
 * ```ts
 * import { DatasetNotFoundError, findFashionMnist } from "relu-lab";
 * import { expect } from "chai";
 *
 * const search = findFashionMnist({ split: "test", dir: "/nonexistent", fallback: false });
 * const error = await search.catch((e) => e);
 * expect(error).to.be.instanceOf(DatasetNotFoundError);
 * expect(error.message).to.include("sudo apt-get install dataset-fashion-mnist");
 * ```
 */
export async function findFashionMnist(
  options: Pick<FashionMnistOptions, "split" | "dir" | "fallback"> = {},
): Promise<{ images: string; labels: string }> {
  const { split = "train", dir, fallback = true } = options;
  requireOneOf("split", split, ["train", "test"]);
  if (dir !== undefined && typeof dir !== "string") {
    throw new TypeError(`Expected dir to be a directory path, received ${describe(dir)}`);
  }
  if (typeof fallback !== "boolean") {
    throw new TypeError(`Expected fallback to be a boolean, received ${describe(fallback)}`);
  }
  const dirs = [
    ...(dir === undefined ? [] : [dir]),
    ...(fallback ? [FASHION_MNIST_DIR, FASHION_MNIST_DEBIAN_DIR] : []),
  ];
  const names = FASHION_MNIST_FILES[split];
  for (const d of dirs) {
    const images = await _existing(`${d}/${names.images}`);
    const labels = await _existing(`${d}/${names.labels}`);
    if (images && labels) return { images, labels };
  }
  throw new DatasetNotFoundError(
    `Fashion-MNIST (${split} split) not found: looked for ${names.images}[.gz] and ${names.labels}[.gz] in ${
      dirs.join(", ")
    }. Get it with either\n  sudo apt-get install dataset-fashion-mnist   (Debian/Ubuntu: installs into ${FASHION_MNIST_DEBIAN_DIR})\n  deno task data                               (downloads into data/fashion-mnist/)`,
  );
}

/**
 * Loads Fashion-MNIST as a dataset: each row one image's 784 pixels, row by row, scaled
 * from 0..255 to [0, 1]; labels 0..9 (see {@linkcode FASHION_MNIST_CLASSES}).
 *
 * @param options Split, limit, directory and dtype.
 * @returns A dataset named `"fashion-mnist"` with 784 features and 10 classes.
 * @throws {DatasetNotFoundError} If the files are missing (see {@linkcode findFashionMnist}).
 *
 * @example The first 100 test images, if the data is installed
 * ```ts
 * import { DatasetNotFoundError, loadFashionMnist } from "relu-lab";
 * import { expect } from "chai";
 *
 * try {
 *   const ds = await loadFashionMnist({ split: "test", limit: 100 });
 *   expect([ds.x.rows, ds.x.cols, ds.classes]).to.deep.equal([100, 784, 10]);
 * } catch (error) {
 *   expect(error).to.be.instanceOf(DatasetNotFoundError);
 * }
 * ```
 */
export async function loadFashionMnist(options: FashionMnistOptions = {}): Promise<Dataset> {
  const { limit, dtype = "float32" } = options;
  requireOneOf("dtype", dtype, ["float32", "float64"]);
  const paths = await findFashionMnist(options);
  const images = await readIdx(await Deno.readFile(paths.images), paths.images);
  const labels = await readIdx(await Deno.readFile(paths.labels), paths.labels);
  const [count = 0, height, width] = images.dims;
  if (images.dims.length !== 3 || height !== 28 || width !== 28) {
    throw new RangeError(
      `Expected ${paths.images} to hold n × 28 × 28 images, received ${images.dims.join(" × ")}`,
    );
  }
  if (labels.dims.length !== 1 || labels.dims[0] !== count) {
    throw new RangeError(
      `Expected ${paths.labels} to hold ${count} labels, received dimensions ${
        labels.dims.join(" × ")
      }`,
    );
  }
  const n = limit ?? count;
  requireInteger("limit", n, 1);
  if (n > count) throw new RangeError(`Expected limit to be at most ${count}, received ${n}`);
  const pixels = 28 * 28;
  const x = zeros(n, pixels, dtype);
  const y = zeros(n, 1, dtype);
  for (let i = 0; i < n * pixels; i++) x.data[i] = images.data[i]! / 255;
  for (let i = 0; i < n; i++) {
    const label = labels.data[i]!;
    if (label > 9) {
      throw new RangeError(
        `Expected ${paths.labels} to hold labels 0..9, received ${label} at index ${i}`,
      );
    }
    y.data[i] = label;
  }
  return { name: "fashion-mnist", x, y, classes: 10 };
}

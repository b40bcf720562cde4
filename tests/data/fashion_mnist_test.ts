import { expect } from "chai";
import {
  classCounts,
  DatasetNotFoundError,
  FASHION_MNIST_FILES,
  findFashionMnist,
  loadFashionMnist,
} from "relu-lab";
import { gzip, idxBytes, tempDir } from "./_idx_files.ts";
import { realFashionMnistTest } from "../_fashion_mnist_gate.ts";

const PIXELS = 28 * 28;
const LABELS = [9, 0, 3];

/** Pixel `i` of fixture image `k`. */
const pixel = (k: number, i: number) => (k * 7 + i) % 256;

/**
 * Writes a 3-image fixture for `split` into a temp dir, gzipped or plain; `tamper`
 * may change the image dimensions and labels first.
 */
async function fixture(
  split: "train" | "test",
  packed: boolean,
  tamper: { dims?: number[]; labels?: number[] } = {},
): Promise<string> {
  const { dims = [3, 28, 28], labels = LABELS } = tamper;
  const dir = await tempDir();
  const images = Array.from(
    { length: 3 * PIXELS },
    (_, j) => pixel(Math.floor(j / PIXELS), j % PIXELS),
  );
  const names = FASHION_MNIST_FILES[split];
  const files: Array<[string, Uint8Array]> = [
    [names.images, idxBytes(dims, images.slice(0, dims.reduce((a, b) => a * b, 1)))],
    [names.labels, idxBytes([labels.length], labels)],
  ];
  for (const [name, bytes] of files) {
    await Deno.writeFile(
      `${dir}/${name}${packed ? ".gz" : ""}`,
      packed ? await gzip(bytes) : bytes,
    );
  }
  return dir;
}

Deno.test("loadFashionMnist() reads a plain or gzipped IDX fixture from dir, pixels scaled to [0, 1]", async () => {
  for (const [split, packed] of [["train", false], ["test", true]] as const) {
    const dir = await fixture(split, packed);
    const ds = await loadFashionMnist({ split, dir, fallback: false, dtype: "float64" });
    expect([ds.name, ds.x.rows, ds.x.cols, ds.classes]).to.deep.equal([
      "fashion-mnist",
      3,
      PIXELS,
      10,
    ]);
    expect(Array.from(ds.y.data)).to.deep.equal(LABELS);
    for (const [k, i] of [[0, 0], [1, 100], [2, 783], [2, 250]]) {
      expect(ds.x.data[k! * PIXELS + i!]).to.equal(pixel(k!, i!) / 255);
    }
    expect(ds.y.data).to.be.instanceOf(Float64Array);
    expect((await loadFashionMnist({ split, dir })).x.data, "float32 by default").to.be.instanceOf(
      Float32Array,
    );
  }
});

Deno.test("loadFashionMnist() keeps only the first limit images", async () => {
  const dir = await fixture("train", true);
  const ds = await loadFashionMnist({ dir, limit: 2, fallback: false });
  expect(ds.x.rows).to.equal(2);
  expect(Array.from(ds.y.data)).to.deep.equal(LABELS.slice(0, 2));
});

Deno.test("loadFashionMnist() rejects a bad limit, split, dtype, dir or fallback, naming it", async () => {
  const dir = await fixture("train", false);
  const cases: Array<[Record<string, unknown>, string | RegExp]> = [
    [{ limit: 0 }, "Expected limit to be an integer >= 1, received 0"],
    [{ limit: 1.5 }, "Expected limit to be an integer, received 1.5"],
    [{ limit: 4 }, "Expected limit to be at most 3, received 4"],
    [{ split: "valid" }, 'Expected split to be one of "train", "test", received "valid"'],
    [{ dtype: "int8" }, 'received "int8"'],
    [{ dir: 3 }, "Expected dir to be a directory path, received 3"],
    [{ fallback: "no" }, 'Expected fallback to be a boolean, received "no"'],
  ];
  for (const [options, message] of cases) {
    const error = await loadFashionMnist({ dir, fallback: false, ...options }).catch((e) => e);
    expect(error).to.satisfy((e: unknown) => e instanceof TypeError || e instanceof RangeError);
    expect(error.message).to.include(message);
  }
});

Deno.test("loadFashionMnist() names the file when its shape or labels are wrong", async () => {
  const cases: Array<[{ dims?: number[]; labels?: number[] }, string]> = [
    [
      { dims: [3, 28, 27] },
      "images-idx3-ubyte.gz to hold n × 28 × 28 images, received 3 × 28 × 27",
    ],
    [{ labels: [1, 2] }, "labels-idx1-ubyte.gz to hold 3 labels, received dimensions 2"],
    [{ labels: [1, 10, 2] }, "labels-idx1-ubyte.gz to hold labels 0..9, received 10 at index 1"],
  ];
  for (const [tamper, message] of cases) {
    const dir = await fixture("test", true, tamper);
    const error = await loadFashionMnist({ split: "test", dir, fallback: false }).catch((e) => e);
    expect(error).to.be.instanceOf(RangeError);
    expect(error.message).to.include(`${dir}/t10k-`).and.include(message);
  }
});

Deno.test("findFashionMnist() says where it looked and how to get the data, when the files are missing", async () => {
  const dir = await tempDir();
  await Deno.writeFile(`${dir}/${FASHION_MNIST_FILES.train.images}`, idxBytes([0, 28, 28], []));
  const error = await findFashionMnist({ dir, fallback: false }).catch((e) => e);
  expect(error).to.be.instanceOf(DatasetNotFoundError);
  expect(error.message)
    .to.include("Fashion-MNIST (train split) not found")
    .and.include(`in ${dir}.`)
    .and.include("sudo apt-get install dataset-fashion-mnist")
    .and.include("deno task data");
});

Deno.test("findFashionMnist() prefers dir, then falls back to the other locations", async () => {
  const dir = await fixture("test", false);
  expect(await findFashionMnist({ split: "test", dir })).to.deep.equal({
    images: `${dir}/t10k-images-idx3-ubyte`,
    labels: `${dir}/t10k-labels-idx1-ubyte`,
  });
  const elsewhere = await findFashionMnist({ split: "test", dir: `${dir}/missing` }).catch((e) =>
    e
  );
  if (!(elsewhere instanceof DatasetNotFoundError)) expect(elsewhere.images).to.not.include(dir);
});

// The real data: 60,000 + 10,000 images, read from data/fashion-mnist/ or Debian's package.
Deno.test(realFashionMnistTest(
  "loadFashionMnist() loads the real 60,000 training and 10,000 test images",
  async () => {
    for (const [split, n] of [["train", 60000], ["test", 10000]] as const) {
      const ds = await loadFashionMnist({ split });
      expect([ds.x.rows, ds.x.cols, ds.y.rows, ds.classes]).to.deep.equal([n, PIXELS, n, 10]);
      expect(classCounts(ds), "balanced classes").to.deep.equal(new Array(10).fill(n / 10));
      let [low, high] = [Infinity, -Infinity];
      for (const v of ds.x.data) {
        if (v < low) low = v;
        if (v > high) high = v;
      }
      expect([low, high]).to.deep.equal([0, 1]);
    }
  },
));

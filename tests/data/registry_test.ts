import { expect } from "chai";
import {
  blobs,
  circles,
  DATASET_NAMES,
  datasetByName,
  type DatasetByNameOptions,
  FASHION_MNIST_FILES,
  moons,
  spirals,
  xor,
} from "relu-lab";
import { gzip, idxBytes, tempDir } from "./_idx_files.ts";

Deno.test("datasetByName() builds each synthetic dataset exactly as its generator", async () => {
  const cases: Array<[string, DatasetByNameOptions, () => unknown]> = [
    [
      "circles",
      { rng: 1, n: 30, noise: 0.1, factor: 0.4 },
      () => circles(1, { n: 30, noise: 0.1, factor: 0.4 }),
    ],
    [
      "moons",
      { rng: 2, n: 31, noise: 0.2, dtype: "float64" },
      () => moons(2, { n: 31, noise: 0.2, dtype: "float64" }),
    ],
    ["spirals", { rng: 3, n: 32, turns: 3 }, () => spirals(3, { n: 32, turns: 3 })],
    [
      "xor",
      { rng: 4, n: 33, layout: "blobs", noise: 0.3 },
      () => xor(4, { n: 33, layout: "blobs", noise: 0.3 }),
    ],
    [
      "blobs",
      { rng: 5, n: 34, centers: 4, features: 3, std: 2 },
      () => blobs(5, { n: 34, centers: 4, features: 3, std: 2 }),
    ],
  ];
  for (const [name, options, direct] of cases) {
    expect(await datasetByName(name, options), name).to.deep.equal(direct());
  }
});

Deno.test("datasetByName() loads fashion-mnist with the loader's options, ignoring rng", async () => {
  const dir = await tempDir();
  const names = FASHION_MNIST_FILES.test;
  await Deno.writeFile(
    `${dir}/${names.images}.gz`,
    await gzip(idxBytes([2, 28, 28], new Uint8Array(2 * 784).fill(51))),
  );
  await Deno.writeFile(`${dir}/${names.labels}`, idxBytes([2], [4, 7]));
  const ds = await datasetByName("fashion-mnist", {
    rng: 9,
    split: "test",
    dir,
    fallback: false,
    limit: 1,
  });
  expect([ds.name, ds.x.rows, ds.classes, ds.y.data[0], ds.x.data[0]]).to.deep.equal([
    "fashion-mnist",
    1,
    10,
    4,
    Math.fround(51 / 255),
  ]);
});

Deno.test("datasetByName() lists the valid names for an unknown one", async () => {
  const error = await datasetByName("circle").catch((e) => e);
  expect(error).to.be.instanceOf(RangeError);
  expect(error.message).to.equal(
    `Expected name to be one of ${
      DATASET_NAMES.map((n) => `"${n}"`).join(", ")
    }, received "circle"`,
  );
});

Deno.test("datasetByName() lists the dataset's options for an unknown one", async () => {
  const error = await datasetByName("moons", { rng: 0, factor: 0.5 }).catch((e) => e);
  expect(error).to.be.instanceOf(RangeError);
  expect(error.message).to.equal(
    'Expected options for "moons" to be rng or one of n, noise, dtype, received "factor"',
  );
});

Deno.test("datasetByName() passes bad values and a missing rng on to the generator's checks", async () => {
  for (
    const [options, message] of [
      [{ n: 10 }, "Expected rng to be an Rng or an integer seed, received undefined"],
      [{ rng: 0, noise: -1 }, "Expected noise to be a finite number >= 0, received -1"],
    ] as const
  ) {
    const error = await datasetByName("spirals", options).catch((e) => e);
    expect(error.message).to.equal(message);
  }
  const error = await datasetByName("xor", null as unknown as DatasetByNameOptions).catch((e) => e);
  expect(error).to.be.instanceOf(TypeError);
  expect(error.message).to.equal("Expected options to be an object, received null");
});

import { expect } from "chai";
import fc from "fast-check";
import { blobs, classCounts, toRows } from "relu-lab";
import { checkGenerator, expectBadInput, type Generate } from "./_generator_checks.ts";

// Two centres, so that every size n >= 2 the shared checks draw is valid.
checkGenerator("blobs", ((rng, options) => blobs(rng, { centers: 2, ...options })) as Generate, {
  noiseKey: "std",
});

Deno.test("blobs() splits n over k centres as make_blobs, one class per centre", () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 50 }), (k, extra) => {
      const n = k + extra;
      const counts = classCounts(blobs(n, { n, centers: k }));
      expect(counts.length).to.equal(k);
      counts.forEach((c, i) => expect(c).to.equal(Math.floor(n / k) + (i < n % k ? 1 : 0)));
    }),
    { numRuns: 50 },
  );
});

Deno.test("blobs() draws random centres inside centerBox, in the requested number of features", () => {
  const ds = blobs(3, {
    n: 30,
    centers: 5,
    features: 3,
    std: 0,
    centerBox: [2, 4],
    dtype: "float64",
  });
  expect(ds.x.cols).to.equal(3);
  const centres = new Set(toRows(ds.x).map((r) => r.join(",")));
  expect(centres.size).to.equal(5);
  for (const v of ds.x.data) expect(v).to.be.within(2, 4);
});

Deno.test("blobs() centres each class on its given centre, with spread std", () => {
  const centers = [[0, 0, 0], [10, 0, -5]];
  const ds = blobs(8, { n: 4000, centers, std: 0.5, dtype: "float64" });
  expect(ds.x.cols).to.equal(3);
  centers.forEach((centre, c) => {
    const rows = toRows(ds.x).filter((_, i) => ds.y.data[i] === c);
    centre.forEach((m, j) => {
      const values = rows.map((r) => r[j]!);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
      expect(mean).to.be.closeTo(m, 0.05);
      expect(std).to.be.closeTo(0.5, 0.03);
    });
  });
});

Deno.test("blobs() rejects bad centres, features, centerBox and too few points", () => {
  expectBadInput(() => blobs(0, { centers: 1 }), "centers", "1");
  expectBadInput(() => blobs(0, { centers: 2.5 }), "centers", "2.5");
  expectBadInput(() => blobs(0, { centers: [[0, 0]] }), "centers", "an array of length 1");
  expectBadInput(() => blobs(0, { centers: [[0, 0], [1]] }), "centers[1]", "an array of length 1");
  expectBadInput(() => blobs(0, { centers: [[0, 0], [1, NaN]] }), "centers[1]", "NaN");
  expectBadInput(
    () => blobs(0, { centers: [[0, 0], [1, 1]], features: 3 }),
    "centers[0]",
    "an array of length 2",
  );
  expectBadInput(() => blobs(0, { features: 0 }), "features", "0");
  expectBadInput(() => blobs(0, { centerBox: [1, 1] }), "centerBox", "[1, 1]");
  expectBadInput(() => blobs(0, { centerBox: [0, Infinity] }), "centerBox[1]", "Infinity");
  expectBadInput(() => blobs(0, { n: 3, centers: 4 }), "n", "3");
});

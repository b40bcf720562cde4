import { expect } from "chai";
import fc from "fast-check";
import { classCounts, toRows, xor } from "relu-lab";
import { checkGenerator, expectBadInput, type Generate } from "./_generator_checks.ts";

checkGenerator("xor", xor as Generate, { variant: ", in the uniform layout" });
checkGenerator("xor", ((rng, options) => xor(rng, { layout: "blobs", ...options })) as Generate, {
  variant: ", in the blobs layout",
});

Deno.test("xor() labels a point 1 exactly when its coordinates have opposite signs, in the uniform layout", () => {
  const ds = xor(2, { n: 2000, dtype: "float64" });
  const rows = toRows(ds.x);
  rows.forEach(([a, b], i) => expect(ds.y.data[i]).to.equal(a! * b! < 0 ? 1 : 0));
  for (const v of ds.x.data) expect(v).to.be.within(-1, 1);
  const quadrants = new Set(rows.map(([a, b]) => `${Math.sign(a!)},${Math.sign(b!)}`));
  expect(quadrants.size).to.equal(4);
  const [zeros, ones] = classCounts(ds);
  expect(zeros! / 2000).to.be.closeTo(0.5, 0.05);
  expect(ones! / 2000).to.be.closeTo(0.5, 0.05);
});

Deno.test("xor() with n = 4 blobs and no noise is the four-point XOR truth table", () => {
  const ds = xor(0, { n: 4, layout: "blobs" });
  const table = toRows(ds.x).map(([a, b], i) => [a, b, ds.y.data[i]]);
  expect(table).to.have.deep.members([[0.5, 0.5, 0], [-0.5, 0.5, 1], [-0.5, -0.5, 0], [
    0.5,
    -0.5,
    1,
  ]]);
});

Deno.test("xor() splits blobs evenly over the quadrants, so the classes differ by at most 1", () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 200 }), (n) => {
      const ds = xor(n, { n, layout: "blobs", noise: 0.1 });
      const [zeros, ones] = classCounts(ds);
      expect(zeros! - ones!).to.be.within(0, 1);
    }),
    { numRuns: 50 },
  );
});

Deno.test("xor() keeps a blob point's label from its quadrant centre, even when noise moves it across an axis", () => {
  const ds = xor(4, { n: 400, layout: "blobs", noise: 0.5, dtype: "float64" });
  const rows = toRows(ds.x);
  const crossed = rows.filter(([a, b], i) => (a! * b! < 0 ? 1 : 0) !== ds.y.data[i]);
  expect(crossed.length).to.be.greaterThan(0);
});

Deno.test("xor() rejects an unknown layout", () => {
  expectBadInput(() => xor(0, { layout: "grid" as "blobs" }), "layout", '"grid"');
});

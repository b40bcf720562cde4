import { expect } from "chai";
import { classCounts, moons, toRows } from "relu-lab";
import { checkGenerator, type Generate } from "./_generator_checks.ts";

checkGenerator("moons", moons as Generate);

Deno.test("moons() puts n // 2 points on the upper unit half circle and the rest on the shifted lower one, when noiseless", () => {
  for (const n of [2, 3, 9, 100]) {
    const ds = moons(n, { n, dtype: "float64" });
    const upper = Math.floor(n / 2);
    expect(classCounts(ds)).to.deep.equal([upper, n - upper]);
    toRows(ds.x).forEach(([a, b], i) => {
      const [cx, cy, sign] = ds.y.data[i] === 0 ? [0, 0, 1] : [1, 0.5, -1];
      expect(Math.hypot(a! - cx, b! - cy)).to.be.closeTo(1, 1e-12);
      expect(sign * (b! - cy)).to.be.at.least(-1e-12);
    });
  }
});

Deno.test("moons() includes both ends of each half circle, as numpy's linspace", () => {
  const rows = toRows(moons(0, { n: 10, dtype: "float64" }).x).map((r) =>
    r.map((v) => Math.round(v * 1e9) / 1e9 + 0)
  );
  for (const end of [[1, 0], [-1, 0], [0, 0.5], [2, 0.5]]) expect(rows).to.deep.include(end);
});

import { expect } from "chai";
import { circles, classCounts, toRows } from "relu-lab";
import { checkGenerator, expectBadInput, type Generate } from "./_generator_checks.ts";

checkGenerator("circles", circles as Generate);

/** Sorted polar angles in [0, 2π) of the given points. */
function angles(points: number[][]): number[] {
  return points.map(([a, b]) => (Math.atan2(b!, a!) + 2 * Math.PI) % (2 * Math.PI)).sort((p, q) =>
    p - q
  );
}

Deno.test("circles() puts n // 2 evenly spaced points on the unit circle and the rest on radius factor, when noiseless", () => {
  for (const n of [2, 3, 8, 101]) {
    const ds = circles(n, { n, factor: 0.3, dtype: "float64" });
    const outer = Math.floor(n / 2);
    expect(classCounts(ds)).to.deep.equal([outer, n - outer]);
    const rows = toRows(ds.x);
    for (const [label, radius, count] of [[0, 1, outer], [1, 0.3, n - outer]] as const) {
      const points = rows.filter((_, i) => ds.y.data[i] === label);
      for (const [a, b] of points) expect(Math.hypot(a!, b!)).to.be.closeTo(radius, 1e-12);
      const theta = angles(points);
      expect(theta[0]).to.be.closeTo(0, 1e-12);
      theta.slice(1).forEach((t, i) =>
        expect(t - theta[i]!).to.be.closeTo((2 * Math.PI) / count, 1e-9)
      );
    }
  }
});

Deno.test("circles() shuffles, so the labels are not sorted", () => {
  const labels = Array.from(circles(1, { n: 100 }).y.data);
  expect(labels).to.not.deep.equal([...labels].sort());
});

Deno.test("circles() rejects a factor outside (0, 1)", () => {
  for (
    const [factor, shown] of [[0, "0"], [1, "1"], [1.5, "1.5"], [-0.2, "-0.2"], [NaN, "NaN"], [
      "0.5",
      '"0.5"',
    ]]
  ) {
    expectBadInput(() => circles(0, { factor: factor as number }), "factor", shown as string);
  }
});

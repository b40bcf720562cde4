import { expect } from "chai";
import { classCounts, spirals, toRows } from "relu-lab";
import { checkGenerator, expectBadInput, type Generate } from "./_generator_checks.ts";

checkGenerator("spirals", spirals as Generate);

Deno.test("spirals() puts arm k at angle 2π·turns·r + kπ for radii evenly spaced over (0, 1], when noiseless", () => {
  for (const [n, turns] of [[2, 1], [7, 0.5], [100, 2.25]] as const) {
    const ds = spirals(1, { n, turns, dtype: "float64" });
    const sizes = [Math.floor(n / 2), n - Math.floor(n / 2)];
    expect(classCounts(ds)).to.deep.equal(sizes);
    const radii: number[][] = [[], []];
    toRows(ds.x).forEach(([a, b], i) => {
      const arm = ds.y.data[i]!;
      const r = Math.hypot(a!, b!);
      const angle = 2 * Math.PI * turns * r + arm * Math.PI;
      expect(a).to.be.closeTo(r * Math.cos(angle), 1e-12);
      expect(b).to.be.closeTo(r * Math.sin(angle), 1e-12);
      radii[arm]!.push(r);
    });
    radii.forEach((rs, arm) => {
      const m = sizes[arm]!;
      const sorted = rs.sort((p, q) => p - q);
      sorted.forEach((r, i) => expect(r).to.be.closeTo((i + 1) / m, 1e-12));
    });
  }
});

Deno.test("spirals() rejects turns that are not a positive number", () => {
  for (const [turns, shown] of [[0, "0"], [-1, "-1"], [NaN, "NaN"], ["2", '"2"']]) {
    expectBadInput(() => spirals(0, { turns: turns as number }), "turns", shown as string);
  }
});

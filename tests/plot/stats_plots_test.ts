import { expect } from "chai";
import { barWithCI, distributionPlot } from "relu-lab/plot";

Deno.test("barWithCI() turns intervals into asymmetric error bars", () => {
  const fig = barWithCI([
    { name: "relu", value: 0.8, low: 0.7, high: 0.85 },
    { name: "leaky_relu(0.1)", value: 0.82, low: 0.8, high: 0.9 },
  ], { yTitle: "accuracy", ciLabel: "90% CI" });
  const bar = fig.data[0]!;
  expect(bar.type).to.equal("bar");
  expect(bar.x).to.deep.equal(["relu", "leaky_relu(0.1)"]);
  const err = bar.error_y as { array: number[]; arrayminus: number[]; symmetric: boolean };
  expect(err.symmetric).to.equal(false);
  expect(err.array.map((v) => +v.toFixed(12))).to.deep.equal([0.05, 0.08]);
  expect(err.arrayminus.map((v) => +v.toFixed(12))).to.deep.equal([0.1, 0.02]);
  expect(fig.layout.yaxis?.title?.text).to.equal("accuracy");
});

Deno.test("barWithCI() rejects an interval that does not contain its estimate", () => {
  expect(() => barWithCI([{ name: "a", value: 1, low: 2, high: 3 }]))
    .to.throw(RangeError, /estimates\[0\].*low ≤ value ≤ high/);
  expect(() => barWithCI([{ name: "a", value: NaN, low: 0, high: 1 }])).to.throw(/NaN/);
});

Deno.test("distributionPlot() draws a box per group with all points, and CIs beside", () => {
  const fig = distributionPlot([
    { name: "relu", values: [1, 2, 3] },
    { name: "elu(1)", values: [2, 3], ci: { name: "elu(1)", value: 2.5, low: 2, high: 3 } },
  ]);
  expect(fig.data.map((t) => [t.type, t.name])).to.deep.equal([
    ["box", "relu"],
    ["box", "elu(1)"],
    ["scatter", "95% CI"],
  ]);
  expect(fig.data[0]).to.include({ boxpoints: "all" });
  expect(fig.data[2]!.x).to.deep.equal(["elu(1)"]);
  expect(fig.layout.showlegend).to.equal(true);
});

Deno.test("distributionPlot() draws violins on request and rejects other kinds", () => {
  const fig = distributionPlot([{ name: "relu", values: [1, 2] }], { kind: "violin" });
  expect(fig.data.map((t) => t.type)).to.deep.equal(["violin"]);
  expect(fig.layout.showlegend).to.equal(false);
  // @ts-expect-error: an unsupported kind
  expect(() => distributionPlot([], { kind: "strip" })).to.throw(RangeError, /kind/);
});

Deno.test("barWithCI() and distributionPlot() make room for long group names", () => {
  const estimate = { name: "leaky_relu(0.1)/xavier", value: 1, low: 0, high: 2 };
  expect(barWithCI([estimate]).layout.xaxis).to.deep.include({ automargin: true });
  const sample = { name: estimate.name, values: [1, 2] };
  expect(distributionPlot([sample]).layout.xaxis).to.deep.include({ automargin: true });
});

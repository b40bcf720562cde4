import { expect } from "chai";
import { deadFractionPlot, seriesColor, trainingCurves } from "relu-lab/plot";

Deno.test("trainingCurves() draws a line per run, one legend entry and colour per group", () => {
  const runs = [
    { name: "relu s1", group: "relu", values: [1, 0.5] },
    { name: "relu s2", group: "relu", values: [0.9, 0.4] },
    { name: "leaky", values: [0.8, 0.3], steps: [10, 20] },
  ];
  const fig = trainingCurves(runs, { yTitle: "accuracy", xTitle: "step" });
  expect(fig.data.map((t) => [t.name, t.legendgroup, t.showlegend])).to.deep.equal([
    ["relu", "relu", true],
    ["relu s2", "relu", false],
    ["leaky", "leaky", true],
  ]);
  const colors = fig.data.map((t) => (t.line as { color: string }).color);
  expect(colors[0]).to.equal(colors[1]).and.to.equal(seriesColor("relu", 0));
  expect(colors[2]).to.not.equal(colors[0]);
  expect(fig.data[0]!.x).to.deep.equal([1, 2]);
  expect(fig.data[2]!.x).to.deep.equal([10, 20]);
  expect(fig.layout.yaxis?.title?.text).to.equal("accuracy");
  expect(fig.layout.xaxis?.title?.text).to.equal("step");
  expect(fig.layout.yaxis?.type).to.equal(undefined);
});

Deno.test("trainingCurves() rejects no runs, non-finite values and mismatched steps", () => {
  expect(() => trainingCurves([])).to.throw(RangeError, /at least one/);
  expect(() => trainingCurves([{ name: "a", values: [1, NaN] }])).to.throw(/runs\[0\].values/);
  expect(() => trainingCurves([{ name: "a", values: [1], steps: [1, 2] }]))
    .to.throw(RangeError, /steps/);
});

Deno.test("deadFractionPlot() fixes the axis to 0-100 % and rejects values outside [0, 1]", () => {
  const fig = deadFractionPlot([{ name: "relu", values: [0, 0.25] }], { title: "Dead" });
  expect(fig.layout.yaxis).to.deep.include({ range: [0, 1], tickformat: ".0%" });
  expect(fig.layout.yaxis?.title?.text).to.equal("dead units");
  expect(fig.title).to.equal("Dead");
  expect(() => deadFractionPlot([{ name: "relu", values: [1.5] }])).to.throw(RangeError, /1\.5/);
});

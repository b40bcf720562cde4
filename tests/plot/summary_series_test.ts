import { expect } from "chai";
import { summarySeries, xyPlot } from "relu-lab";

Deno.test("summarySeries() makes one series per value of `by`, skipping groups without a mean", () => {
  const rows = [
    { width: 4, lr: 3, mean: 0.6, low: 0.5, high: 0.7 },
    { width: 4, lr: 0.1, mean: 0.1, low: 0, high: 0.2 },
    { width: 16, lr: 3, mean: null, low: null, high: null },
    { width: 64, lr: 3, mean: 0.4, low: 0.35, high: 0.45 },
  ];
  const series = summarySeries(rows, { x: "width", by: "lr", mode: "markers" });
  expect(series.map((s) => [s.name, s.x, s.y, s.mode])).to.deep.equal([
    ["3", [4, 64], [0.6, 0.4], "markers"],
    ["0.1", [4], [0.1], "markers"],
  ]);
  expect(series[0]!.yInterval).to.deep.equal({ low: [0.5, 0.35], high: [0.7, 0.45] });
  expect(xyPlot(series).data).to.have.length(2);
});

Deno.test("summarySeries() without `by` gives one series, and names a missing field", () => {
  const rows = [{ bias: -1, mean: 0.5, low: 0.4, high: 0.6 }];
  expect(summarySeries(rows, { x: "bias" }).map((s) => s.name)).to.deep.equal(["mean"]);
  expect(() => summarySeries(rows, { x: "bias", by: "lr" })).to.throw(RangeError, /"lr"/);
});

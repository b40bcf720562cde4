import { expect } from "chai";
import { intervalPoints, rowSeries, summarySeries, xyPlot } from "relu-lab/plot";

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
  expect(() => summarySeries(rows, { x: "lr" })).to.throw(TypeError, /rows\[0\]\.lr/);
});

Deno.test("summarySeries() sorts numeric x, keeps the order of categories, and sets name, mode and colour group", () => {
  const rows = [
    { a: 0.3, mean: 2, low: 1.5, high: 2.5 },
    { a: 0.1, mean: 1, low: null, high: null },
    { a: 0.2, mean: null, low: null, high: null },
  ];
  const [s] = summarySeries(rows, { x: "a", name: "leaky", mode: "markers", colorGroup: "g" });
  expect(s).to.deep.include({ name: "leaky", mode: "markers", colorGroup: "g", x: [0.1, 0.3] });
  expect([s!.y, s!.yInterval]).to.deep.equal([[1, 2], { low: [1, 1.5], high: [1, 2.5] }]);
  expect(xyPlot([s!]).data[0]!.error_y).to.deep.include({ array: [0, 0.5], arrayminus: [0, 0.5] });
  const names = [{ d: "moons", mean: 1, low: 1, high: 1 }, {
    d: "circles",
    mean: 2,
    low: 2,
    high: 2,
  }];
  expect(summarySeries(names, { x: "d" })[0]!.x).to.deep.equal(["moons", "circles"]);
  expect(summarySeries(names, { x: "d" })[0]).to.not.have.property("colorGroup");
});

Deno.test("summarySeries() rejects an x that is neither a finite number nor a name", () => {
  for (const a of [null, true, NaN]) {
    expect(() => summarySeries([{ a, mean: 1, low: 1, high: 1 }], { x: "a" })).to.throw(
      TypeError,
      new RegExp(`rows\\[0\\]\\.a to be a finite number or a name, received ${a}`),
    );
  }
});

Deno.test("rowSeries() groups rows into scatter series and leaves out rows without a value", () => {
  const rows = [{ w: 2, y: 0.5 }, { w: 4, y: 0.9 }, { w: 2, y: null }, { w: 2, y: 0.6 }];
  const series = rowSeries(rows, { x: (r) => r.w, y: (r) => r.y, by: (r) => `w${r.w}` });
  expect(series.map((s) => [s.name, s.x, s.y, s.mode])).to.deep.equal([
    ["w2", [2, 2], [0.5, 0.6], "markers"],
    ["w4", [4], [0.9], "markers"],
  ]);
});

Deno.test("intervalPoints() matches groups by name and skips groups missing on either side", () => {
  const xs = [
    { r: "a", mean: 0.1, low: null, high: null },
    { r: "b", mean: 0.2, low: 0.1, high: 0.3 },
    { r: "c", mean: null, low: null, high: null },
  ];
  const ys = [{ r: "b", mean: 0.9, low: 0.8, high: 1 }, { r: "a", mean: 0.5, low: 0.4, high: 0.6 }];
  const points = intervalPoints(xs, ys, "r");
  expect(points.map((p) => [p.name, p.x, p.y])).to.deep.equal([["a", [0.1], [0.5]], ["b", [0.2], [
    0.9,
  ]]]);
  expect(points[0]!.xInterval).to.deep.equal({ low: [0.1], high: [0.1] });
  expect(xyPlot(points, { legend: false }).data.map((t) => t.mode)).to.deep.equal([
    "markers+text",
    "markers+text",
  ]);
});

import { expect } from "chai";
import { seriesColor, xyPlot } from "relu-lab/plot";

Deno.test("xyPlot() draws one trace per series with asymmetric bars in x and y", () => {
  const fig = xyPlot([
    {
      name: "batch_norm",
      x: [0.1],
      y: [0.95],
      xInterval: { low: [0.05], high: [0.2] },
      yInterval: { low: [0.9], high: [0.97] },
      mode: "markers",
    },
    { name: "relu", x: [1, 2], y: [0.5, 0.6] },
  ], { xTitle: "dead", yTitle: "accuracy", logX: true, yRange: [0, 1] });
  expect(fig.data.map((t) => [t.type, t.mode])).to.deep.equal([
    ["scatter", "markers"],
    ["scatter", "lines+markers"],
  ]);
  const ex = fig.data[0]!.error_x as { array: number[]; arrayminus: number[] };
  const ey = fig.data[0]!.error_y as { array: number[]; arrayminus: number[] };
  expect(ex.array[0]).to.be.closeTo(0.1, 1e-12);
  expect(ex.arrayminus[0]).to.be.closeTo(0.05, 1e-12);
  expect(ey.array[0]).to.be.closeTo(0.02, 1e-12);
  expect(fig.data[1]!.error_y).to.equal(undefined);
  expect((fig.data[1]!.marker as { color: string }).color).to.equal(seriesColor("relu", 1));
  expect(fig.layout.xaxis?.type).to.equal("log");
  expect(fig.layout.xaxis?.title?.text).to.equal("dead");
  expect(fig.layout.yaxis?.range).to.deep.equal([0, 1]);
  expect(fig.layout.shapes).to.equal(undefined);
});

Deno.test("xyPlot() takes category names on x and marks lines at given x and y", () => {
  const fig = xyPlot([{ name: "leaky − relu", x: ["circles", "moons"], y: [0.01, -0.02] }], {
    markX: [{ x: 20, label: "new data" }],
    markY: 0,
  });
  expect(fig.data[0]!.x).to.deep.equal(["circles", "moons"]);
  const shapes = fig.layout.shapes as { x0: number; y0: number; xref: string }[];
  expect(shapes.map((s) => [s.xref, s.x0, s.y0])).to.deep.equal([["x", 20, 0], ["paper", 0, 0]]);
});

Deno.test("xyPlot() rejects empty input, length mismatches, non-finite values and intervals that miss the value", () => {
  expect(() => xyPlot([])).to.throw(
    RangeError,
    /Expected series to hold at least one series, received none/,
  );
  expect(() => xyPlot([{ name: "a", x: [1, 2], y: [1] }])).to.throw(RangeError, /series\[0\]\.x/);
  expect(() => xyPlot([{ name: "a", x: [1], y: [NaN] }])).to.throw(RangeError, /series\[0\]\.y/);
  expect(() => xyPlot([{ name: "a", x: [Infinity], y: [1] }])).to.throw(
    RangeError,
    /series\[0\]\.x to hold finite numbers or names, received Infinity at index 0/,
  );
  expect(() => xyPlot([{ name: "a", x: [1], y: [0.5], yInterval: { low: [0.6], high: [0.7] } }])).to
    .throw(RangeError, /series\[0\]\.yInterval.*0\.6, 0\.5, 0\.7 at index 0/);
  expect(() => xyPlot([{ name: "a", x: ["c"], y: [0.5], xInterval: { low: [0], high: [1] } }])).to
    .throw(RangeError, /series\[0\]\.xInterval/);
  const noHigh = { low: [0.4] } as unknown as { low: number[]; high: number[] };
  expect(() => xyPlot([{ name: "a", x: [1], y: [0.5], yInterval: noHigh }])).to.throw(
    TypeError,
    /series\[0\]\.yInterval\.high to be an array of 1 numbers, received undefined/,
  );
  expect(() => xyPlot([{ name: "a", x: [1, 2], y: [1, 2], yInterval: { low: [0], high: [3] } }]))
    .to.throw(
      RangeError,
      /yInterval\.low to be an array of 2 numbers, received an array of length 1/,
    );
  expect(() => xyPlot([{ name: "a", x: [1], y: [1], yInterval: { low: [NaN], high: [2] } }]))
    .to.throw(RangeError, /yInterval\.low/);
});

Deno.test("xyPlot() labels points, hides the legend and passes axis attributes through", () => {
  const fig = xyPlot([{ name: "adam", x: [0.1], y: [0.9], labels: ["adam"], mode: "markers" }], {
    legend: false,
    xAxis: { tickvals: [1, 2, 4] },
    yAxis: { tickformat: ".1%" },
  });
  expect(fig.data[0]!.mode).to.equal("markers+text");
  expect(fig.data[0]!.text).to.deep.equal(["adam"]);
  expect(fig.layout.showlegend).to.equal(false);
  expect(fig.layout.xaxis?.tickvals).to.deep.equal([1, 2, 4]);
  expect(fig.layout.xaxis?.title?.text).to.equal("x");
  expect(fig.layout.yaxis?.tickformat).to.equal(".1%");
  expect(() => xyPlot([{ name: "a", x: [1, 2], y: [1, 2], labels: ["one"] }]))
    .to.throw(RangeError, /series\[0\]\.labels.*\(2\), received 1/);
});

Deno.test("xyPlot() can set series side by side per category, with distinct marker shapes", () => {
  const series = ["leaky_relu(0.01)", "leaky_relu(0.1)"].map((name) => ({
    name,
    x: ["circles", "moons"],
    y: [0.01, -0.02],
  }));
  const fig = xyPlot(series, { group: true });
  expect(fig.layout.scattermode).to.equal("group");
  expect(fig.data.map((t) => t.offsetgroup)).to.deep.equal(["leaky_relu(0.01)", "leaky_relu(0.1)"]);
  const symbols = fig.data.map((t) => (t.marker as { symbol: string }).symbol);
  expect(new Set(symbols).size).to.equal(2);
  expect(xyPlot(series).layout.scattermode).to.equal(undefined);
});

Deno.test("xyPlot() draws each series' mode and dash, and error bars only where an interval is given", () => {
  const fig = xyPlot([
    {
      name: "relu",
      x: [0.1, 1, 3],
      y: [0, 0.25, 0.5],
      yInterval: { low: [0, 0.125, 0.25], high: [0, 0.5, 0.75] },
    },
    { name: "bound", x: [0.1, 1, 3], y: [0.2, 0.2, 0.9], dash: "dash", mode: "lines" },
    { name: "quick", x: [1], y: [0.5], mode: "markers" },
  ], { logX: true, logY: true, yFormat: ".0%", xTitle: "learning rate", yTitle: "dead units" });
  const [mc, theory, quick] = fig.data;
  expect(mc!.error_y).to.deep.include({ array: [0, 0.25, 0.25], symmetric: false });
  expect((mc!.error_y as { arrayminus: number[] }).arrayminus[2]).to.equal(0.25);
  expect(theory!.error_y).to.equal(undefined);
  expect([mc!.mode, theory!.mode, quick!.mode]).to.deep.equal([
    "lines+markers",
    "lines",
    "markers",
  ]);
  expect(theory!.line).to.deep.include({ dash: "dash" });
  expect(mc!.line).to.not.have.property("dash");
  expect(fig.layout.xaxis).to.deep.include({ type: "log", title: { text: "learning rate" } });
  expect(fig.layout.yaxis).to.deep.include({ tickformat: ".0%", type: "log" });
});

Deno.test("xyPlot() gives a colour group one colour, marker and legend group, and other groups others", () => {
  const fig = xyPlot([
    { name: "width 2", colorGroup: "w2", x: [1], y: [1] },
    { name: "width 2 theory", colorGroup: "w2", x: [1], y: [1], dash: "dash" },
    { name: "width 3", colorGroup: "w3", x: [1], y: [1] },
    { name: "alone", x: [1], y: [1] },
  ]);
  const colors = fig.data.map((t) => (t.line as { color: string }).color);
  const symbols = fig.data.map((t) => (t.marker as { symbol: string }).symbol);
  expect(colors[1]).to.equal(colors[0]);
  expect(symbols[1]).to.equal(symbols[0]);
  expect(new Set(colors.slice(1)).size).to.equal(3);
  expect(new Set(symbols.slice(1)).size).to.equal(3);
  expect(fig.data.map((t) => t.legendgroup)).to.deep.equal(["w2", "w2", "w3", undefined]);
});

Deno.test("xyPlot() puts the legend under the title, or at the bottom when asked or when it is long", () => {
  const above = xyPlot([{ name: "a", x: [1], y: [1] }]);
  const top = above.layout.legend as { y: number; yanchor: string; yref: string };
  expect(top).to.deep.include({ yanchor: "top", yref: "container" });
  expect(above.layout.height).to.equal(420);
  // The legend starts under the title and ends above the plot area.
  const { t } = above.layout.margin as { t: number };
  expect((1 - top.y) * 420).to.be.within(30, t - 22);
  for (const height of [300, 480, 900]) {
    const fig = xyPlot([{ name: "a", x: [1], y: [1] }], { legend: "below", height });
    const { b } = fig.layout.margin as { b: number };
    const legend = fig.layout.legend as { y: number; yanchor: string; yref: string };
    expect(fig.layout.height).to.equal(height);
    expect(legend).to.deep.include({ yanchor: "bottom", yref: "container" });
    // Its one row sits in the bottom margin, under the axis title's 60 px.
    expect(legend.y * height + 22).to.be.at.most(b - 60 + 8);
  }
  const many = xyPlot(Array.from({ length: 8 }, (_, i) => ({ name: `run ${i}`, x: [i], y: [1] })));
  expect(many.layout.legend).to.deep.include({ yanchor: "bottom" });
  expect(many.layout.height).to.be.above(420);
});

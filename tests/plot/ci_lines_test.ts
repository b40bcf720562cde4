import { expect } from "chai";
import { linesWithCI, seriesFromSummary } from "../../lib/mod.ts";

Deno.test("linesWithCI() draws error bars from each point's interval, and none without one", () => {
  const fig = linesWithCI([
    {
      name: "relu",
      x: [0.1, 1, 3],
      y: [0, 0.25, 0.5],
      low: [0, 0.125, 0.25],
      high: [0, 0.5, 0.75],
    },
    { name: "bound", x: [0.1, 1, 3], y: [0.2, 0.2, 0.9], dash: "dash", markers: false },
    { name: "quick", x: [1], y: [0.5], lines: false },
  ], { logX: true, logY: true, percent: true, xTitle: "learning rate", yTitle: "dead units" });
  const [mc, theory] = fig.data;
  expect(mc!.error_y).to.deep.include({ array: [0, 0.25, 0.25], symmetric: false });
  expect((mc!.error_y as { arrayminus: number[] }).arrayminus[2]).to.equal(0.25);
  expect(theory!.error_y).to.equal(undefined);
  expect(theory!.mode).to.equal("lines");
  expect(fig.data[2]!.mode).to.equal("markers");
  expect(mc!.mode).to.equal("lines+markers");
  expect(fig.layout.legend).to.deep.include({ yanchor: "top" });
  expect(theory!.line).to.deep.include({ dash: "dash" });
  expect(fig.layout.xaxis).to.deep.include({ type: "log", title: { text: "learning rate" } });
  expect(fig.layout.yaxis).to.deep.include({ tickformat: ".0%", type: "log" });
});

Deno.test("linesWithCI() colours a group alike and different groups apart", () => {
  const fig = linesWithCI([
    { name: "width 2", group: "w2", x: [1], y: [1] },
    { name: "width 2 theory", group: "w2", x: [1], y: [1] },
    { name: "width 3", group: "w3", x: [1], y: [1] },
  ]);
  const colors = fig.data.map((t) => (t.line as { color: string }).color);
  expect(colors[0]).to.equal(colors[1]);
  expect(colors[2]).to.not.equal(colors[0]);
});

Deno.test("linesWithCI() rejects empty input, mismatched lengths and intervals that miss the value", () => {
  expect(() => linesWithCI([])).to.throw(RangeError, /at least one line/);
  expect(() => linesWithCI([{ name: "a", x: [1, 2], y: [1] }])).to.throw(
    RangeError,
    /series\[0\]\.x to match its 1 values/,
  );
  expect(() => linesWithCI([{ name: "a", x: [1], y: [1], low: [0] }])).to.throw(
    TypeError,
    /both low and high/,
  );
  expect(() => linesWithCI([{ name: "a", x: [1], y: [1], low: [1.5], high: [2] }])).to.throw(
    RangeError,
    /low ≤ y ≤ high at every point, received 1.5, 1, 2 at index 0/,
  );
  expect(() => linesWithCI([{ name: "a", x: [1], y: [NaN] }])).to.throw(
    RangeError,
    /series\[0\]\.y/,
  );
});

Deno.test("seriesFromSummary() keeps the style, skips missing means and rejects a non-numeric x", () => {
  const rows = [{ a: 0.1, mean: 1, low: 0.5, high: 1.5 }, {
    a: 0.3,
    mean: null,
    low: null,
    high: null,
  }];
  const s = seriesFromSummary("leaky", rows, "a", { dash: "dot", group: "g" });
  expect(s).to.deep.include({ name: "leaky", dash: "dot", group: "g", x: [0.1], y: [1] });
  expect(linesWithCI([s]).data[0]!.error_y).to.not.equal(undefined);
  expect(() => seriesFromSummary("x", [{ a: "0.1", mean: 1, low: 1, high: 1 }], "a")).to.throw(
    TypeError,
    /a to be a number, received "0.1"/,
  );
});

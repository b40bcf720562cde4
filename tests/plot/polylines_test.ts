import { expect } from "chai";
import { polylinePlot } from "relu-lab/plot";

const OPEN = { points: [[0, 0], [1, 1]] as [number, number][], closed: false };
const CLOSED = { points: [[0, 0], [1, 0], [0, 1]] as [number, number][], closed: true };

Deno.test("polylinePlot() joins a series' lines into one trace with gaps between them", () => {
  const fig = polylinePlot([{ name: "boundary", lines: [OPEN, CLOSED] }]);
  expect(fig.data).to.have.length(1);
  expect(fig.data[0]!.x).to.deep.equal([0, 1, null, 0, 1, 0, 0]);
  expect(fig.data[0]!.y).to.deep.equal([0, 1, null, 0, 0, 1, 0]);
});

Deno.test("polylinePlot() draws vertices without closing loops in markers mode, on equal axes", () => {
  const fig = polylinePlot([{ name: "corners", lines: [CLOSED], mode: "markers", color: "red" }], {
    range: { x: [-2, 2], y: [-1, 1] },
  });
  expect(fig.data[0]!.x).to.deep.equal([0, 1, 0]);
  expect(fig.data[0]!.marker).to.deep.include({ color: "red" });
  expect(fig.layout.yaxis).to.deep.include({ scaleanchor: "x", range: [-1, 1] });
});

Deno.test("polylinePlot() rejects no series and non-finite points, naming them", () => {
  expect(() => polylinePlot([])).to.throw(RangeError, /series/);
  const bad = { points: [[0, NaN]] as [number, number][], closed: false };
  expect(() => polylinePlot([{ name: "b", lines: [bad] }])).to.throw(RangeError, /lines\[0\]/);
});

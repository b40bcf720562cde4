import { expect } from "chai";
import { fromRows } from "relu-lab";
import { grid2d } from "relu-lab/lab";
import { animateFigures, decisionBoundaryPlot, Figure, panelGrid } from "relu-lab/plot";

const GRID = grid2d({ x: [-1, 1], resolution: 3 });
const DATA = { inputs: fromRows([[0, 0], [0.5, 0.5]]), labels: [0, 1] };
const boundary = (title: string, p: number) =>
  decisionBoundaryPlot(GRID, new Array(9).fill(p), DATA, { title });

Deno.test("panelGrid() moves each figure's traces and axes to its own panel", () => {
  const fig = panelGrid([boundary("relu", 0.2), boundary("tanh", 0.7), boundary("sigmoid", 0.5)], {
    columns: 2,
  });
  expect(fig.layout.grid).to.deep.include({ rows: 2, columns: 2 });
  expect(fig.data.map((t) => t.xaxis)).to.deep.equal([
    ...new Array(4).fill("x"),
    ...new Array(4).fill("x2"),
    ...new Array(4).fill("x3"),
  ]);
  // The equal-scale constraint follows each panel's own x axis.
  expect((fig.layout.yaxis3 as { scaleanchor: string }).scaleanchor).to.equal("x3");
  expect((fig.layout.xaxis2 as { range: number[] }).range).to.deep.equal([-1, 1]);
  const captions = fig.layout.annotations as { text: string; xref: string }[];
  expect(captions.map((a) => [a.text, a.xref])).to.deep.equal([
    ["relu", "x domain"],
    ["tanh", "x2 domain"],
    ["sigmoid", "x3 domain"],
  ]);
});

Deno.test("panelGrid() shows colour bars and legend entries once, from the first panel", () => {
  const fig = panelGrid([boundary("a", 0.2), boundary("b", 0.7)]);
  const heatmaps = fig.data.filter((t) => t.type === "heatmap");
  expect(heatmaps.map((t) => t.showscale)).to.deep.equal([undefined, false]);
  const classZero = fig.data.filter((t) => t.name === "class 0");
  expect(classZero.map((t) => t.showlegend)).to.deep.equal([undefined, false]);
  expect(new Set(classZero.map((t) => t.legendgroup))).to.deep.equal(new Set(["class 0"]));
});

Deno.test("panelGrid() grids animate frame by frame", () => {
  const frames = [0.1, 0.9].map((p, e) => ({
    name: `epoch ${e}`,
    figure: panelGrid([boundary("relu", p), boundary("tanh", p / 2)]),
  }));
  const fig = animateFigures(frames);
  expect(fig.frames).to.have.length(2);
  expect(fig.frames[1]!.data[4]!.z).to.deep.equal(new Array(3).fill(new Array(3).fill(0.45)));
});

Deno.test("panelGrid() rejects empty input, animated or multi-panel figures and wrong titles", () => {
  expect(() => panelGrid([])).to.throw(RangeError, /figures/);
  const animated = animateFigures([{ name: "a", figure: boundary("a", 0.5) }]);
  expect(() => panelGrid([animated])).to.throw(RangeError, /figures\[0\].*frames/);
  const grid = panelGrid([boundary("a", 0.5), boundary("b", 0.5)]);
  expect(() => panelGrid([boundary("a", 0.5), grid])).to.throw(
    RangeError,
    /figures\[1\].*one panel/,
  );
  expect(() => panelGrid([boundary("a", 0.5)], { titles: [] })).to.throw(RangeError, /titles/);
  expect(() => panelGrid([boundary("a", 0.5)], { columns: 0 })).to.throw(RangeError, /columns/);
});

Deno.test("panelGrid() sizes the figure by its rows unless given a height", () => {
  const bar = new Figure({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
  expect(panelGrid([bar, bar, bar], { columns: 1, rowHeight: 100 }).layout.height).to.equal(450);
  expect(panelGrid([bar], { height: 500 }).layout.height).to.equal(500);
});

Deno.test("panelGrid() keeps axis titles along the bottom and left edges and equal scales inside panels", () => {
  const fig = panelGrid([boundary("a", 0.2), boundary("b", 0.7), boundary("c", 0.5)], {
    columns: 2,
  });
  const titled = (key: string) => (fig.layout[key] as { title?: unknown }).title !== undefined;
  expect(["xaxis", "xaxis2", "xaxis3"].map(titled)).to.deep.equal([false, true, true]);
  expect(["yaxis", "yaxis2", "yaxis3"].map(titled)).to.deep.equal([true, false, true]);
  expect(fig.layout.xaxis2).to.deep.include({ constrain: "domain" });
  expect(fig.layout.yaxis2).to.deep.include({ constrain: "domain", scaleanchor: "x2" });
});

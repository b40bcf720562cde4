import { expect } from "chai";
import { fromRows } from "relu-lab";
import { grid2d } from "relu-lab/lab";
import { decisionBoundaryPlot } from "relu-lab/plot";

Deno.test("decisionBoundaryPlot() lays outputs out as heatmap rows per y, with data per class", () => {
  const g = grid2d({ x: [0, 1], resolution: 2 });
  const data = {
    inputs: fromRows([[0.1, 0.2], [0.9, 0.8], [0.5, 0.5]], "float64"),
    labels: [1, 0, 1],
  };
  const fig = decisionBoundaryPlot(g, [0.1, 0.2, 0.3, 0.4], data, { threshold: 0.25 });
  const [heatmap, contour, class0, class1] = fig.data;
  expect(heatmap!.z).to.deep.equal([[0.1, 0.2], [0.3, 0.4]]);
  expect(heatmap).to.include({ zmin: 0, zmax: 1 });
  expect(contour!.contours).to.deep.include({ start: 0.25, end: 0.25 });
  expect([class0!.name, class0!.x, class0!.y]).to.deep.equal(["class 0", [0.9], [0.8]]);
  expect(class1!.x).to.deep.equal([0.1, 0.5]);
  expect(fig.layout.xaxis?.range).to.deep.equal([0, 1]);
  expect(fig.layout.yaxis?.title?.text).to.equal("x₂");
});

Deno.test("decisionBoundaryPlot() rejects outputs that do not match the grid", () => {
  const g = grid2d({ x: [0, 1], resolution: 3 });
  const data = { inputs: fromRows([[0, 0]]), labels: [0] };
  expect(() => decisionBoundaryPlot(g, [0.5], data)).to.throw(RangeError, /9/);
  expect(() => decisionBoundaryPlot(g, new Array(9).fill(NaN), data)).to.throw(/outputs.*NaN/);
  const bad = { inputs: fromRows([[0, 0]]), labels: [0, 1] };
  expect(() => decisionBoundaryPlot(g, new Array(9).fill(0), bad)).to.throw(/data.inputs/);
});

const GRID = grid2d({ x: [-1, 1], resolution: 3 });
const FIG = decisionBoundaryPlot(GRID, new Array(9).fill(0.5), {
  inputs: fromRows([[0, 0], [0.5, 0.5]]),
  labels: [0, 1],
});

Deno.test("decisionBoundaryPlot() colours each class's region like its markers (blue 0, red 1)", () => {
  const [heatmap, , class0, class1] = FIG.data;
  // plotly's RdBu, not reversed: blue at output 0, red at output 1.
  expect(heatmap).to.deep.include({ colorscale: "RdBu", zmin: 0, zmax: 1 });
  expect(heatmap!.reversescale).to.equal(undefined);
  // The ends of RdBu: blue (#2166AC) at 0, red (#B2182B) at 1.
  expect((class0!.marker as { color: string }).color).to.equal("#2166AC");
  expect((class1!.marker as { color: string }).color).to.equal("#B2182B");
});

Deno.test("decisionBoundaryPlot() draws the boundary in black, not in the colour scale", () => {
  const contour = FIG.data[1]!;
  const levels = contour.contours as { start: number; end: number; coloring: string };
  expect(levels).to.deep.include({ start: 0.5, end: 0.5 });
  // Black either as plain lines in line.color, or as lines coloured by an all-black scale.
  const colours = levels.coloring === "none"
    ? [(contour.line as { color: string }).color]
    : (contour.colorscale as [number, string][]).map(([, colour]) => colour);
  expect(new Set(colours)).to.deep.equal(new Set(["black"]));
});

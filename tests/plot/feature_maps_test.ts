import { expect } from "chai";
import { grid2d } from "relu-lab/lab";
import { featureMapGrid } from "relu-lab/plot";

Deno.test("featureMapGrid() puts one square, framed heatmap per unit in its own subplot, captioned above", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  const maps = [[1, 2, 3, 4], [0, 0, 0, 0], [4, 3, 2, 1]];
  const fig = featureMapGrid(g, maps, { columns: 2, names: ["a", "dead", "c"] });
  expect(fig.data.map((t) => [t.type, t.xaxis, t.yaxis])).to.deep.equal([
    ["heatmap", "x", "y"],
    ["heatmap", "x2", "y2"],
    ["heatmap", "x3", "y3"],
  ]);
  expect(fig.data[0]!.z).to.deep.equal([[1, 2], [3, 4]]);
  const notes = fig.layout.annotations as {
    text: string;
    xref: string;
    yanchor: string;
    y: number;
  }[];
  expect(notes.map((a) => [a.text, a.xref])).to.deep.equal([
    ["a", "x domain"],
    ["dead", "x2 domain"],
    ["c", "x3 domain"],
  ]);
  // Captions sit on top of their tile, not on it.
  for (const a of notes) expect([a.y, a.yanchor]).to.deep.equal([1, "bottom"]);
  for (const k of ["", "2", "3"]) {
    expect(fig.layout[`yaxis${k}`]).to.deep.include({ scaleanchor: `x${k}`, constrain: "domain" });
    expect(fig.layout[`xaxis${k}`]).to.deep.include({
      showgrid: false,
      zeroline: false,
      ticks: "",
    });
  }
  // Tiles of one row share a top edge; rows do not overlap, captions included.
  const dom = (k: string) => fig.layout[`yaxis${k}`] as { domain: [number, number] };
  expect(dom("").domain).to.deep.equal(dom("2").domain);
  expect(dom("3").domain[1]).to.be.below(dom("").domain[0]);
});

Deno.test("featureMapGrid() titles the outer axes only: x along the bottom row, y along the left column", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  const fig = featureMapGrid(g, [[1, 2, 3, 4], [0, 0, 0, 0], [4, 3, 2, 1]], { columns: 2 });
  const title = (key: string) => (fig.layout[key] as { title?: { text: string } }).title?.text;
  const labels = (key: string) => (fig.layout[key] as { showticklabels: boolean }).showticklabels;
  // Tile 1 (top right) has no tile under it in a 2 + 1 grid, so it carries the x axis.
  expect(["xaxis", "xaxis2", "xaxis3"].map(title)).to.deep.equal([undefined, "x₁", "x₁"]);
  expect(["yaxis", "yaxis2", "yaxis3"].map(title)).to.deep.equal(["x₂", undefined, "x₂"]);
  expect(["xaxis", "xaxis2", "xaxis3"].map(labels)).to.deep.equal([false, true, true]);
  expect(["yaxis", "yaxis2", "yaxis3"].map(labels)).to.deep.equal([true, false, true]);
});

Deno.test("featureMapGrid() gives each row its own colour scale unless asked to share one", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  const maps = [[0, 0.1, 0.2, 0.3], [0, 0, 0, 0], [0, 5, 10, 2], [1, 1, 1, 1]];
  const byRow = featureMapGrid(g, maps, { columns: 2 });
  expect(byRow.data.map((t) => t.coloraxis)).to.deep.equal([
    "coloraxis",
    "coloraxis",
    "coloraxis2",
    "coloraxis2",
  ]);
  expect(byRow.layout.coloraxis).to.deep.include({ cmin: 0, cmax: 0.3 });
  expect(byRow.layout.coloraxis2).to.deep.include({ cmin: 0, cmax: 10 });
  const shared = featureMapGrid(g, maps, { columns: 2, scale: "shared" });
  expect(new Set(shared.data.map((t) => t.coloraxis))).to.deep.equal(new Set(["coloraxis"]));
  expect(shared.layout.coloraxis).to.deep.include({ cmin: 0, cmax: 10 });
  const tiles = featureMapGrid(g, maps, { columns: 2, scale: "tile" });
  expect(tiles.data.map((t) => [t.zmin, t.zmax])).to.deep.equal([[0, 0.3], [0, 1], [0, 10], [
    1,
    2,
  ]]);
  // A row of flat tiles still gets a scale of positive width.
  const flat = featureMapGrid(g, [[0, 0, 0, 0]]);
  expect(flat.layout.coloraxis).to.deep.include({ cmin: 0, cmax: 1 });
});

Deno.test("featureMapGrid() marks a region on every tile and says once what it is", () => {
  const g = grid2d({ x: [-3, 3], resolution: 2 });
  const fig = featureMapGrid(g, [[1, 2, 3, 4], [4, 3, 2, 1]], {
    region: { x: [-1.3, 1.3], y: [-1.3, 1.3] },
    regionLabel: "dashed: where the training data lie",
  });
  const shapes = fig.layout.shapes as { xref: string; x0: number; y1: number }[];
  expect(shapes.map((s) => [s.xref, s.x0, s.y1])).to.deep.equal([["x", -1.3, 1.3], [
    "x2",
    -1.3,
    1.3,
  ]]);
  const notes = (fig.layout.annotations as { text: string }[]).map((a) => a.text);
  expect(notes.filter((t) => t.includes("training data"))).to.have.length(1);
});

Deno.test("featureMapGrid() wraps captions to the tile width", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  const maps = Array.from({ length: 8 }, () => [1, 2, 3, 4]);
  const names = maps.map((_, k) => `layer 1 unit ${k}`);
  const fig = featureMapGrid(g, maps, { columns: 8, names });
  const captions = (fig.layout.annotations as { text: string }[]).map((a) => a.text);
  expect(captions[0]).to.equal("layer 1<br>unit 0");
});

Deno.test("featureMapGrid() rejects a bad grid, maps of the wrong size, mismatched names and bad options", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  expect(() => featureMapGrid(g, [[1, 2, 3]])).to.throw(RangeError, /maps\[0\].*4/);
  expect(() => featureMapGrid(g, [[1, 2, 3, 4]], { names: [] })).to.throw(RangeError, /names/);
  expect(() => featureMapGrid(g, [])).to.throw(
    RangeError,
    /Expected maps to hold at least one map, received none/,
  );
  expect(() => featureMapGrid(g, [[1, 2, NaN, 4]])).to.throw(RangeError, /maps\[0\]/);
  // @ts-expect-error: not a grid
  expect(() => featureMapGrid({ xs: [] }, [[1]])).to.throw(
    TypeError,
    /Expected grid to be a plane grid/,
  );
  // @ts-expect-error: an unknown scale
  expect(() => featureMapGrid(g, [[1, 2, 3, 4]], { scale: "page" })).to.throw(RangeError, /scale/);
  expect(() => featureMapGrid(g, [[1, 2, 3, 4]], { region: { x: [1, -1], y: [0, 1] } })).to.throw(
    RangeError,
    /Expected region to be \{ x: \[low, high\], y: \[low, high\] \}/,
  );
});

import { expect } from "chai";
import { grid2d } from "relu-lab/lab";
import { featureMapGrid } from "relu-lab/plot";

Deno.test("featureMapGrid() puts one heatmap per unit in its own subplot, one colour scale", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  const maps = [[1, 2, 3, 4], [0, 0, 0, 0], [4, 3, 2, 1]];
  const fig = featureMapGrid(g, maps, { columns: 2, names: ["a", "dead", "c"] });
  expect(fig.data.map((t) => [t.type, t.xaxis, t.yaxis, t.coloraxis])).to.deep.equal([
    ["heatmap", "x", "y", "coloraxis"],
    ["heatmap", "x2", "y2", "coloraxis"],
    ["heatmap", "x3", "y3", "coloraxis"],
  ]);
  expect(fig.data[0]!.z).to.deep.equal([[1, 2], [3, 4]]);
  expect(fig.layout.grid).to.deep.include({ rows: 2, columns: 2 });
  const titles = (fig.layout.annotations as { text: string; xref: string }[])
    .map((a) => [a.text, a.xref]);
  expect(titles).to.deep.equal([["a", "x domain"], ["dead", "x2 domain"], ["c", "x3 domain"]]);
  expect(fig.layout.height).to.equal(60 + 170 * 2);
});

Deno.test("featureMapGrid() rejects maps of the wrong size and mismatched names", () => {
  const g = grid2d({ x: [-1, 1], resolution: 2 });
  expect(() => featureMapGrid(g, [[1, 2, 3]])).to.throw(RangeError, /maps\[0\].*4/);
  expect(() => featureMapGrid(g, [[1, 2, 3, 4]], { names: [] })).to.throw(RangeError, /names/);
  expect(() => featureMapGrid(g, [])).to.throw(RangeError, /maps/);
});

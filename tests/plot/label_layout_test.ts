import { expect } from "chai";
import { xyPlot } from "relu-lab/plot";
import { placeLabels } from "../../lib/plot/_label_layout.ts";

const frame = (xs: number[], ys: number[]) => ({
  width: 500,
  height: 300,
  xValues: xs,
  yValues: ys,
});

Deno.test("placeLabels() puts labels of scattered points beside them, turning away from a neighbour", () => {
  const points = [
    { x: 0, y: 0.5, label: "adam" },
    { x: 0.05, y: 0.5, label: "sgd" },
    { x: 1, y: 1, label: "batch_norm" },
  ];
  const placed = placeLabels(points, frame([0, 1], [0, 1]));
  expect(placed).to.have.length(3);
  // Neighbours 22 px apart: the second label takes another side than the first.
  expect(placed![0]).to.equal("top right");
  expect(placed![1]).to.not.equal("top right");
  // In the top-right corner there is room only to the left or below.
  expect(placed![2]).to.not.match(/^top|right$/);
});

Deno.test("placeLabels() gives up when labels cannot all be placed without overlap", () => {
  const crowd = Array.from(
    { length: 9 },
    (_, i) => ({ x: 0.5 + 0.001 * i, y: 0.5, label: `remedy ${i}` }),
  );
  expect(placeLabels(crowd, frame([0, 1], [0, 1]))).to.equal(undefined);
});

Deno.test("xyPlot() labels points where they fit and shows a legend instead where they would collide", () => {
  const point = (name: string, x: number, y: number) => ({
    name,
    x: [x],
    y: [y],
    mode: "markers" as const,
    labels: [name],
  });
  const apart = xyPlot([point("adam", 0.1, 0.9), point("l2", 0.9, 0.1)], { legend: false });
  expect(apart.data.map((t) => t.mode)).to.deep.equal(["markers+text", "markers+text"]);
  expect(apart.layout.showlegend).to.equal(false);
  const crowd = xyPlot(
    [
      ...["lower_lr", "adam", "batch_norm", "grad_clip"].map((n, i) =>
        point(n, 0.04 + 0.01 * i, 0.98)
      ),
      point("l2", 0.95, 0.55),
    ],
    { legend: false },
  );
  expect(crowd.data.map((t) => t.mode)).to.deep.equal(Array(5).fill("markers"));
  expect(crowd.data.every((t) => t.text === undefined)).to.equal(true);
  expect(crowd.layout.showlegend).to.equal(true);
  // The names stay in the hover text.
  expect(crowd.data.map((t) => t.hovertext)).to.deep.equal([
    ["lower_lr"],
    ["adam"],
    ["batch_norm"],
    ["grad_clip"],
    ["l2"],
  ]);
});

Deno.test("placeLabels() keeps labels off error bars", () => {
  const points = [{ x: 0.5, y: 0.5, label: "adam" }];
  const free = placeLabels(points, frame([0, 1], [0, 1]));
  expect(free).to.deep.equal(["top right"]);
  // A neighbour's vertical error bar just right of the point blocks the right-hand side.
  const bar = { x0: 0.55, x1: 0.55, y0: 0, y1: 1 };
  const placed = placeLabels(points, { ...frame([0, 1], [0, 1]), segments: [bar] });
  expect(placed![0]).to.match(/left|center/);
});

import { expect } from "chai";
import { seriesColor } from "relu-lab/plot";
import { axis, baseLayout, subplotAxes } from "../../lib/plot/style.ts";

Deno.test("seriesColor() keeps one colour per activation family across spellings", () => {
  expect(seriesColor("relu", 3)).to.equal(seriesColor("ReLU", 0));
  expect(seriesColor("elu(0.5)", 0)).to.equal(seriesColor("elu(1)", 4));
  expect(seriesColor("relu", 0)).to.not.equal(seriesColor("leaky_relu(0.1)", 0));
  expect(seriesColor("seed 1", 0)).to.equal(seriesColor("seed 2", 12));
});

Deno.test("baseLayout() uses the caller's title and height over the defaults", () => {
  expect(baseLayout({}, "Default")).to.deep.include({ height: 420 });
  expect(baseLayout({}, "Default").title?.text).to.equal("Default");
  expect(baseLayout({ title: "Mine", height: 200 }, "Default")).to.deep.include({ height: 200 });
  expect(baseLayout({ title: "Mine", height: 200 }, "Default").title?.text).to.equal("Mine");
});

Deno.test("axis() and subplotAxes() name axes as plotly expects", () => {
  expect(axis("x")).to.not.have.property("range");
  expect(axis("x", [0, 1]).range).to.deep.equal([0, 1]);
  expect(subplotAxes(0)).to.deep.equal({ x: "x", y: "y", xKey: "xaxis", yKey: "yaxis" });
  expect(subplotAxes(3).yKey).to.equal("yaxis4");
});

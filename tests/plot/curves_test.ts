import { expect } from "chai";
import { elu, leakyRelu, relu, sigmoid } from "relu-lab";
import { activationPlot, linspace, type Trace } from "relu-lab/plot";

const numbers = (t: Trace, key: "x" | "y") => (t[key] ?? []).filter((v) => v !== null);

Deno.test("activationPlot() draws f on the left axes and f′ on the right, titled", () => {
  const fig = activationPlot([relu, sigmoid], { range: [-2, 2], points: 5 });
  expect(fig.data.map((t) => [t.type, t.xaxis ?? "x", t.yaxis ?? "y"])).to.deep.equal([
    ["scatter", "x", "y"],
    ["scatter", "x2", "y2"],
    ["scatter", "x", "y"],
    ["scatter", "x2", "y2"],
  ]);
  expect(fig.layout.yaxis?.title?.text).to.equal("f(x)");
  expect((fig.layout.yaxis2 as { title: { text: string } }).title.text).to.equal("f′(x)");
  expect(numbers(fig.data[2]!, "y")).to.deep.equal([-2, -1, 0, 1, 2].map(sigmoid.f));
  expect(numbers(fig.data[3]!, "y")).to.deep.equal([-2, -1, 0, 1, 2].map(sigmoid.df));
});

Deno.test("activationPlot() breaks a derivative's line at a jump, not at smooth change", () => {
  const fig = activationPlot([relu, elu(1)], { range: [-1, 1], points: 5 });
  // ReLU′ jumps from 0 to 1 between x = 0 and x = 0.5: a null separates them.
  expect(fig.data[1]!.y).to.deep.equal([0, 0, 0, null, 1, 1]);
  expect(fig.data[1]!.x).to.deep.equal([-1, -0.5, 0, null, 0.5, 1]);
  // ELU′ is continuous at 0 for α = 1: no break.
  expect(fig.data[3]!.y).to.not.include(null);
});

Deno.test("activationPlot() marks the derivative's value at the given inputs", () => {
  const fig = activationPlot([leakyRelu(0.1)], { markDerivativeAt: [0, 1] });
  const marks = fig.data.filter((t) => t.mode === "markers");
  expect(marks.map((t) => [t.x, t.y])).to.deep.equal([[[0], [0.1]], [[1], [1]]]);
});

Deno.test("linspace() includes both ends and rejects fewer than 2 points", () => {
  expect(linspace(0, 1, 3)).to.deep.equal([0, 0.5, 1]);
  expect(() => linspace(0, 1, 1)).to.throw(RangeError, /n/);
  expect(() => linspace(0, NaN, 3)).to.throw(RangeError, /NaN/);
});

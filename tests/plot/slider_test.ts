import { expect } from "chai";
import { leakyRelu, relu } from "relu-lab";
import { parameterSliderPlot } from "relu-lab/plot";

Deno.test("parameterSliderPlot() shows only the initial value's traces, references always", () => {
  const values = [0, 0.1, 0.5];
  const fig = parameterSliderPlot((a) => leakyRelu(a), values, {
    initial: 0.5,
    references: [relu],
  });
  expect(fig.data).to.have.length(2 + 2 * values.length);
  expect(fig.data.map((t) => t.visible ?? true)).to.deep.equal([
    true,
    true,
    false,
    false,
    false,
    false,
    true,
    true,
  ]);
  const slider = (fig.layout.sliders as {
    steps: { label: string; args: [{ visible: boolean[] }] }[];
  }[])[0]!;
  expect(slider.steps.map((s) => s.label)).to.deep.equal(["0", "0.1", "0.5"]);
  expect(slider.steps[1]!.args[0].visible).to.deep.equal([
    true,
    true,
    false,
    false,
    true,
    true,
    false,
    false,
  ]);
});

Deno.test("parameterSliderPlot() rejects an initial value that is not offered", () => {
  expect(() => parameterSliderPlot((a) => leakyRelu(a), [0.1], { initial: 0.2 }))
    .to.throw(RangeError, /initial.*0\.2/);
  expect(() => parameterSliderPlot((a) => leakyRelu(a), [])).to.throw(RangeError, /values/);
});

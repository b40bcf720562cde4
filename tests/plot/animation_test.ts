import { expect } from "chai";
import { animateFigures, Figure, trainingCurves } from "relu-lab/plot";
import { closeBrowser, findBrowser, renderPng } from "../../lib/display/png.ts";

const snapshot = (v: number, traces = 1) =>
  new Figure({
    data: Array.from({ length: traces }, () => ({ type: "scatter" as const, x: [0], y: [v] })),
    layout: { title: { text: "boundary" }, xaxis: { range: [0, 1] } },
  });

Deno.test("animateFigures() makes one named frame per snapshot, with play and a slider", () => {
  const fig = animateFigures(
    [1, 2, 3].map((e) => ({ name: `epoch ${e}`, figure: snapshot(e) })),
    { frameMs: 250 },
  );
  expect(fig.frames.map((f) => [f.name, f.data[0]!.y])).to.deep.equal([
    ["epoch 1", [1]],
    ["epoch 2", [2]],
    ["epoch 3", [3]],
  ]);
  expect(fig.data[0]!.y).to.deep.equal([1]);
  expect(fig.layout.xaxis?.range).to.deep.equal([0, 1]);
  type Menu = { buttons: { label: string; args: [unknown, { frame: { duration: number } }] }[] };
  const play = (fig.layout.updatemenus as Menu[])[0]!.buttons[0]!;
  expect(play.label).to.contain("play");
  expect(play.args[1].frame.duration).to.equal(250);
  const steps = (fig.layout.sliders as { steps: { args: [string[]] }[] }[])[0]!.steps;
  expect(steps.map((s) => s.args[0])).to.deep.equal([["epoch 1"], ["epoch 2"], ["epoch 3"]]);
  expect(fig.toJSON().frames).to.have.length(3);
});

Deno.test("animateFigures() rejects no snapshots and snapshots with other traces", () => {
  expect(() => animateFigures([])).to.throw(RangeError, /at least one/);
  const frames = [{ name: "a", figure: snapshot(1) }, { name: "b", figure: snapshot(2, 2) }];
  expect(() => animateFigures(frames)).to.throw(RangeError, /frames\[1\].*1 traces/);
});

Deno.test("animateFigures() makes its static picture from the last snapshot unless told otherwise", () => {
  const frames = [1, 2, 3].map((e) => ({ name: `epoch ${e}`, figure: snapshot(e) }));
  const last = animateFigures(frames);
  expect(last.stillFrame).to.equal(2);
  expect(last.stillSpec().data[0]!.y).to.deep.equal([3]);
  const slider = (last.stillSpec().layout.sliders as { active: number }[])[0]!;
  expect(slider.active).to.equal(2);
  // The interactive figure still starts at the first snapshot.
  expect(last.data[0]!.y).to.deep.equal([1]);
  expect((last.layout.sliders as { active: number }[])[0]!.active).to.equal(0);
  expect(animateFigures(frames, { still: 1 }).stillSpec().data[0]!.y).to.deep.equal([2]);
  expect(animateFigures(frames, { still: "first" }).stillSpec().data[0]!.y).to.deep.equal([1]);
});

Deno.test("animateFigures() keeps the first snapshot's title, legend and top margin, and adds room for the controls below", () => {
  const base = trainingCurves([{ name: "relu", values: [1, 0.5] }, {
    name: "tanh",
    values: [1, 0.7],
  }]);
  const fig = animateFigures([{ name: "a", figure: base }, { name: "b", figure: base }]);
  const m0 = base.layout.margin as { t: number; b: number };
  const m1 = fig.layout.margin as { t: number; b: number };
  expect(m1.t).to.equal(m0.t);
  expect(m1.b - m0.b).to.equal(fig.layout.height! - base.layout.height!);
  // Title and legend stay where they were, in pixels from the top.
  const fromTop = (layout: typeof fig.layout, part: "title" | "legend") =>
    (1 - ((layout[part] as { y: number }).y)) * layout.height!;
  expect(fromTop(fig.layout, "title")).to.be.closeTo(fromTop(base.layout, "title"), 1e-9);
  expect(fromTop(fig.layout, "legend")).to.be.closeTo(fromTop(base.layout, "legend"), 1e-9);
});

Deno.test({
  name: "Figure.bundle() draws an animation's PNG from its still frame",
  ignore: findBrowser() === undefined,
  async fn() {
    const frames = [0.2, 0.8].map((v, k) => ({
      name: `epoch ${k}`,
      figure: new Figure({
        data: [{ type: "bar", x: ["dead"], y: [v] }],
        layout: { yaxis: { range: [0, 1] } },
      }),
    }));
    const animation = animateFigures(frames);
    const png = (await animation.bundle())["image/png"];
    const stillPng = await renderPng(animation.stillSpec());
    const firstPng = await renderPng({ data: animation.data, layout: animation.layout });
    await closeBrowser();
    expect(png).to.equal(stillPng);
    expect(png).to.not.equal(firstPng);
  },
});

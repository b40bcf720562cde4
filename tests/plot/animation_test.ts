import { expect } from "chai";
import { animateFigures, Figure } from "relu-lab/plot";

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

// Chapter 4's notebook says things in Markdown cells that no code computes; these tests hold
// each against the committed full profiles and the code's constants, so a re-run or a change
// that makes the prose wrong fails here. They also hold the notebook to the cell rules.
import { expect } from "chai";
import { adam, circles, constantInit, deadUnits, fit, mlp, sgd } from "relu-lab";
import { dying, sweepByName } from "relu-lab/chapters";
import { committedResults } from "../../../lib/chapters/_shared/committed.ts";
import { codeCells, firstCellText, markdownText } from "./_notebook_cells.ts";

const NOTEBOOK = "notebooks/04_dying.ipynb";
const { DEMO_LR, MICROSCOPE, bornDeadPoint, definitionGaps, initCell, lrPoint } = dying;
const full = await dying.dyingChapter.findings();
const prose = markdownText(NOTEBOOK);

Deno.test("chapter 4's notebook keeps the cell rules: short cells, no helpers, bare imports", () => {
  const cells = codeCells(NOTEBOOK);
  const lengths = cells.map((c) => c.lines.length).sort((a, b) => a - b);
  expect(Math.max(...lengths)).to.be.at.most(15);
  expect(lengths[Math.floor((lengths.length - 1) / 2)]).to.be.at.most(8);
  for (const cell of cells) {
    expect(cell.text, cell.text).to.not.match(/=>|\bfunction\b/);
    for (const from of cell.text.matchAll(/from "([^"]+)"/g)) {
      expect(from[1]).to.match(/^relu-lab(\/(lab|plot|chapters))?$/);
    }
  }
});

Deno.test("chapter 4 opens with its question and the article's claims it tests", () => {
  const opening = firstCellText(NOTEBOOK);
  expect(opening).to.contain(dying.dyingChapter.question);
  for (const claim of dying.dyingChapter.claims) expect(opening).to.contain(claim);
});

Deno.test("chapter 4's prose states the settings the code uses", () => {
  const m = MICROSCOPE;
  expect(prose).to.contain(`step ${m.learningRate}, mean squared error,\n${m.samples} inputs`);
  expect(prose).to.contain(`at each of ${m.steps.toLocaleString("en")}\nsteps`);
  expect(prose).to.contain(`Leaky ReLU (a = ${m.leak})`);
  const lr = dying.dyingLr;
  const quick = lr.profiles.quick;
  expect(prose).to.contain(
    `${quick.seeds} seeds at ${quick.grid!.learningRate!.length} learning rates`,
  );
  expect(prose).to.contain(
    `the full one ${lr.profiles.full.seeds} seeds at ${lr.grid.learningRate.length}`,
  );
  expect(prose).to.contain(`reaches ${100 * full.lr.level}%`);
  expect(prose).to.contain(`At a learning rate of ${DEMO_LR}, just above the threshold`);
  const init = dying.dyingInit.grid;
  expect(prose).to.contain(`(${init.biasMean.map((b) => String(b).replace("-", "−")).join(", ")};`);
  expect(prose).to.contain(`by ${init.weightScale[0]} to ${init.weightScale.at(-1)}`);
  expect(prose).to.contain(`the gentle learning rate ${init.learningRate[0]}`);
  const bd = dying.bornDeadMc;
  expect(prose).to.contain(
    `${bd.profiles.quick.grid!.trials![0]} networks per setting in the quick profile and ` +
      `${bd.grid.trials[0]!.toLocaleString("en")} in the full`,
  );
});

Deno.test("chapter 4's microscope prose holds: ReLU's weight never moves, the leak's gradient is never 0", () => {
  for (const { activation, trace } of full.microscope.cases) {
    if (activation === "relu") {
      expect(new Set(trace.weight).size).to.equal(1);
      expect(trace.weightGrad.every((g) => g === 0)).to.equal(true);
    } else {
      expect(trace.weightGrad.every((g) => g !== 0)).to.equal(true);
    }
  }
});

Deno.test("chapter 4's learning-rate prose holds: a threshold, and learning rate 3 just above it", () => {
  const t = full.lr.threshold!;
  expect(t.high).to.be.below(DEMO_LR);
  expect(t.value).to.be.above(full.lr.points[0]!.learningRate); // not at the grid's start
  expect(full.lr.points[0]!.dead.mean.value).to.be.below(0.1);
  expect(full.lr.points.at(-1)!.dead.mean.value).to.be.above(0.5);
  const three = lrPoint(full.lr, DEMO_LR);
  expect(three.accuracy.mean.value).to.be.below(lrPoint(full.lr, 0.1).accuracy.mean.low!);
});

Deno.test("chapter 4's initialisation prose holds: zero biases never kill a first-layer unit; over 80% dead at birth stays near chance", async () => {
  const { rows } = await committedResults(dying.dyingInit);
  const zeroBias = rows.filter((r) =>
    r.activation === "relu" && r.biasMean === 0 && r.biasStd === 0
  );
  expect(zeroBias.length).to.be.above(0);
  for (const r of zeroBias) expect((r.perEpoch[0]!.deadFraction as number[])[0]).to.equal(0);
  const doomed = full.init.cells.filter((c) => c.deadAtInit.mean.value > 0.8);
  expect(doomed.length).to.be.above(0);
  expect(prose).to.contain("most of its units dead (over 80%) stays at or near chance");
  for (const c of doomed) expect(c.accuracy.mean.value).to.be.below(0.6);
  expect(initCell(full.init, { weightScale: 1, biasMean: -1 }).change.high).to.be.below(0);
});

Deno.test("chapter 4's revival prose holds: the first layer never comes back, the second often does", () => {
  const totals = dying.revivalTotals(full.lr, full.init);
  expect(totals.runsThatFell[0]).to.equal(0);
  expect(totals.runsThatFell[1]).to.be.above(totals.runs / 4);
});

Deno.test("chapter 4's born-dead prose holds: the bound from above, RAI lower, the definitions agree but for rounding", () => {
  const bd = full.bornDead;
  const he = bd.points.filter((p) => p.init === "he" && p.inputs === 100);
  for (const p of he) expect(p.deadLayer.low).to.be.at.most(p.theory);
  for (const width of [2, 4, 8]) {
    const gap = (depth: number) => {
      const p = bornDeadPoint(bd, { depth, width, init: "he" });
      return p.theory - p.deadLayer.value;
    };
    expect(gap(50), `width ${width}`).to.be.below(gap(10));
  }
  for (const depth of [5, 10, 20, 50]) {
    const at = (init: string) => bornDeadPoint(bd, { depth, width: 2, init }).deadLayer;
    expect(at("rai").high, `depth ${depth}`).to.be.below(at("he").low!);
  }
  expect(definitionGaps(bd, "he")).to.deep.equal([]);
  const gaps = definitionGaps(bd, "rai");
  for (const p of gaps) {
    expect(p.depth).to.be.at.least(30);
    expect(p.constant!.value - p.deadLayer.value).to.be.within(0, 0.05);
  }
  expect(gaps[0]!.liveRange).to.be.below(1e-15); // the largest gap: outputs equal to rounding
  expect(bornDeadPoint(bd, { depth: 50, width: 4, init: "rai" }).liveRange).to.be.below(1e-9);
});

Deno.test("a network born dead stays dead under gradient training, with SGD or Adam", async () => {
  const data = circles(3, { n: 200, noise: 0.1, factor: 0.5, dtype: "float64" });
  for (const optimizer of [sgd(), adam()]) {
    // Biases of −10: every first-layer pre-activation is below 0 on the circles.
    const model = mlp({
      sizes: [2, 4, 4, 1],
      biasInit: constantInit(-10),
      dtype: "float64",
      seed: 1,
    });
    const first = Array.from(model.parameters()[0]!.value);
    await fit(model, data, { epochs: 5, learningRate: 0.1, optimizer });
    expect(deadUnits(model, data.x)[0]!.deadFraction).to.equal(1);
    expect(Array.from(model.parameters()[0]!.value)).to.deep.equal(first);
    expect(new Set(model.predict(data.x).data).size).to.equal(1);
  }
});

Deno.test("chapter 4's setup differs from the learning-rate-3 baselines of chapters 6 and 7, as its prose says", () => {
  expect(prose).to.contain("because their data, training length or initialisation differ");
  for (const name of ["threat-width", "remedies"]) {
    const epochs = sweepByName(name).grid.epochs as readonly number[];
    expect(epochs, name).to.not.include(dying.DYING_SETUP.epochs);
  }
});

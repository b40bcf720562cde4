// Chapter 5's notebook says things in Markdown cells that no code computes; these tests hold
// each against the committed full profiles and the code's constants, so a re-run or a change
// that makes the prose wrong fails here. They also hold the notebook to the cell rules.
import { expect } from "chai";
import { Rng, RReLU } from "relu-lab";
import { leaky } from "relu-lab/chapters";
import { codeCells, firstCellText, markdownText } from "../04_dying/_notebook_cells.ts";

const NOTEBOOK = "notebooks/05_leaky_prelu.ipynb";
const { LEAK, leakPoint, leakVersusRelu, slopeCell } = leaky;
const full = await leaky.leakyChapter.findings();
const prose = markdownText(NOTEBOOK);

Deno.test("chapter 5's notebook keeps the cell rules: short cells, no helpers, bare imports", () => {
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

Deno.test("chapter 5 opens with its question and the article's claims it tests", () => {
  const opening = firstCellText(NOTEBOOK);
  expect(opening).to.contain(leaky.leakyChapter.question);
  for (const claim of leaky.leakyChapter.claims) expect(opening).to.contain(claim);
});

Deno.test("chapter 5's prose states the settings the code uses", () => {
  const grid = leaky.leakySlope.grid;
  expect(prose).to.contain(
    `a from ${grid.a[0]} to ${grid.a.at(-1)} at a gentle (${grid.learningRate[0]}) and a harsh ` +
      `(${grid.learningRate[1]})`,
  );
  expect(prose).to.contain(`2-${grid.width[0]}-${grid.width[0]}-1 network`);
  expect(prose).to.contain(`narrow 2-${grid.width[1]}-${grid.width[1]}-1 one`);
  const quick = leaky.preluSlopes.profiles.quick;
  expect([quick.seeds, quick.grid!.epochs![0]]).to.deep.equal([3, 30]);
  expect(prose).to.contain("first three of these seeds for 30 epochs");
  expect(full.prelu.curves.every((c) => c.slopes[0] === 0.25)).to.equal(true);
  const rrelu = new RReLU(1, new Rng(0));
  expect([rrelu.lower, rrelu.upper]).to.deep.equal([1 / 8, 1 / 3]);
  expect((rrelu.lower + rrelu.upper) / 2).to.be.closeTo(11 / 48, 1e-15);
  expect(prose).to.contain("uniformly from [1/8, 1/3]");
});

Deno.test("chapter 5's dying prose holds: no leaky unit dead, ReLU's inactive are its dead, only the leaky variants diverge", () => {
  for (const p of full.lr.points.filter((p) => p.activation === LEAK)) {
    expect(p.dead!.mean.value, `${p.learningRate}`).to.equal(0);
  }
  for (const p of full.lr.points.filter((p) => p.activation === "relu")) {
    expect(p.inactive!.mean.value).to.equal(p.dead!.mean.value);
    expect(p.diverged).to.equal(0);
  }
  const blownUp = full.lr.points.filter((p) => p.activation !== "relu" && p.diverged === p.runs);
  expect(blownUp.length).to.be.above(0); // "lines stop where every seed diverged"
});

Deno.test("chapter 5's comeback prose holds: leaky first-layer units come back, most inactive ones stay", () => {
  const { relu, leak } = full.lr.revival!;
  expect(relu.layers[0]!.runsThatFell).to.equal(0);
  expect(leak.layers[0]!.runsThatFell).to.be.above(0);
  const end = leakPoint(full.lr, LEAK, 3).inactive!.mean.value;
  expect(-leak.pooled.change.value).to.be.above(0);
  expect(-leak.pooled.change.value).to.be.below(end); // most stay inactive
});

Deno.test("chapter 5's verdict on the leak holds: clear gains only where ReLU loses a quarter of its units, and no rescue", () => {
  const v = leaky.leakVerdicts(full.lr);
  expect(v.helps.length).to.be.above(0);
  expect(v.hurts).to.deep.equal([]);
  for (const rate of v.helps) {
    expect(leakPoint(full.lr, "relu", rate).dead!.mean.value, `${rate}`).to.be.at.least(0.25);
  }
  const gentle = leakPoint(full.lr, LEAK, v.gentle).accuracy!.mean;
  for (const rate of full.lr.learningRates.filter((rate) => rate > 3)) {
    expect(leakPoint(full.lr, LEAK, rate).accuracy!.mean.high).to.be.below(gentle.low!);
    expect(leakVersusRelu(full.lr, rate).verdict).to.equal("helps");
  }
});

Deno.test("chapter 5's PReLU prose holds: shared slopes go negative and above 1, per-unit means stay in [-0.1, 0.4], learning rate 1 diverges", () => {
  const shared = full.prelu.layers.filter((l) => l.activation === "prelu" && l.slope !== null);
  expect(shared.some((l) => l.slope!.low < 0)).to.equal(true);
  expect(shared.some((l) => l.slope!.high > 1)).to.equal(true);
  for (const l of full.prelu.layers.filter((l) => l.activation === "prelu_per_unit" && l.slope)) {
    expect(l.slope!.low).to.be.at.least(-0.1);
    expect(l.slope!.high).to.be.at.most(0.4);
  }
  for (const l of full.prelu.layers.filter((l) => l.learningRate === 1)) {
    expect([l.seeds, l.slope]).to.deep.equal([0, null]);
  }
  expect(leakPoint(full.lr, "prelu", 1).diverged).to.equal(leakPoint(full.lr, "prelu", 1).runs);
});

Deno.test("chapter 5's slope prose holds: a = 1 sits at chance, a = 0.01 is the recommendation", () => {
  for (const width of [16, 4]) {
    const linear = slopeCell(full.slope, { a: 1, learningRate: 0.1, width }).accuracy!.mean;
    expect(linear.value).to.be.below(0.52);
    expect(linear.low).to.be.below(0.5);
  }
  const r = full.slope.recommendation;
  expect(r.recommended[0]).to.equal(0.01);
  // "From a = 0.5 up the difference turns clearly negative at some width."
  for (const a of full.slope.cells.map((c) => c.a).filter((a) => a >= 0.5)) {
    const worse = full.slope.cells.some((c) =>
      c.a === a && c.learningRate === r.gentleRate && c.versusRelu!.difference.high! < 0
    );
    expect(worse, `a = ${a}`).to.equal(true);
  }
});

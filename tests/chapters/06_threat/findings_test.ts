import { expect } from "chai";
import { accuracy } from "relu-lab";
import { circlesTask } from "../../../lib/chapters/_shared/circles_task.ts";
import { committedResults } from "../../../lib/chapters/_shared/committed.ts";
import { dying, threat } from "relu-lab/chapters";

const {
  biasOutcome,
  CHAPTER4_TRAINING_POINTS,
  revivalOutcome,
  threatChapter,
  threatEvidence,
  widthOutcome,
} = threat;
const findings = await threatChapter.findings();

Deno.test("chapter 6 quotes each statistic with one interval, in its tables, evidence and headline", () => {
  const evidence = threatEvidence(findings).text, headline = threatChapter.headline(findings);
  const cell = (table: { columns: string[]; cells: string[][] }, row: number, column: string) =>
    table.cells[row]![table.columns.indexOf(column)]!;
  // The revival count that a table and the summary once showed with two intervals.
  const back = revivalOutcome(findings.revival, "all").cameBack.mean;
  expect(cell(threat.revivalTable(findings.revival), 0, "of those, active at the end"))
    .to.equal(back.withInterval);
  expect(evidence).to.contain(`${back.withInterval} of them are alive at the end`);
  expect(headline).to.contain(`brings back ${back.withInterval}`);
  const born = biasOutcome(findings.bias, { bias: -1, learningRate: 0.3 }).deadAtInit.mean;
  expect(cell(threat.biasTable(findings.bias), 0, "dead at birth")).to.equal(born.withInterval);
  expect(evidence).to.contain(`at -1, ${born.withInterval} of the units`);
  const wide = widthOutcome(findings.width, { width: 64, learningRate: 3 }).accuracy.mean;
  const widthTable = threat.widthTable(findings.width);
  expect(cell(widthTable, 5, "test accuracy, lr 3")).to.equal(wide.withInterval);
  expect(evidence).to.contain(`still reaches ${wide.withInterval}`);
});

Deno.test("chapter 6 quotes runs that are the same runs once: dead at birth, dead after phase 1", () => {
  for (const bias of [-1, 0, 1]) {
    const at = (learningRate: number) =>
      biasOutcome(findings.bias, { bias, learningRate }).deadAtInit.mean;
    expect(at(2), `bias ${bias}`).to.deep.equal(at(0.3));
  }
  const [all, same] = ["all", "same"].map((c) => revivalOutcome(findings.revival, c));
  expect(all!.deadAfterPhase1.mean).to.deep.equal(same!.deadAfterPhase1.mean);
});

// The notebook's prose and the evidence's verdicts say these things about the committed
// full profiles; if a re-run changes them, the words must change too.
Deno.test("chapter 6's prose holds on the committed full profiles", () => {
  const b = (bias: number, learningRate: number) =>
    biasOutcome(findings.bias, { bias, learningRate });
  // 1. Bias -1 kills half at birth and costs accuracy; +0.1 does not protect at lr 2.
  expect(b(-1, 0.3).deadAtInit.mean.low).to.be.above(b(0, 0.3).deadAtInit.mean.high!);
  expect(b(-1, 0.3).accuracy.mean.value).to.be.below(b(0, 0.3).accuracy.mean.low!);
  expect(b(0.1, 2).dead.mean.low).to.be.below(b(0, 2).dead.mean.high!);
  expect(b(1, 2).dead.mean.low).to.be.above(b(0, 2).dead.mean.high!);
  // 2. Rarely on test points, about half somewhere in the box.
  expect(findings.width.elsewhere.onTest.mean.high).to.be.below(0.15);
  expect(findings.width.elsewhere.onShifted.mean.value).to.be.within(0.4, 0.6);
  // 3. New data revives more than the control, most at once.
  const all = revivalOutcome(findings.revival, "all"),
    same = revivalOutcome(findings.revival, "same");
  expect(all.cameBack.mean.low).to.be.above(same.cameBack.mean.high!);
  expect(all.activeOnPhase2Data.mean.value).to.be.above(all.cameBack.mean.value / 2);
  // 4. Pruning changes at most a fraction of a point; the wide network keeps its accuracy.
  const { pruning } = findings.width;
  expect(pruning.sameTrainAccuracy).to.equal(pruning.runs);
  expect(pruning.largestTestChange).to.be.at.most(0.005);
  const w = (width: number) => widthOutcome(findings.width, { width, learningRate: 3 });
  expect(w(64).dead.mean.value).to.be.above(0.3);
  expect(w(64).accuracy.mean.low).to.be.above(0.97);
  // 5. The narrow one falls towards chance, and chance means a lost layer.
  expect(w(4).accuracy.mean.high).to.be.below(0.7);
  expect(findings.width.atChance.withDeadLayer).to.be.at.least(0.9 * findings.width.atChance.runs);
  // "On these seeds the two setups cannot be told apart": the paired interval contains 0.
  expect(findings.chapter4.difference.difference.excludes(0)).to.equal(false);
});

Deno.test("chapter 6's comparison with chapter 4 rests on the seeds, weights and steps it claims", async () => {
  const { chapter4 } = findings;
  expect(circlesTask(0).train.x.rows).to.equal(CHAPTER4_TRAINING_POINTS); // dying-lr's data size
  expect(chapter4.setups[0].steps).to.equal(chapter4.setups[1].steps);
  const here = (await committedResults(threat.widthSweep)).rows
    .filter((r) => r.width === 16 && r.learningRate === 3);
  const there = (await committedResults(dying.dyingLr)).rows
    .filter((r) => r.activation === "relu" && r.learningRate === 3);
  const seeds = new Set(here.map((r) => r.seed));
  expect(there.every((r) => seeds.has(r.seed))).to.equal(true); // chapter 4's seeds are here
  expect(chapter4.difference.n).to.equal(there.length);
});

Deno.test("retrainFirstRun() reproduces the sweep's run, and deadUnitMaps() marks the data on outer axes", async () => {
  const rows = [{ width: 16, learningRate: 3, epochs: 5, replicate: 0, seed: 2 }];
  const run = await threat.retrainFirstRun(rows, { width: 16, learningRate: 3 });
  const outcome = await threat.widthSweep.run({ width: 16, learningRate: 3, epochs: 5 }, 2);
  expect(accuracy(run.model.predict(run.test.x), run.test.y)).to.equal(
    outcome.metrics.testAccuracy,
  );
  const figure = threat.deadUnitMaps(run);
  if (!("layout" in figure)) throw new Error("expected dead units at learning rate 3");
  const tiles = figure.data.length;
  expect(tiles).to.equal(outcome.metrics.deadUnits);
  const shapes = figure.layout.shapes as { type: string; x1: number }[];
  expect(shapes.filter((s) => s.type === "circle")).to.have.length(tiles);
  expect(shapes[0]!.x1).to.be.within(1, 1.6); // the outer circle, radius 1, plus noise
  const titled = (key: string) =>
    Object.entries(figure.layout).filter(([k, v]) =>
      k.startsWith(key) && (v as { title?: { text: string } }).title?.text
    ).length;
  const columns = Math.min(4, tiles);
  expect(titled("xaxis")).to.equal(Math.min(columns, tiles)); // the bottom tile of each column
  expect(titled("yaxis")).to.equal(Math.ceil(tiles / columns)); // the first tile of each row
});

Deno.test("chapter 6's notebook opens with the chapter's question", () => {
  const notebook = JSON.parse(Deno.readTextFileSync("notebooks/06_threat.ipynb"));
  const first = (notebook.cells[0].source as string[]).join("").replace(/\s+/g, " ");
  expect(first).to.contain(threatChapter.question);
});

// The qualitative sentences of chapter 9's Markdown cells and of its evidence, each checked
// against the findings of the states run in Deno (the prose must fail here if the numbers turn).

import { expect } from "chai";
import { playground } from "../../../lib/chapters.ts";

const findings = await playground.playgroundFindings();
const prose = (JSON.parse(await Deno.readTextFile("notebooks/09_playground.ipynb")).cells as {
  cell_type: string;
  source: string[];
}[]).filter((c) => c.cell_type === "markdown").map((c) => c.source.join("")).join("\n")
  .replace(/\s+/g, " ");

/** Each claim: a sentence of the prose, and the check that makes it true. */
const CLAIMS: [string, () => boolean][] = [
  [
    "ReLU's maps go blank one after another and their frames turn red, while Leaky ReLU (a = 0.01) keeps every unit",
    () => findings.lr3.left.dead.mean.value > 0.5 && findings.lr3.right.dead.mean.value === 0,
  ],
  [
    "The ReLU unit is dead and stays so",
    () => findings.pushed.left.pushedDead.mean.value === 1,
  ],
  [
    "a unit pushed below the data does not come back within 80 steps either",
    () => findings.pushed.right.pushedActive.mean.value === 0,
  ],
  [
    "ReLU simply loses the unit",
    () => findings.pushedFar.left.testAccuracy.mean.value > 0.95,
  ],
  [
    "a unit pushed very far turns the leak into damage",
    () => findings.pushedFar.accuracyGain.difference.high! < 0,
  ],
  [
    "a ReLU network often has a layer whose two units are both off on every training point before the first step",
    () => findings.bornDead.left.deadAtStart.mean.value > 0.25,
  ],
  [
    "Batch norm rescues a high learning rate with batches of 50, not with batches of 10",
    () =>
      findings.batchNorm.accuracyGain.difference.low! > 0 &&
      findings.batchNorm.right.dead.mean.value < findings.batchNorm.left.dead.mean.value &&
      findings.batchNormSmall.accuracyGain.difference.low! <= 0 &&
      findings.batchNormSmall.accuracyGain.difference.high! >= 0,
  ],
];

for (const [sentence, check] of CLAIMS) {
  Deno.test(`chapter 9 says "${sentence.slice(0, 60)}…", and its findings agree`, () => {
    expect(prose).to.include(sentence);
    expect(check()).to.equal(true);
  });
}

Deno.test("chapter 9's evidence wording matches its findings", () => {
  const text = playground.playgroundEvidence(findings).text;
  // "barely moves": the pushed unit costs neither network a point of test accuracy.
  expect(text).to.include("Test accuracy barely moves");
  expect(Math.abs(findings.pushed.accuracyGain.difference.value)).to.be.below(0.01);
  // "surviving is not learning": Leaky ReLU keeps its units but learns far less than at a sane rate.
  expect(text).to.include("surviving is not learning");
  expect(findings.lr3.right.testAccuracy.mean.value).to.be.below(0.9);
  // "no better than ReLU's" for the thin, deep network.
  expect(text).to.include("is no better than ReLU's");
  expect(findings.bornDead.right.testAccuracy.mean.value).to.be.at.most(
    findings.bornDead.left.testAccuracy.mean.value + 0.02,
  );
  expect(findings.bornDead.right.dead.mean.value).to.equal(0);
});

Deno.test("chapter 9's states open with the settings their titles name", () => {
  expect(playground.stateConfig("lr3").learningRate).to.equal(3);
  expect(playground.stateConfig("bornDead").hidden).to.deep.equal(new Array(10).fill(2));
  expect(playground.stateConfig("pushed").pushes[0]!.value).to.equal(-3);
  expect(playground.stateConfig("pushedFar").pushes[0]!.value).to.equal(-100000);
  expect(playground.stateConfig("batchNorm").compare).to.deep.equal({
    setting: "batchNorm",
    value: true,
  });
});

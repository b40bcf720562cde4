import { expect } from "chai";
import { boundaries } from "relu-lab/chapters";
import { expectNotebookFollowsRules } from "../01_relu/_notebook_rules.ts";

const { shapeFindings, shapeOf, boundariesChapter, boundaryEvidence, BOUNDARY_ACTIVATIONS } =
  boundaries;

/** Rows of `boundary-shape` for `seeds` seeds, with growth `growth(activation, seed)`. */
function rows(seeds: number, growth: (activation: string, seed: number) => number) {
  return Array.from({ length: seeds }, (_, replicate) =>
    BOUNDARY_ACTIVATIONS.map((activation) => {
      const linear = !/tanh|sigmoid/.test(activation);
      return {
        activation,
        epochs: 100,
        replicate,
        seed: replicate,
        status: "completed" as const,
        divergedEpoch: null,
        testAccuracy: 0.99,
        regions: linear ? 100 + replicate : null,
        boundaryPieces: linear ? (activation === "relu" ? 10 : 14) + (replicate % 2) : null,
        segmentsCoarse: 10,
        segmentsMedium: 15,
        segmentsFine: 10 * growth(activation, replicate),
        perEpoch: [],
        wallSeconds: 1,
        error: null,
      };
    })).flat();
}

Deno.test("shapeFindings() divides the finest segment count by the coarsest, and pairs Leaky with ReLU", () => {
  const findings = shapeFindings(
    rows(6, (a, s) => (/tanh|sigmoid/.test(a) ? 3 + 0.01 * s : 1.5 - 0.01 * s)) as never,
    "quick",
  );
  expect(shapeOf(findings, "tanh").growths).to.deep.equal([3, 3.01, 3.02, 3.03, 3.04, 3.05]);
  expect(shapeOf(findings, "relu").growth.value).to.be.closeTo(1.475, 1e-12);
  expect(findings.smoothMinGrowth).to.equal(3);
  expect(findings.linearMaxGrowth).to.equal(1.5);
  expect(shapeOf(findings, "sigmoid").boundaryPieces).to.equal(null);
  expect(shapeOf(findings, "relu").pieceRange).to.deep.equal([10, 11]);
  const pieces = findings.leakyVsRelu.boundaryPieces;
  expect([pieces.difference.value, pieces.aWins, pieces.n]).to.deep.equal([4, 6, 6]);
  expect(findings.seeds).to.equal(6);
  expect(findings.incomplete).to.equal(0);
  expect(() => shapeOf(findings, "gelu")).to.throw(RangeError, /"relu".*"gelu"/);
});

Deno.test("chapter 2 quotes each statistic with one interval, in its tables, evidence and headline", async () => {
  const findings = await boundariesChapter.findings();
  const relu = shapeOf(findings, "relu");
  const table = boundaries.shapeTable(findings);
  const growthColumn = table.columns.findIndex((c) => c.startsWith("growth"));
  expect(table.cells[0]![growthColumn]).to.equal(relu.growth.withInterval);
  const evidence = boundaryEvidence(findings).text;
  expect(evidence).to.contain(`**${relu.growth}**`);
  expect(boundariesChapter.headline(findings)).to.contain(relu.growth.withInterval);
  const pieces = findings.leakyVsRelu.boundaryPieces.difference;
  expect(boundaries.leakyTable(findings).cells[0]![1]).to.equal(pieces.withInterval);
  expect(evidence).to.contain(`**${pieces}**`);
});

Deno.test("chapter 2's findings keep the numbers the chapter has quoted since the sweep ran", async () => {
  const findings = await boundariesChapter.findings();
  expect(shapeOf(findings, "relu").growth.withInterval).to.equal("1.53 (1.44 to 1.63)");
  expect(shapeOf(findings, "tanh").growth.withInterval).to.equal("3.18 (3.15 to 3.21)");
  expect(shapeOf(findings, "relu").boundaryPieces!.withInterval).to.equal("16.7 (15.8 to 17.8)");
  expect(findings.leakyVsRelu.boundaryPieces.difference.withInterval).to.equal(
    "4.03 (3.07 to 4.97)",
  );
});

// The notebook's prose and evidence say these things about the committed full profile; if a
// re-run changes them, the prose must change too.
Deno.test("chapter 2's prose holds on the committed full profile", async () => {
  const findings = await boundariesChapter.findings();
  for (const name of ["tanh", "sigmoid"]) {
    expect(shapeOf(findings, name).growth.value, name).to.be.closeTo(Math.sqrt(10), 0.15);
  }
  for (const name of ["relu", "leaky_relu(0.1)"]) {
    const shape = shapeOf(findings, name);
    expect(shape.growth.high!, name).to.be.below(2);
    // The count at the finest tolerance levels off near the exact number of pieces.
    expect(shape.segmentsFine.value / shape.boundaryPieces!.value, name).to.be.within(0.7, 1.1);
  }
  expect(findings.linearMaxGrowth).to.be.below(findings.smoothMinGrowth); // "do not overlap"
  const accuracies = findings.shapes.map((s) => s.testAccuracy.value);
  expect(Math.max(...accuracies) - Math.min(...accuracies)).to.be.below(0.005); // "about the same"
  expect(Math.min(...accuracies)).to.be.above(0.98);
  const { boundaryPieces, segmentsFine, testAccuracy } = findings.leakyVsRelu;
  expect(boundaryPieces.difference.excludes(0) && boundaryPieces.difference.value > 0).to.equal(
    true,
  );
  expect(segmentsFine.difference.low!).to.be.above(0);
  expect(testAccuracy.difference.excludes(0)).to.equal(false);
  expect(findings.incomplete).to.equal(0);
});

Deno.test("chapter 2's prose holds for its worked example, seed 0", async () => {
  const examples = await boundaries.trainBoundaryExamples({ seed: 0, every: 50, resolution: 5 });
  for (const net of examples.nets) {
    expect(net.history.epochs.at(-1)!.testAccuracy).to.be.above(0.95); // "all four solve it"
  }
  const table = boundaries.segmentTable(examples);
  const at = (row: string[], column: string) => Number(row[table.columns.indexOf(column)]);
  for (const row of table.cells) {
    const growth = at(row, "ε = 0.003") / at(row, "ε = 0.03");
    if (/tanh|sigmoid/.test(row[0]!)) {
      expect(growth, row[0]).to.be.above(2.8);
    } else {
      const pieces = at(row, "exact straight pieces");
      expect(Math.abs(at(row, "ε = 0.003") - pieces), row[0]).to.be.at.most(0.2 * pieces);
      expect(at(row, "ε = 0.001"), row[0]).to.be.at.least(pieces); // overshoots a little
    }
  }
  // ReLU units are exactly 0 on one side of their crease; tanh units nowhere.
  const tiles = (activation: string) =>
    boundaries.featureMaps(examples, activation).data.map((t) => (t.z as number[][]).flat());
  expect(tiles("relu").slice(0, 8).every((z) => z.includes(0))).to.equal(true);
  expect(tiles("tanh").slice(0, 8).some((z) => z.includes(0))).to.equal(false);
});

Deno.test("chapter 2's notebook opens with its question and claims, and keeps its cells short", () => {
  expectNotebookFollowsRules(boundariesChapter);
});

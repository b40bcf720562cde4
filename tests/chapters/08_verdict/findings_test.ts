import { expect } from "chai";
import { planRuns } from "relu-lab/lab";
import { remedies, verdict } from "relu-lab/chapters";

const {
  leakySummary,
  LARGER_LEAKS,
  outcomeOn,
  verdictChapter,
  verdictEvidence,
  verdictFindings,
  VERY_LEAKY,
  versusRelu,
} = verdict;
const findings = await verdictChapter.findings();

/** Rows where `activation` gains `gain(seed)` over ReLU's 0.9 on one dataset. */
function rows(gains: Record<string, (seed: number) => number | null>) {
  return Array.from(
    { length: 6 },
    (_, seed) =>
      ["relu", ...Object.keys(gains)].map((activation) => {
        const gain = activation === "relu" ? 0 : gains[activation]!(seed);
        return {
          dataset: "xor",
          activation,
          budget: "standard",
          replicate: seed,
          seed: 100 + seed,
          status: gain === null ? "diverged" as const : "completed" as const,
          divergedEpoch: gain === null ? 1 : null,
          accuracy: gain === null ? null : 0.9,
          testAccuracy: gain === null ? null : 0.9 + gain,
          deadFraction: gain === null ? null : 0,
          inactiveFraction: gain === null ? null : 0.1,
          perEpoch: [],
          wallSeconds: 1,
          error: null,
        };
      }),
  ).flat();
}

Deno.test("verdictFindings() calls a contender better or worse only when its paired interval excludes 0", () => {
  const f = verdictFindings(
    rows({
      "leaky_relu(0.01)": (s) => 0.02 + 0.001 * s,
      "leaky_relu(0.1)": (s) => -0.02 - 0.001 * s,
      elu: (s) => (s % 2 ? 0.01 : -0.01),
      prelu: (s) => (s < 5 ? null : 0.05),
    }) as never,
    "quick",
  );
  expect(versusRelu(f, "xor", "leaky_relu(0.01)").verdict).to.equal("better");
  expect(versusRelu(f, "xor", "leaky_relu(0.1)").verdict).to.equal("worse");
  expect(versusRelu(f, "xor", "elu").verdict).to.equal("no clear difference");
  expect(versusRelu(f, "xor", "prelu")).to.deep.include({ paired: null, verdict: "too few pairs" });
  expect(outcomeOn(f, "xor", "prelu").diverged).to.equal(5);
  const summary = leakySummary(f);
  expect(summary.largest.activation).to.equal("leaky_relu(0.01)");
  expect(summary.atBestSlightly).to.equal(false); // a gain of 2 points is more than slight
});

Deno.test("chapter 8 quotes each statistic with one interval, in its tables and its evidence", () => {
  const evidence = verdictEvidence(findings).text;
  const spirals = versusRelu(findings, "spirals", VERY_LEAKY).paired!.difference;
  const table = verdict.leakyTable(findings);
  const row = table.cells.find((r) => r[0] === "leaky_relu(1/5.5)" && r[1] === "spirals")!;
  expect(row[table.columns.indexOf("minus relu (points)")]).to.equal(spirals.withInterval);
  expect(evidence).to.contain(`leaky_relu(1/5.5) on spirals, ${spirals.withInterval}`);
  const fashion = outcomeOn(findings, "fashion-mnist", "relu").accuracy!.mean;
  const accuracy = verdict.accuracyTable(findings);
  expect(accuracy.cells.at(-1)![1]).to.equal(fashion.withInterval);
  expect(evidence).to.contain(`its test accuracy, ${fashion.withInterval}`);
  // Chapter 7's leak findings, quoted here with chapter 7's intervals.
  const leak = remedies.leakAt(findings.leak, 4).gain.difference;
  expect(remedies.leakTable(findings.leak).cells[2]![3]).to.equal(leak.withInterval);
  expect(evidence).to.contain(`keeps ${leak.withInterval} and`);
});

// The evidence, the headline and the notebook's prose say these things about the committed
// full profile; if a re-run changes them, the words must change too.
Deno.test("chapter 8's prose holds on the committed full profile", () => {
  const summary = leakySummary(findings);
  expect(summary.atBestSlightly, '"at best slightly better" holds').to.equal(true);
  expect(summary.better).to.have.length(0);
  const small = findings.versus.filter((v) => v.activation === "leaky_relu(0.01)");
  expect(small.every((v) => v.verdict === "no clear difference"), "never clearly").to.equal(true);
  const larger = findings.versus.filter((v) => LARGER_LEAKS.includes(v.activation));
  expect(larger.some((v) => v.verdict === "better")).to.equal(false);
  // Fashion-MNIST: the two of Xu et al. are not clearly different from ReLU, and nothing
  // overfits there: the running training accuracy is below the test accuracy.
  for (const a of [VERY_LEAKY, "rrelu"]) {
    expect(versusRelu(findings, "fashion-mnist", a).verdict, a).to.equal("no clear difference");
  }
  const relu = outcomeOn(findings, "fashion-mnist", "relu");
  expect(relu.trainAccuracy!.mean.high).to.be.below(relu.accuracy!.mean.low!);
  // "ReLU loses at most 4% of its units with these recipes": few units die here.
  expect(summary.reluMostDead.inactive!.mean.value).to.be.below(0.05);
});

Deno.test("chapter 8's notebook opens with its question and quotes the sweep's size as planned", () => {
  const notebook = JSON.parse(Deno.readTextFileSync("notebooks/08_verdict.ipynb"));
  const text = (i: number) => (notebook.cells[i].source as string[]).join("").replace(/\s+/g, " ");
  expect(text(0)).to.contain(verdictChapter.question);
  const runs = planRuns(verdict.verdictSweep, "full");
  const fashion = runs.filter((r) => r.settings.dataset === "fashion-mnist").length;
  const full = notebook.cells.map((_: unknown, i: number) => text(i)).join(" ");
  expect(full).to.contain(
    `${runs.length} trainings, ${fashion} of them on the whole of Fashion-MNIST`,
  );
  const toy = verdict.verdictRecipe("circles", "standard");
  const images = verdict.verdictRecipe("fashion-mnist", "standard");
  expect([toy.train, toy.test, images.train, images.test]).to.deep.equal([
    1000,
    1000,
    60000,
    10000,
  ]);
});

Deno.test("the verdict sets Xu et al.'s setting beside its own, the latter from its recipes", () => {
  const table = verdict.settingsTable();
  expect(table.columns).to.deep.equal([
    "study",
    "networks",
    "data",
    "training",
    "regularisation",
    "measured",
  ]);
  const ours = verdict.verdictSetting();
  expect(ours.networks).to.contain("2-32-32-1");
  expect(ours.training).to.contain("1 epoch");
  expect(ours.measured).to.contain(`${verdict.verdictSweep.profiles.full.seeds} seeds`);
});

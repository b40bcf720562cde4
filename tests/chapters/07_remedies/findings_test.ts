import { expect } from "chai";
import { remedies } from "relu-lab/chapters";

const { REMEDIES, remedyFindings, outcomeOf, remediesChapter, leakAt } = remedies;

/** Rows where remedy `name` gains `gain(seed)` in test accuracy over a baseline of 0.7. */
function rows(gains: Record<string, (seed: number) => number>) {
  return Array.from({ length: 8 }, (_, seed) =>
    REMEDIES.map(({ name }) => ({
      remedy: name,
      epochs: 60,
      replicate: seed,
      seed,
      status: "completed" as const,
      divergedEpoch: null,
      testAccuracy: 0.7 + (gains[name]?.(seed) ?? (seed % 2 ? 0.02 : -0.02)),
      deadFraction: name === "baseline" ? 0.6 : 0.3,
      inactiveFraction: name === "baseline" ? 0.6 : 0.3,
      perEpoch: [],
      wallSeconds: 1,
      error: null,
    }))).flat();
}

Deno.test("remedyFindings() calls a remedy helpful or harmful only when its paired interval excludes 0", () => {
  const findings = remedyFindings(
    rows({ adam: (s) => 0.2 + 0.01 * s, l2: (s) => -0.1 - 0.01 * s }) as never,
    "quick",
  );
  const verdict = (name: string) => findings.effects.find((e) => e.name === name)!.verdict;
  expect(verdict("adam")).to.equal("helps");
  expect(verdict("l2")).to.equal("hurts");
  expect(verdict("dropout")).to.equal("unclear"); // ±2 points around the baseline
  expect(findings.effects[0]!.name).to.equal("adam"); // largest gain first
  expect(findings.effects.at(-1)!.name).to.equal("l2");
  expect(outcomeOf(findings, "baseline").accuracy.mean.value).to.be.closeTo(0.7, 1e-12);
  expect(findings.seeds).to.equal(8);
});

Deno.test("chapter 7 quotes each statistic with one interval, in its tables and its evidence", async () => {
  const findings = await remediesChapter.findings();
  const baseline = outcomeOf(findings, "baseline").accuracy.mean;
  const table = remedies.outcomeTable(findings);
  const cell = table.cells[0]![table.columns.indexOf("test accuracy")]!;
  expect(cell).to.equal(baseline.withInterval);
  const evidence = remedies.remedyEvidence(findings).text;
  const [low, high] = [baseline.low!, baseline.high!].map((v) => `${(100 * v).toFixed(1)}%`);
  expect(evidence).to.contain(`${baseline.short} (95% CI ${low} to ${high}`);
  // The He-uniform runs are chapter 6's width-16 runs: one interval in both chapters.
  const he = outcomeOf(findings, "he_init");
  expect(he.dead.mean.withInterval).to.equal(findings.chapter4.here.mean.withInterval);
  const leak = leakAt(findings.leak, 4).gain.difference;
  expect(remedies.leakTable(findings.leak).cells[2]![3]).to.equal(leak.withInterval);
  expect(evidence).to.contain(`gains ${leak.withInterval} and`);
  const adam = findings.effects.find((e) => e.name === "adam")!.accuracy.difference;
  const effects = remedies.effectTable(findings);
  const row = effects.cells.find((r) => r[0] === "adam")!;
  expect(row[effects.columns.indexOf("Δ test accuracy (points)")]).to.equal(adam.withInterval);
  expect(evidence).to.contain(`adam (${adam.withInterval};`);
});

// The notebook's prose says these things about the committed full profile; if a re-run
// changes them, the prose must change too.
Deno.test("chapter 7's prose holds on the committed full profile", async () => {
  const findings = await remediesChapter.findings();
  const effect = (name: string) => findings.effects.find((e) => e.name === name)!;
  for (const name of ["lower_lr", "adam", "grad_clip", "batch_norm"]) {
    expect(effect(name).verdict, name).to.equal("helps");
    expect(outcomeOf(findings, name).inactive.mean.value, name).to.be.below(0.25);
  }
  for (const name of ["he_init", "lr_schedule"]) {
    expect(effect(name).verdict, name).to.equal("helps");
    expect(outcomeOf(findings, name).inactive.mean.value, name).to.be.above(0.3);
  }
  expect(effect("l2").verdict).to.equal("hurts");
  expect(effect("l1").verdict).to.not.equal("helps");
  expect(effect("leaky_relu").verdict).to.equal("unclear");
  const baselineDead = outcomeOf(findings, "baseline").dead.mean.value;
  expect(outcomeOf(findings, "leaky_relu").inactive.mean.value).to.be.closeTo(baselineDead, 0.1);
  // "its runs are chapter 6's": the He-uniform remedy is chapter 6's width-16 network.
  expect(findings.heInitIsChapter6).to.deep.equal({ runs: 20, same: 20 });
  expect(outcomeOf(findings, "baseline").dead.mean.value).to.be.above(
    findings.chapter4.here.mean.value,
  );
});

Deno.test("chapter 7's account of a leak at high learning rates holds on chapter 4's committed runs", async () => {
  const { leak } = await remediesChapter.findings();
  for (const rate of [4, 5]) {
    const at = leakAt(leak, rate);
    expect(at.relu.mean.high, `ReLU collapses at ${rate}`).to.be.below(0.6);
    expect(at.gain.difference.low, `a clear gain at ${rate}`).to.be.above(0);
    expect(at.leaky.mean.high, `far below a gentle rate at ${rate}`).to.be.below(
      leak.gentle.mean.low!,
    );
    expect(at.largerLeakDiverged, `the larger leak mostly diverges at ${rate}`)
      .to.be.above(at.runs / 2);
  }
  expect(leakAt(leak, 3).gain.difference.excludes(), "no clear gain at 3").to.equal(false);
});

Deno.test("chapter 7's notebook opens with the chapter's question", () => {
  const notebook = JSON.parse(Deno.readTextFileSync("notebooks/07_remedies.ipynb"));
  const first = (notebook.cells[0].source as string[]).join("");
  expect(first.replace(/\s+/g, " ")).to.contain(remediesChapter.question);
});

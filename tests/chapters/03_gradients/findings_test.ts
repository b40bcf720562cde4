import { expect } from "chai";
import { gradients } from "relu-lab/chapters";
import { expectNotebookFollowsRules } from "../01_relu/_notebook_rules.ts";

const {
  crossingOf,
  geometricMeanFinding,
  gradientsChapter,
  gradientEvidence,
  initFindings,
  initGroup,
  trainingGroup,
} = gradients;

// Computed once for the tests below (loading and bootstrapping both full profiles takes seconds).
let _committed: ReturnType<typeof gradientsChapter.findings> | undefined;
const committed = () => (_committed ??= gradientsChapter.findings());

/** Rows of gradients-at-init where the first/last ratio is `ratio(activation, init, depth, seed)`. */
function initRows(depths: number[], ratio: (a: string, i: string, d: number, s: number) => number) {
  return depths.flatMap((depth) =>
    ["he", "xavier"].flatMap((init) =>
      gradients.DEPTH_ACTIVATIONS.flatMap((activation) =>
        Array.from({ length: 4 }, (_, replicate) => ({
          activation,
          init,
          depth,
          replicate,
          seed: replicate,
          status: "completed" as const,
          divergedEpoch: null,
          deltaRatio: ratio(activation, init, depth, replicate),
          weightRatio: 0.5,
          exactZeros: activation === "relu" ? 0.5 : 0,
          smallestGrad: 1e-9 * (replicate + 1),
          perEpoch: [{ epoch: 0, weightNorm: new Array(depth + 1).fill(replicate + 1) }],
          wallSeconds: 1,
          error: null,
        }))
      )
    )
  );
}

Deno.test("geometricMeanFinding() averages log₁₀ of the ratios and rejects a non-positive one", () => {
  const found = geometricMeanFinding([{ r: 1e-2 }, { r: 1e-6 }], "r", "quick", ["t"]);
  expect(found.value).to.be.closeTo(1e-4, 1e-18);
  expect(found.log.value).to.be.closeTo(-4, 1e-12);
  expect(found.low! <= found.value && found.value <= found.high!).to.equal(true);
  expect(`${found}`).to.match(/^1\.0 × 10⁻⁴ \(95% CI .* to .*; 2 seeds, quick profile\)$/);
  expect(() => geometricMeanFinding([{ r: 0 }, { r: 1 }], "r", "quick", ["t"])).to.throw(
    RangeError,
    /rows\[0\]\.r.*positive.*0/,
  );
});

Deno.test("initFindings() finds where a ratio that halves per layer falls below 10⁻³", () => {
  // 2^−(d−1): 1/256 at depth 9, 1/512 at 10, 1/1024 < 10⁻³ at 11.
  const rows = initRows(
    [2, 4, 6, 8, 10, 12],
    (a, _i, d) => (a === "sigmoid" ? 2 ** -(d - 1) : 0.9),
  );
  const findings = initFindings(rows as never, "quick");
  const sigmoid = crossingOf(findings, "he", "sigmoid");
  expect(sigmoid.status).to.equal("crossed");
  expect(sigmoid.firstBelow).to.equal(12);
  // −log₁₀ ratio is linear in depth: the crossing is where (d − 1)·log₁₀ 2 = 3.
  expect(sigmoid.depth).to.be.closeTo(1 + 3 / Math.log10(2), 1e-9);
  expect(crossingOf(findings, "he", "tanh").status).to.equal("never");
  const at = initFindings(rows.filter((r) => r.depth >= 12) as never, "quick");
  expect(crossingOf(at, "he", "sigmoid").status).to.equal("at once");
  const group = initGroup(findings, 4, "xavier", "relu");
  expect([group.lastWeightNorm, group.smallestGrad, group.exactZeros.value]).to.deep.equal([
    2.5,
    1e-9,
    0.5,
  ]);
});

Deno.test("chapter 3 quotes each statistic one way, in its tables, evidence and headline", async () => {
  const findings = await committed();
  const relu = initGroup(findings.init, 20, "he", "relu").deltaRatio;
  const table = gradients.ratioTable(findings.init, findings.init);
  const row = table.cells.find((r) => r[0] === "relu" && r[1] === "he" && r[2] === "20")!;
  expect(row[3]).to.equal(relu.withInterval);
  expect(gradientEvidence(findings).text).to.contain(`**${relu}**`);
  expect(gradientsChapter.headline(findings)).to.contain(relu.withInterval);
  const outcome = gradients.outcomeTable(findings.training);
  const accuracy = trainingGroup(findings.training, 20, "xavier", "tanh").accuracy;
  expect(outcome.cells.map((r) => r[3])).to.include(accuracy.withInterval);
});

Deno.test("chapter 3's headline quotes full-profile ratios, not the quick ones", async () => {
  const { init } = await committed();
  expect(init.profile).to.equal("full");
  const headline = gradientsChapter.headline(await committed());
  expect(headline).to.contain("0.61 (0.").and.to.contain("8.4 × 10⁻⁴");
  expect(headline).to.not.contain("0.53 (0.").and.to.not.contain("7.3 × 10⁻⁴");
});

/** Slope and R² of the least-squares line through (x, y). */
function fit(x: number[], y: number[]) {
  const n = x.length, mx = x.reduce((a, b) => a + b) / n, my = y.reduce((a, b) => a + b) / n;
  const sxy = x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0);
  const sxx = x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
  const syy = y.reduce((s, yi) => s + (yi - my) ** 2, 0);
  return { slope: sxy / sxx, r2: (sxy * sxy) / (sxx * syy) };
}

// The notebook's prose says these things about the committed full profiles; if a re-run
// changes them, the prose must change too.
Deno.test("chapter 3's prose holds on the committed full profiles", async () => {
  const { init, training, underflow } = await committed();
  const ratio = (d: number, i: string, a: string) => initGroup(init, d, i, a).deltaRatio;
  const logs = (i: string, a: string) => init.depths.map((d) => ratio(d, i, a).log.value);
  for (const i of ["he", "xavier"]) {
    // Sigmoid: a straight line on the log axis, below 10⁻³ after a handful of layers.
    expect(fit([...init.depths], logs(i, "sigmoid")).r2, i).to.be.above(0.99);
    expect(crossingOf(init, i, "sigmoid").depth!, i).to.be.within(4, 9);
    // Tanh does not vanish; the others stay within an order of magnitude or two.
    expect(crossingOf(init, i, "tanh").status, i).to.equal("never");
    expect(ratio(20, i, "tanh").value, i).to.be.within(0.1, 10);
  }
  expect(ratio(20, "he", "tanh").low!).to.be.above(1); // "even above 1"
  for (const a of ["relu", "leaky_relu(0.1)"]) {
    expect(ratio(20, "he", a).value, a).to.be.within(0.1, 10);
    expect(ratio(20, "xavier", a).value, a).to.be.below(0.01); // "also slope down"
    // "shrinks by about √2 per layer": the per-layer factor of the fitted line.
    expect(10 ** fit([...init.depths], logs("xavier", a)).slope, a).to.be.within(0.65, 0.76);
    const weight = (i: string) => initGroup(init, 20, i, a);
    const [he, xavier] = [weight("he"), weight("xavier")];
    expect(xavier.weightRatio.value / he.weightRatio.value, a).to.be.within(0.5, 2); // "about the same"
    expect(he.lastWeightNorm / xavier.lastWeightNorm, a).to.be.above(100); // "orders of magnitude"
  }
  for (const i of ["he", "xavier"]) {
    expect(initGroup(init, 20, i, "relu").exactZeros.value, i).to.be.within(0.45, 0.55);
    for (const a of ["sigmoid", "tanh", "leaky_relu(0.1)"]) {
      expect(initGroup(init, 20, i, a).exactZeros.value, `${i} ${a}`).to.equal(0);
    }
  }
  expect(underflow.filter((r) => r.depth <= 60).every((r) => r.zeroShareFirst === 0)).to.equal(
    true,
  );
  expect(underflow.filter((r) => r.depth === 100).every((r) => r.zeroShareFirst === 1)).to.equal(
    true,
  );
  const group = (i: string, a: string) => trainingGroup(training, 20, i, a);
  expect(group("he", "relu").trained).to.equal(group("he", "relu").runs);
  expect(group("xavier", "relu").trained).to.equal(0);
  expect(group("xavier", "leaky_relu(0.1)").trained).to.equal(0);
  for (const i of ["he", "xavier"]) expect(group(i, "sigmoid").trained, i).to.equal(0);
  // "No other setting had such a run", and a zeroed gradient stays 0 (the line stops).
  expect(training.groups.filter((g) => g.zeroed > 0).map((g) => [g.depth, g.init, g.activation]))
    .to.deep.equal([[20, "xavier", "relu"]]);
  for (const row of training.rows.filter((r) => r.perEpoch.some((e) => e.weightFirst === 0))) {
    const first = row.perEpoch.findIndex((e) => e.weightFirst === 0);
    expect(row.perEpoch.slice(first).every((e) => e.weightFirst === 0)).to.equal(true);
  }
  // Tanh learns more slowly than the rectifiers with He: median test accuracy at epoch 10.
  const at10 = (i: string, a: string) => {
    const values = training.rows.filter((r) => r.depth === 20 && r.init === i && r.activation === a)
      .map((r) => r.perEpoch.find((e) => e.epoch === 10)!.testAccuracy as number).sort();
    return (values[4]! + values[5]!) / 2;
  };
  for (const i of ["he", "xavier"]) {
    expect(at10(i, "tanh"), i).to.be.below(at10("he", "relu"));
    expect(at10(i, "tanh"), i).to.be.below(at10("he", "leaky_relu(0.1)"));
  }
});

Deno.test("chapter 3's gradient curves: one colour per activation, thin seeds, a thick median", async () => {
  const { training } = await committed();
  const figure = gradients.trainingPanels(training, "deltaRatio", 20);
  const relu = figure.data.filter((t) => t.legendgroup === "relu" && t.xaxis === "x");
  const colours = new Set(relu.map((t) => (t.line as { color: string }).color));
  expect(colours.size).to.equal(1);
  const widths = relu.map((t) => (t.line as { width: number }).width);
  expect(widths.filter((w) => w === 3)).to.have.length(1);
  expect(widths.filter((w) => w < 1)).to.have.length(training.seeds);
  const median = relu.find((t) => (t.line as { width: number }).width === 3)!;
  expect([median.name, median.showlegend]).to.deep.equal(["relu", true]);
  const tanh = figure.data.find((t) => t.legendgroup === "tanh")!;
  expect((tanh.line as { color: string }).color).to.not.equal([...colours][0]);
  expect(figure.layout.xaxis?.title?.text).to.equal("epoch");
});

Deno.test("chapter 3's notebook opens with its question and claims, and keeps its cells short", () => {
  expectNotebookFollowsRules(gradientsChapter);
});

import { expect } from "chai";
import { dying, leaky } from "relu-lab/chapters";

const { LEAK, leakLrFindings, leakPoint, leakVersusRelu, slopeFindings, slopeCell } = leaky;

/** A completed (or diverged) census run with the given settings and accuracy. */
function run<S extends Record<string, unknown>>(
  settings: S,
  seed: number,
  accuracy: number | null,
) {
  const diverged = accuracy === null;
  return {
    ...settings,
    epochs: 1,
    replicate: seed,
    seed,
    status: diverged ? "diverged" as const : "completed" as const,
    divergedEpoch: diverged ? 1 : null,
    testAccuracy: accuracy,
    deadFraction: diverged ? null : 0.5,
    inactiveFraction: diverged ? null : 0.5,
    deadAtInit: 0,
    inactiveAtInit: 0,
    perEpoch: [
      { epoch: 0, deadFraction: [0, 0], inactiveFraction: [0, 0] },
      { epoch: 1, deadFraction: [0.5, 0.5], inactiveFraction: [0.5, 0.5] },
    ],
    wallSeconds: 1,
    error: null,
  };
}

Deno.test("leakLrFindings() calls the leak helpful only where its paired interval lies above 0, and counts diverged runs", () => {
  const rows = [0.1, 3].flatMap((learningRate) =>
    Array.from({ length: 6 }, (_, seed) => [
      run({ activation: "relu", learningRate }, seed, learningRate === 3 ? 0.6 : 0.99),
      run(
        { activation: LEAK, learningRate },
        seed,
        learningRate === 3 ? 0.8 + 0.01 * seed : 0.99 + (seed % 2 ? 0.001 : -0.001),
      ),
      run({ activation: "prelu", learningRate }, seed, learningRate === 3 ? null : 0.98),
    ]).flat()
  );
  const findings = leakLrFindings(rows as never, "quick");
  expect(leakVersusRelu(findings, 3).verdict).to.equal("helps");
  expect(leakVersusRelu(findings, 3).accuracy.difference.value).to.be.closeTo(0.225, 1e-12);
  expect(leakVersusRelu(findings, 0.1).verdict).to.equal("unclear");
  expect(leakPoint(findings, "prelu", 3)).to.deep.include({ diverged: 6, accuracy: null });
  expect(leakPoint(findings, "prelu", 0.1).diverged).to.equal(0);
  expect(() => leakPoint(findings, "rrelu", 3)).to.throw(RangeError, /rrelu at learning rate 3/);
  expect(() => leakLrFindings(rows.filter((r) => r.activation !== "relu") as never, "quick"))
    .to.throw(RangeError, /runs of relu/);
});

Deno.test("slopeFindings() recommends the slopes that match ReLU at the gentle rate and never diverge", () => {
  // a = 0.01 matches ReLU and never diverges; a = 0.1 matches but diverges once at lr 3;
  // a = 0.5 is clearly worse at lr 0.1.
  const accuracy = (a: number, learningRate: number, seed: number) => {
    if (learningRate === 0.1) {
      return a === 0.5 ? 0.9 - 0.001 * seed : 0.99 + (seed % 2 ? 1e-3 : -1e-3) * (a > 0 ? 1 : 0);
    }
    return a === 0.1 && seed === 0 ? null : 0.6 + a;
  };
  const rows = [0.1, 3].flatMap((learningRate) =>
    [16, 4].flatMap((width) =>
      [0, 0.01, 0.1, 0.5].flatMap((a) =>
        Array.from(
          { length: 6 },
          (_, seed) => run({ a, learningRate, width }, seed, accuracy(a, learningRate, seed)),
        )
      )
    )
  );
  const findings = slopeFindings(rows as never, "quick");
  expect(findings.recommendation).to.deep.include({
    gentleRate: 0.1,
    harshRate: 3,
    likeRelu: [0.01, 0.1],
    neverDiverged: [0.01, 0.5],
    recommended: [0.01],
  });
  const tenth = slopeCell(findings, { a: 0.1, learningRate: 3, width: 16 });
  expect([tenth.diverged, tenth.versusRelu!.n]).to.deep.equal([1, 5]);
  expect(slopeCell(findings, { a: 0, learningRate: 3, width: 16 }).versusRelu).to.equal(null);
  expect(findings.cells.map((c) => c.width).slice(0, 8)).to.deep.equal([
    16,
    16,
    16,
    16,
    4,
    4,
    4,
    4,
  ]);
});

Deno.test("slopeCurveGap() finds a quick run that strays from the committed slopes", async () => {
  const full = (await leaky.leakyChapter.findings()).prelu;
  const same = {
    ...full,
    curves: full.curves.filter((c) => c.replicate < 3).map((c) => ({
      ...c,
      slopes: c.slopes.slice(0, 31),
    })),
  };
  expect(leaky.slopeCurveGap(same, full)).to.deep.equal({ gap: 0, curves: 6, epochs: 30 });
  const strayed = {
    ...same,
    curves: same.curves.map((c, i) =>
      i === 4 ? { ...c, slopes: c.slopes.map((s, e) => e === 17 ? s + 1e-4 : s) } : c
    ),
  };
  expect(leaky.slopeCurveGap(strayed, full).gap).to.be.closeTo(1e-4, 1e-12);
  expect(() => leaky.slopeCurveGap({ ...same, curves: [] }, full)).to.throw(
    RangeError,
    /in common/,
  );
});

Deno.test("chapters 4 and 5 quote ReLU's dying-lr numbers with the same intervals", async () => {
  const [four, five] = [await dying.dyingChapter.findings(), await leaky.leakyChapter.findings()];
  for (const learningRate of dying.dyingLr.grid.learningRate) {
    const a = dying.lrPoint(four.lr, learningRate), b = leakPoint(five.lr, "relu", learningRate);
    expect(b.dead!.mean.withInterval, `${learningRate}`).to.equal(a.dead.mean.withInterval);
    expect(b.accuracy!.mean.withInterval, `${learningRate}`).to.equal(a.accuracy.mean.withInterval);
  }
  const [r4, r5] = [dying.lrPoint(four.lr, dying.DEMO_LR).revival, five.lr.revival!.relu];
  expect(r5.layers.map((l) => l.change.withInterval)).to.deep.equal(
    r4.layers.map((l) => l.change.withInterval),
  );
});

Deno.test("chapter 5 quotes each statistic with one interval, in its tables, summaries and evidence", async () => {
  const f = await leaky.leakyChapter.findings();
  const four = leakVersusRelu(f.lr, 4).accuracy.difference;
  const table = leaky.leakVersusReluTable(f.lr);
  const row = table.cells.find((r) => Number(r[0]) === 4)!;
  expect(row[table.columns.indexOf("leak − relu (points)")]).to.equal(four.withInterval);
  expect(leaky.whereLeakHelps(f.lr).text).to.contain(four.withInterval);
  expect(leaky.leakyEvidence(f).text).to.contain(String(four));
  const comeback = leaky.comebackTable(f.lr);
  expect(comeback.cells.at(-1)![4]).to.equal(f.lr.revival!.leak.pooled.change.withInterval);
  expect(leaky.leakyEvidence(f).text).to.contain(String(f.lr.revival!.leak.pooled.change));
  const cell = slopeCell(f.slope, { a: 0.01, learningRate: 3, width: 4 });
  expect(leaky.slopeTable(f.slope, true).cells[1]).to.include(
    cell.versusRelu!.difference.withInterval,
  );
  expect(leaky.recommendationSummary(f.slope, f.lr).text).to.contain(
    cell.versusRelu!.difference.withInterval,
  );
});

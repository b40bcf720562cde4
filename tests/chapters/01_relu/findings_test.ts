import { expect } from "chai";
import { elu, gelu, leakyRelu, relu, sigmoid, silu, tanh } from "relu-lab";
import { linspace } from "relu-lab/plot";
import { basics } from "relu-lab/chapters";
import { expectNotebookFollowsRules } from "./_notebook_rules.ts";

const { derivativeProfile, reluFindings, profileOf, reluChapter, reluEvidence } = basics;

Deno.test("derivativeProfile() counts a point as flat only when |f′| is strictly below the threshold", () => {
  const line = { name: "line", df: (x: number) => x }; // f′ = x at −10, −5, 0, 5, 10
  const profile = derivativeProfile(line, { points: 5, threshold: 5 });
  expect(profile).to.deep.equal({
    activation: "line",
    max: 10,
    atMinus5: -5,
    atPlus5: 5,
    flatShare: 1 / 5,
  });
});

Deno.test("derivativeProfile() matches a direct computation on 200,001 points", () => {
  const xs = linspace(-10, 10, 200_001);
  for (const a of [sigmoid, tanh, relu, gelu]) {
    const slopes = xs.map((x) => a.df(x));
    const profile = derivativeProfile(a);
    expect(profile.max, a.name).to.equal(slopes.reduce((m, s) => Math.max(m, s), -Infinity));
    expect(profile.flatShare, a.name).to.equal(
      slopes.filter((s) => Math.abs(s) < 0.01).length / xs.length,
    );
  }
});

Deno.test("derivativeProfile() rejects a bad grid or threshold, naming it", () => {
  expect(() => derivativeProfile(relu, { points: 1 })).to.throw(RangeError, /points.*1/);
  expect(() => derivativeProfile(relu, { threshold: 0 })).to.throw(RangeError, /threshold.*0/);
  expect(() => derivativeProfile(relu, { threshold: NaN })).to.throw(TypeError, /threshold/);
});

Deno.test("powerOfTen() rounds the mantissa and carries into the exponent", () => {
  expect(basics.powerOfTen(9.96)).to.equal("1.0 × 10¹");
  expect(basics.powerOfTen(-0.00084)).to.equal("-8.4 × 10⁻⁴");
  expect(basics.powerOfTen(8.3e-13, 3)).to.equal("8.30 × 10⁻¹³");
  expect(() => basics.powerOfTen(Infinity)).to.throw(TypeError, /value/);
  expect(() => basics.powerOfTen(1, 0)).to.throw(RangeError, /significant/);
});

Deno.test("kinkTable() tells a hand-written ReLU with another choice at 0 apart", () => {
  const oneAtZero = {
    name: "mine",
    f: (x: number) => Math.max(0, x),
    df: (x: number) => (x >= 0 ? 1 : 0),
  };
  const table = basics.kinkTable(oneAtZero);
  const same = table.cells.map((row) => row[table.columns.indexOf("same bits")]);
  expect(same).to.deep.equal(["yes", "yes", "no", "yes", "yes"]);
  expect(basics.kinkTable().columns).to.deep.equal(["x", "relu(x)", "relu′(x)"]);
});

Deno.test("chapter 1 quotes each number one way, in its tables, evidence and headline", async () => {
  const findings = await reluChapter.findings();
  const table = basics.derivativeTable(findings);
  const share = table.columns.at(-1)!;
  const sigmoidRow = table.cells[findings.profiles.findIndex((p) => p.activation === "sigmoid")]!;
  const evidence = reluEvidence(findings).text;
  expect(evidence).to.contain(`**${sigmoidRow[table.columns.indexOf(share)]}** (sigmoid)`);
  const depth = basics.depthTable(findings);
  expect(evidence).to.contain(`**${depth.cells[0]![2]}**`);
  expect(reluChapter.headline(findings)).to.contain(depth.cells[0]![2]!);
});

// The notebook's Markdown cells say these things; if a definition changes, the prose must too.
Deno.test("chapter 1's prose holds for the library's activations", () => {
  const findings = reluFindings();
  expect(findings.grid.points).to.equal(200_001);
  expect(profileOf(findings, "sigmoid").max).to.equal(0.25);
  const xs = linspace(-10, 10, 200_001);
  expect(xs.filter((x) => tanh.df(x) === 1)).to.deep.equal([0]); // tanh reaches 1 only at 0
  expect(tanh.df(0.5)).to.be.below(0.8); // and falls off fast
  expect(elu(1).f(-10)).to.be.closeTo(-1, 1e-4); // ELU saturates at −1
  for (const a of [gelu, silu]) {
    const lowest = (f: (x: number) => number) => xs.reduce((m, x) => Math.min(m, f(x)), Infinity);
    expect(lowest(a.f), a.name).to.be.below(0); // dips below 0 ...
    expect(Math.abs(a.f(-10)), a.name).to.be.below(Math.abs(lowest(a.f)) / 10); // ... and returns
    expect(lowest(a.df), a.name).to.be.below(0); // derivative briefly negative
  }
  for (const a of [elu(1), gelu, silu]) {
    expect(xs.filter((x) => Math.abs(a.df(x)) < 0.01 && x >= 0), a.name).to.deep.equal([]);
  }
  expect(profileOf(findings, "leaky_relu(0.1)").flatShare).to.equal(0);
  expect(leakyRelu(0.1).df(-3)).to.equal(0.1);
  expect(basics.preluAtInit().name).to.equal("prelu (initial a = 0.25)");
  expect(findings.reluAtZero).to.equal(0);
});

Deno.test("chapter 1's notebook opens with its question and claims, and keeps its cells short", () => {
  expectNotebookFollowsRules(reluChapter);
});

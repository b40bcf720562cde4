import { expect } from "chai";
import fc from "fast-check";
import { classCounts, type Dataset, Rng, trainTestSplit } from "relu-lab";
import { expectBadInput } from "./_generator_checks.ts";
import { numbered } from "./_fixtures.ts";

/** The original row numbers held by a part of a {@linkcode numbered} dataset. */
const rowsOf = (part: Dataset) => Array.from(part.x.data);

Deno.test("trainTestSplit() puts ceil(testFraction · n) rows in test and every other row in train", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 80 }),
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      fc.boolean(),
      fc.integer(),
      (labels, testFraction, stratify, seed) => {
        const testCount = Math.max(1, Math.ceil(testFraction * labels.length - 1e-9));
        fc.pre(testCount < labels.length);
        const { train, test } = trainTestSplit(numbered(labels, 3), {
          testFraction,
          rng: seed,
          stratify,
        });
        expect(test.x.rows).to.equal(testCount);
        expect([...rowsOf(train), ...rowsOf(test)].sort((a, b) => a - b)).to.deep.equal(
          labels.map((_, i) => i),
        );
        [train, test].forEach((part) =>
          rowsOf(part).forEach((r, i) => expect(part.y.data[i]).to.equal(labels[r]))
        );
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("trainTestSplit() keeps each class's share within one sample, when stratified", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 200 }),
      fc.double({ min: 0.1, max: 0.9, noNaN: true }),
      fc.integer(),
      (labels, testFraction, seed) => {
        const ds = numbered(labels, 4);
        const { test } = trainTestSplit(ds, { testFraction, rng: seed, stratify: true });
        const share = test.x.rows / labels.length;
        classCounts(test).forEach((c, k) =>
          expect(c).to.be.closeTo(share * classCounts(ds)[k]!, 1)
        );
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("trainTestSplit() gives the same split for the same seed and a different one for another", () => {
  const ds = numbered(Array.from({ length: 50 }, (_, i) => i % 2));
  const a = trainTestSplit(ds, { rng: 3 });
  expect(rowsOf(trainTestSplit(ds, { rng: new Rng(3) }).test)).to.deep.equal(rowsOf(a.test));
  expect(rowsOf(trainTestSplit(ds, { rng: 4 }).test)).to.not.deep.equal(rowsOf(a.test));
  expect(a.test.x.rows, "default testFraction 0.25").to.equal(13);
});

Deno.test("trainTestSplit() rounds 0.7 · 100 to 70 test rows, not 71", () => {
  const ds = numbered(Array.from({ length: 100 }, (_, i) => i % 2));
  expect(trainTestSplit(ds, { testFraction: 0.7, rng: 0 }).test.x.rows).to.equal(70);
});

Deno.test("trainTestSplit() shuffles a stratified test part instead of grouping it by class", () => {
  const ds = numbered(Array.from({ length: 100 }, (_, i) => (i < 50 ? 0 : 1)));
  const labels = Array.from(
    trainTestSplit(ds, { testFraction: 0.5, rng: 1, stratify: true }).test.y.data,
  );
  expect(labels).to.not.deep.equal([...labels].sort());
});

Deno.test("trainTestSplit() rejects a bad testFraction, rng, stratify or dataset", () => {
  const ds = numbered([0, 1, 0, 1]);
  for (
    const [testFraction, shown] of [[0, "0"], [1, "1"], [-0.5, "-0.5"], [NaN, "NaN"], [
      "0.2",
      '"0.2"',
    ]]
  ) {
    expectBadInput(
      () => trainTestSplit(ds, { testFraction: testFraction as number, rng: 0 }),
      "testFraction",
      shown as string,
    );
  }
  expectBadInput(() => trainTestSplit(ds, { testFraction: 0.9, rng: 0 }), "testFraction", "0.9");
  expectBadInput(() => trainTestSplit(ds, {} as { rng: number }), "rng", "undefined");
  expectBadInput(
    () => trainTestSplit(ds, { rng: 0, stratify: "yes" as unknown as boolean }),
    "stratify",
    '"yes"',
  );
  expectBadInput(() => trainTestSplit({ ...ds, classes: 1 }, { rng: 0 }), "dataset.classes", "1");
});

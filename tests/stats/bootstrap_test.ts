import { expect } from "chai";
import { Rng } from "relu-lab";
import { bootstrapCI } from "relu-lab/lab";

Deno.test("bootstrapCI() covers the true mean of normal data at about the nominal 95%", () => {
  const rng = new Rng(2024);
  const trueMean = 0.8;
  let covered = 0;
  const repetitions = 200;
  for (let r = 0; r < repetitions; r++) {
    const values = Array.from({ length: 30 }, () => rng.normal(trueMean, 0.05));
    const ci = bootstrapCI(values, { rng, resamples: 1000 });
    if (ci.low <= trueMean && trueMean <= ci.high) covered++;
  }
  expect(covered / repetitions).to.be.within(0.9, 0.99);
});

Deno.test("bootstrapCI() widens with the level and gives the same bits for the same seed", () => {
  const values = Array.from({ length: 12 }, (_, i) => Math.sin(i) + i / 10);
  const ci90 = bootstrapCI(values, { rng: new Rng(5), level: 0.9 });
  const ci99 = bootstrapCI(values, { rng: new Rng(5), level: 0.99 });
  expect(ci99.low).to.be.below(ci90.low);
  expect(ci99.high).to.be.above(ci90.high);
  expect(bootstrapCI(values, { rng: new Rng(5), level: 0.9 })).to.deep.equal(ci90);
  expect(bootstrapCI(values, { rng: new Rng(6), level: 0.9 })).to.not.deep.equal(ci90);
});

Deno.test("bootstrapCI() applies another statistic, e.g. the median", () => {
  const median = (xs: readonly number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ci = bootstrapCI([1, 2, 3, 4, 100], { rng: new Rng(1), statistic: median });
  expect(ci.estimate).to.equal(3);
  expect(ci.high).to.be.at.most(100);
  expect(ci.low).to.be.at.least(1);
});

Deno.test("bootstrapCI() rejects a short sample, a bad level, few resamples and a missing rng", () => {
  expect(() => bootstrapCI([1], { rng: new Rng(0) })).to.throw(RangeError, /values .* at least 2/);
  expect(() => bootstrapCI([1, 2], { rng: new Rng(0), level: 1 })).to.throw(RangeError, /level/);
  expect(() => bootstrapCI([1, 2], { rng: new Rng(0), resamples: 10 })).to.throw(
    RangeError,
    /resamples/,
  );
  expect(() => bootstrapCI([1, 2], { rng: 3 as unknown as Rng })).to.throw(
    TypeError,
    /rng to be an Rng/,
  );
});

Deno.test("bootstrapCI() takes numpy's linear percentiles of the resampled statistics, pinned by hand", () => {
  // A statistic that ignores its sample and returns the square of its call count: the 1,000
  // resamples give the statistics 0, 1, 4, …, 999² exactly (squares, so that a shifted index
  // cannot hide behind a straight line), and the interval's ends can be worked out by hand
  // with numpy's default (linear) quantile: position p = q·(N − 1), then ⌊p⌋² + (p − ⌊p⌋)·
  // ((⌊p⌋ + 1)² − ⌊p⌋²). At 95%: p = 24.975 gives 576 + 0.975·49 = 623.775.
  const cases: Array<[level: number, low: number, high: number]> = [
    [0.95, 623.775, 948724.725],
    [0.5, 62375.25, 561375.75],
    [0.9, 2495.05, 900695.95],
  ];
  for (const [level, low, high] of cases) {
    let calls = 0;
    const ci = bootstrapCI([1, 2, 3], {
      rng: new Rng(0),
      level,
      resamples: 1000,
      statistic: () => (calls++) ** 2,
    });
    expect(ci.low, `low at ${level}`).to.be.closeTo(low, 1e-9);
    expect(ci.high, `high at ${level}`).to.be.closeTo(high, 1e-9);
    expect(ci.estimate, "the estimate is the statistic of the data, after the resamples").to.equal(
      1e6,
    );
  }
});

Deno.test("bootstrapCI() of the mean equals an independent resample-and-sort, to the bit", () => {
  // The same draws written out plainly: index ⌊u·n⌋ of each uniform u, the means sorted,
  // and the type-7 quantile with 1-based ranks h = (N − 1)·q + 1.
  const values = [0.91, 0.7, 0.95, 0.88, 0.62, 0.99, 0.81];
  const n = values.length, resamples = 2000, rng = new Rng(42);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    const sample: number[] = [];
    for (let i = 0; i < n; i++) sample.push(values[Math.floor(rng.uniform() * n)]!);
    for (const v of sample) sum += v;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  const type7 = (q: number) => {
    const h = (resamples - 1) * q + 1, lo = Math.floor(h);
    return means[lo - 1]! + (h - lo) * (means[Math.min(lo, resamples - 1)]! - means[lo - 1]!);
  };
  const ci = bootstrapCI(values, { rng: new Rng(42), resamples });
  expect(ci.low).to.be.closeTo(type7(0.025), 1e-15);
  expect(ci.high).to.be.closeTo(type7(0.975), 1e-15);
  expect(ci.low).to.be.below(ci.high);
});

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

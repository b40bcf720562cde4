import { expect } from "chai";
import { Rng } from "relu-lab";
import { bootstrapCI, pairedCohensD, pairedComparison } from "relu-lab/lab";

/** Seeds vary a lot; A beats B on every seed by about 0.01. */
function pairedData(n: number, rng: Rng) {
  const seedEffect = Array.from({ length: n }, () => rng.normal(0.85, 0.05));
  const b = seedEffect.map((s) => s + rng.normal(0, 0.002));
  const a = seedEffect.map((s) => s + 0.01 + rng.normal(0, 0.002));
  return { a, b };
}

Deno.test("pairedComparison() finds a consistent small gain that unpaired intervals miss", () => {
  const { a, b } = pairedData(10, new Rng(3));
  const c = pairedComparison(a, b, { rng: new Rng(4) });
  expect(c.difference.low).to.be.above(0);
  expect([c.aWins, c.bWins, c.ties, c.shareAWins]).to.deep.equal([10, 0, 0, 1]);
  // Unpaired, the two intervals overlap: the seed-to-seed spread hides the gain.
  const ciA = bootstrapCI(a, { rng: new Rng(4) }), ciB = bootstrapCI(b, { rng: new Rng(4) });
  expect(ciA.low).to.be.below(ciB.high);
  expect(c.cohensD).to.be.above(2);
});

Deno.test("pairedComparison() counts ties explicitly and honours the direction and tolerance", () => {
  const loss = [0.3, 0.2, 0.25, 0.4];
  const other = [0.3, 0.25, 0.2, 0.5];
  const lower = pairedComparison(loss, other, { rng: new Rng(0), higherIsBetter: false });
  expect([lower.aWins, lower.bWins, lower.ties]).to.deep.equal([2, 1, 1]);
  const tolerant = pairedComparison(loss, other, {
    rng: new Rng(0),
    higherIsBetter: false,
    tolerance: 0.06,
  });
  expect([tolerant.aWins, tolerant.bWins, tolerant.ties]).to.deep.equal([1, 0, 3]);
  expect(tolerant.shareAWins).to.equal(0.25);
});

Deno.test("pairedComparison() resamples pairs: the interval is the bootstrap of the differences", () => {
  const { a, b } = pairedData(8, new Rng(9));
  const c = pairedComparison(a, b, { rng: new Rng(1) });
  const direct = bootstrapCI(a.map((v, i) => v - b[i]!), { rng: new Rng(1) });
  expect(c.difference).to.deep.equal(direct);
  expect(c.meanA - c.meanB).to.be.closeTo(c.difference.estimate, 1e-12);
});

Deno.test("pairedCohensD() is mean over standard deviation of differences, null when undefined", () => {
  expect(pairedCohensD([1, 2, 3, 4], [0, 0, 0, 0])).to.be.closeTo(2.5 / Math.sqrt(5 / 3), 1e-12);
  expect(pairedCohensD([0, 0, 0], [1, 2, 3])).to.equal(-2);
  expect(pairedCohensD([5, 5], [5, 5])).to.equal(null);
});

Deno.test("pairedComparison() rejects unequal lengths, single pairs and a negative tolerance", () => {
  expect(() => pairedComparison([1, 2], [1], { rng: new Rng(0) })).to.throw(
    RangeError,
    /same length/,
  );
  expect(() => pairedComparison([1], [1], { rng: new Rng(0) })).to.throw(RangeError, /at least 2/);
  expect(() => pairedComparison([1, 2], [1, 2], { rng: new Rng(0), tolerance: -1 })).to.throw(
    RangeError,
    /tolerance/,
  );
});

import { expect } from "chai";
import { mlp, randomizedAsymmetricInit, Rng } from "relu-lab";
import { bornDeadRate } from "relu-lab/lab";

/** Fills one layer and returns each unit's entries: its weights, then its bias. */
function _layer(scale: number, fanIn: number, fanOut: number, seed: number): number[][] {
  const { weightInit, biasInit } = randomizedAsymmetricInit({ scale });
  const w = new Float64Array(fanIn * fanOut), b = new Float64Array(fanOut), rng = new Rng(seed);
  weightInit.fill(w, fanIn, fanOut, rng);
  biasInit.fill(b, fanIn, fanOut, rng);
  return Array.from({ length: fanOut }, (_, u) => [...w.slice(u * fanIn, (u + 1) * fanIn), b[u]!]);
}

Deno.test("randomizedAsymmetricInit() puts one Beta(2, 1) entry per unit, at a uniform position", () => {
  const units = _layer(1e-9, 3, 4000, 1);
  const counts = [0, 0, 0, 0];
  const positives: number[] = [];
  for (const entries of units) {
    const big = entries.flatMap((v, i) => (Math.abs(v) > 1e-6 ? [i] : []));
    expect(big).to.have.length(1);
    counts[big[0]!]!++;
    positives.push(entries[big[0]!]!);
  }
  for (const count of counts) expect(count).to.be.closeTo(1000, 120);
  const mean = positives.reduce((s, v) => s + v, 0) / positives.length;
  expect(mean).to.be.closeTo(2 / 3, 0.02); // Beta(2, 1): mean 2/3, all in (0, 1)
  expect(positives.every((v) => v > 0 && v < 1)).to.equal(true);
});

Deno.test("randomizedAsymmetricInit() draws the other entries from N(0, (scale / √fan_in)²)", () => {
  const fanIn = 64, scale = 0.6007;
  const rest = _layer(scale, fanIn, 500, 2).flatMap((entries) => {
    const positive = entries.indexOf(Math.max(...entries));
    return entries.filter((_, i) => i !== positive);
  });
  const variance = rest.reduce((s, v) => s + v * v, 0) / rest.length;
  expect(Math.sqrt(variance)).to.be.closeTo(scale / Math.sqrt(fanIn), 0.004);
});

Deno.test("randomizedAsymmetricInit() lowers the born-dead rate of a deep narrow ReLU network", () => {
  const he = bornDeadRate({ depth: 10, width: 2, trials: 400 });
  const rai = bornDeadRate({ depth: 10, width: 2, trials: 400, ...randomizedAsymmetricInit() });
  expect(rai.high).to.be.below(he.low);
  const model = mlp({ sizes: [2, 5, 5, 1], seed: 3, ...randomizedAsymmetricInit() });
  expect(model.parameters().every((p) => p.value.every(Number.isFinite))).to.equal(true);
});

Deno.test("randomizedAsymmetricInit() rejects a bias fill without its weight fill, and bad sizes", () => {
  const { weightInit, biasInit } = randomizedAsymmetricInit();
  const rng = new Rng(0);
  expect(() => biasInit.fill(new Float64Array(2), 3, 2, rng)).to.throw(
    TypeError,
    /follow its weight initialiser on the same 3 → 2 layer, received none pending/,
  );
  weightInit.fill(new Float64Array(6), 3, 2, rng);
  expect(() => biasInit.fill(new Float64Array(4), 2, 4, rng)).to.throw(
    TypeError,
    /received a pending 3 → 2 layer/,
  );
  expect(() => weightInit.fill(new Float64Array(5), 3, 2, rng)).to.throw(
    RangeError,
    /weights to hold fan_in × fan_out = 6 values, received 5/,
  );
  expect(() => randomizedAsymmetricInit({ scale: 0 })).to.throw(RangeError, /scale/);
});

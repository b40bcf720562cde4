// Checks every synthetic generator must pass: determinism, seeding, dtype, validity and
// the shared bad-input errors. Each generator's test file registers them for itself.

import { expect } from "chai";
import fc from "fast-check";
import { type Dataset, type Dtype, requireDataset, Rng } from "relu-lab";

/** A generator called with a seed (or Rng) and options holding n, its noise field and dtype. */
export type Generate = (rng: Rng | number, options: Record<string, unknown>) => Dataset;

/** Asserts that `fn` throws a TypeError or RangeError naming `param` and the received value. */
export function expectBadInput(fn: () => unknown, param: string, received: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, `${param} = ${received} should throw`).to.satisfy((e: unknown) =>
    e instanceof TypeError || e instanceof RangeError
  );
  expect((error as Error).message).to.include(`Expected ${param} `).and.include(
    `received ${received}`,
  );
}

/** How to register {@linkcode checkGenerator}'s tests. */
export interface CheckOptions {
  /** Name of the generator's noise option. */
  noiseKey?: string;
  /** Appended to each test name, e.g. ", in the blobs layout". */
  variant?: string;
}

/** Registers the shared tests for a generator (its dataset name is `name`). */
export function checkGenerator(name: string, generate: Generate, options: CheckOptions = {}): void {
  const { noiseKey = "noise", variant = "" } = options;
  const test = (title: string, fn: () => void) => Deno.test(`${name}() ${title}${variant}`, fn);
  const noisy = (seed: number | Rng, n: number, extra: Record<string, unknown> = {}) =>
    generate(seed, { n, [noiseKey]: 0.3, ...extra });

  test(`returns a valid dataset named "${name}", for any size`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 80 }), fc.integer(), (n, seed) => {
        const ds = noisy(seed, n);
        requireDataset("ds", ds);
        expect(ds.name).to.equal(name);
        expect(ds.x.rows).to.equal(n);
      }),
      { numRuns: 30 },
    );
  });

  test(`gives the same bits for the same seed`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer(), (n, seed) => {
        const a = noisy(seed, n);
        const b = noisy(seed, n);
        expect(a.x.data).to.deep.equal(b.x.data);
        expect(a.y.data).to.deep.equal(b.y.data);
      }),
      { numRuns: 30 },
    );
  });

  test(`gives different points for different seeds, when noisy`, () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (s, t) => {
        fc.pre(s !== t);
        expect(noisy(s, 20).x.data).to.not.deep.equal(noisy(t, 20).x.data);
      }),
      { numRuns: 30 },
    );
  });

  test(`adds Gaussian noise of standard deviation ${noiseKey} to each coordinate`, () => {
    const clean = generate(5, { n: 4000, [noiseKey]: 0, dtype: "float64" });
    const blurred = generate(5, { n: 4000, [noiseKey]: 0.1, dtype: "float64" });
    expect(blurred.y.data, "labels unchanged").to.deep.equal(clean.y.data);
    const diff = Array.from(blurred.x.data, (v, i) => v - clean.x.data[i]!);
    const mean = diff.reduce((a, b) => a + b, 0) / diff.length;
    const std = Math.sqrt(diff.reduce((a, b) => a + (b - mean) ** 2, 0) / diff.length);
    expect(mean).to.be.closeTo(0, 0.005);
    expect(std).to.be.closeTo(0.1, 0.005);
  });

  test(`draws from a passed Rng exactly as from its seed`, () => {
    const rng = new Rng(11);
    expect(noisy(rng, 30).x.data).to.deep.equal(noisy(11, 30).x.data);
    expect(noisy(rng, 30).x.data, "the Rng advanced").to.not.deep.equal(noisy(11, 30).x.data);
  });

  test(`stores float32 by default and float64 on request`, () => {
    const single = noisy(3, 10);
    const double = noisy(3, 10, { dtype: "float64" satisfies Dtype });
    expect(single.x.data).to.be.instanceOf(Float32Array);
    expect(single.y.data).to.be.instanceOf(Float32Array);
    expect(double.x.data).to.be.instanceOf(Float64Array);
    expect(Array.from(double.x.data, Math.fround)).to.deep.equal(Array.from(single.x.data));
  });

  test(`rejects a bad n, noise, rng or dtype, naming it`, () => {
    for (
      const [n, shown] of [[1, "1"], [0, "0"], [-4, "-4"], [2.5, "2.5"], [NaN, "NaN"], [
        "10",
        '"10"',
      ]]
    ) {
      expectBadInput(() => generate(0, { n }), "n", shown as string);
    }
    for (
      const [noise, shown] of [[-0.1, "-0.1"], [NaN, "NaN"], [Infinity, "Infinity"], [
        "0.1",
        '"0.1"',
      ]]
    ) {
      expectBadInput(() => generate(0, { [noiseKey]: noise }), noiseKey, shown as string);
    }
    // The caller's argument is rng, whatever the value: a fractional or NaN seed too.
    for (
      const [rng, shown] of [["seed", '"seed"'], [1.5, "1.5"], [NaN, "NaN"], [null, "null"]]
    ) {
      expectBadInput(() => generate(rng as number, {}), "rng", shown as string);
    }
    expectBadInput(() => generate(0, { dtype: "float16" }), "dtype", '"float16"');
  });
}

import { expect } from "chai";
import fc from "fast-check";
import { bornDeadAtPoint, bornDeadRate, widthForBornDead } from "relu-lab/lab";

/** Four binomial standard errors: a deterministic-seed check that still has room for noise. */
function _slack(p: number, n: number): number {
  return 4 * Math.sqrt(Math.max(p * (1 - p), 1 / n) / n);
}

Deno.test("bornDeadAtPoint() matches the Monte Carlo rate of networks judged on one input", () => {
  for (const [depth, width] of [[10, 2], [20, 3], [8, 4]] as const) {
    const theory = bornDeadAtPoint(depth, width);
    const { rate, trials } = bornDeadRate({ depth, width, samples: 1, trials: 600 });
    expect(Math.abs(rate - theory), `depth ${depth}, width ${width}`)
      .to.be.below(_slack(theory, trials));
  }
});

Deno.test("bornDeadAtPoint() bounds from above the rate of networks judged on many inputs", () => {
  const theory = bornDeadAtPoint(10, 2);
  const many = bornDeadRate({ depth: 10, width: 2, samples: 100, trials: 600 });
  expect(many.rate - _slack(theory, many.trials)).to.be.below(theory);
});

Deno.test("bornDeadAtPoint() rises towards 1 with depth and falls with width", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 }), (d, w) => {
      const p = bornDeadAtPoint(d, w);
      expect(p).to.be.within(0, 1);
      // Non-strict: near 1 (or 0) neighbouring values can round to the same double.
      expect(bornDeadAtPoint(d + 1, w)).to.be.at.least(p);
      expect(bornDeadAtPoint(d, w + 1)).to.be.at.most(p);
    }),
  );
  expect(bornDeadAtPoint(11, 4)).to.be.above(bornDeadAtPoint(10, 4));
  expect(bornDeadAtPoint(10, 5)).to.be.below(bornDeadAtPoint(10, 4));
  expect(bornDeadAtPoint(100_000, 3)).to.be.above(1 - 1e-12);
  expect(bornDeadAtPoint(1, 1)).to.be.closeTo(0.5, 1e-15);
});

Deno.test("widthForBornDead() returns the smallest width within the tolerance, about log2(depth / delta)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 500 }),
      fc.double({ min: 1e-6, max: 0.9, noNaN: true }),
      (depth, delta) => {
        const width = widthForBornDead(depth, delta);
        expect(bornDeadAtPoint(depth, width)).to.be.at.most(delta);
        if (width > 1) expect(bornDeadAtPoint(depth, width - 1)).to.be.above(delta);
        expect(width).to.be.at.most(Math.ceil(Math.log2(depth / delta)) + 1);
      },
    ),
  );
});

Deno.test("bornDeadAtPoint() and widthForBornDead() reject bad arguments", () => {
  expect(() => bornDeadAtPoint(0, 2)).to.throw(
    RangeError,
    /depth to be an integer >= 1, received 0/,
  );
  expect(() => bornDeadAtPoint(3, 2.5)).to.throw(TypeError, /width to be an integer, received 2.5/);
  expect(() => widthForBornDead(3, 0)).to.throw(RangeError, /delta to be in \(0, 1\), received 0/);
  expect(() => widthForBornDead(3, NaN)).to.throw(TypeError, /delta to be a finite number/);
});

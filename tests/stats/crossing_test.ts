import { expect } from "chai";
import fc from "fast-check";
import { Rng } from "relu-lab";
import { crossingWithCI, firstCrossing } from "relu-lab/lab";

Deno.test("firstCrossing() interpolates linearly, or in log x, between the grid points around the level", () => {
  expect(firstCrossing([0, 1, 2], [0, 0.2, 0.6], 0.4)).to.be.closeTo(1.5, 1e-12);
  expect(firstCrossing([1, 100], [0, 1], 0.5, { logX: true })).to.be.closeTo(10, 1e-12);
});

Deno.test("firstCrossing() returns the first crossing, the start if already there, and null if never", () => {
  expect(firstCrossing([1, 2, 3, 4], [0, 1, 0, 1], 0.5)).to.equal(1.5);
  expect(firstCrossing([1, 2], [0.7, 0.1], 0.5)).to.equal(1);
  expect(firstCrossing([1, 2], [0.1, 0.2], 0.5)).to.equal(null);
});

Deno.test("firstCrossing() lands between the grid points where the curve passes the level", () => {
  fc.assert(fc.property(
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 }),
    fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    (ys, level) => {
      const xs = ys.map((_, i) => i + 1);
      const x = firstCrossing(xs, ys, level);
      const first = ys.findIndex((y) => y >= level);
      if (first < 0) expect(x).to.equal(null);
      else expect(x).to.be.within(Math.max(1, first), first + 1);
    },
  ));
});

Deno.test("firstCrossing() rejects unsorted, non-positive (log) and mismatched grids", () => {
  expect(() => firstCrossing([2, 1], [0, 1], 0.5)).to.throw(RangeError, /strictly increasing/);
  expect(() => firstCrossing([0, 1], [0, 1], 0.5, { logX: true })).to.throw(
    RangeError,
    /strictly increasing and positive/,
  );
  expect(() => firstCrossing([1, 2], [0], 0.5)).to.throw(RangeError, /equal length/);
  expect(() => firstCrossing([1, 2], [0, NaN], 0.5)).to.throw(RangeError, /ys/);
});

Deno.test("crossingWithCI() leaves diverged runs out and reports an end beyond the grid as null", () => {
  const rows = [0, 1, 2, 3].flatMap((replicate) => [
    { replicate, lr: 1, dead: 0 },
    // Seeds 0 and 1 die at lr 2; seeds 2 and 3 do not (seed 3 diverged there).
    { replicate, lr: 2, dead: replicate < 2 ? 1 : replicate === 2 ? 0 : null },
  ]);
  const c = crossingWithCI(rows, { x: "lr", metric: "dead", level: 0.6, rng: new Rng(1) });
  expect(c.seeds).to.equal(4);
  expect(c.estimate).to.be.closeTo(1 + 0.6 / (2 / 3), 1e-12); // mean at lr 2 is 2/3 of three runs
  expect(c.low).to.be.within(1, 2);
  expect(c.high).to.equal(null); // resamples of seeds 2 and 3 alone never reach 0.6
});

Deno.test("crossingWithCI() rejects rows without a numeric grid field or metric", () => {
  const rng = new Rng(0);
  expect(() =>
    crossingWithCI([{ replicate: 0, lr: "fast", dead: 0 }], {
      x: "lr",
      metric: "dead",
      level: 0.5,
      rng,
    })
  )
    .to.throw(TypeError, /lr to be a finite number, received "fast"/);
  expect(() =>
    crossingWithCI([{ replicate: 0, lr: 1, dead: "x" }], {
      x: "lr",
      metric: "dead",
      level: 0.5,
      rng,
    })
  )
    .to.throw(TypeError, /dead to be a finite number or null/);
});

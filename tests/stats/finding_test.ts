import { expect } from "chai";
import { Rng } from "relu-lab";
import { Finding, formatEstimate, summarize } from "relu-lab/lab";

Deno.test("Finding quotes value, interval, level, n and profile, in the unit's format", () => {
  const share = new Finding({ value: 0.723, interval: [0.638, 0.804], n: 20, profile: "full" });
  expect(String(share)).to.equal("72.3% (95% CI 63.8% to 80.4%; 20 seeds, full profile)");
  expect(share.short).to.equal("72.3%");
  expect(share.withInterval).to.equal("72.3% (63.8% to 80.4%)");
  const diff = new Finding({
    value: 0.082,
    interval: [-0.025, 0.194],
    n: 20,
    of: "pairs",
    profile: "full",
    unit: "points",
    method: "paired bootstrap",
  });
  expect(`${diff}`).to.equal(
    "+8.2 points (95% paired bootstrap CI -2.5 to +19.4; 20 pairs, full profile)",
  );
  const rate = new Finding({ value: 2.47, n: 3, profile: "quick", unit: "number", digits: 2 });
  expect(`${rate}`).to.equal("2.47 (3 seeds, quick profile)");
  expect(new Finding({ value: 0.5, n: 2000, of: "networks", profile: "full" }).toString())
    .to.equal("50.0% (2,000 networks, full profile)");
});

Deno.test("Finding.withInterval is formatEstimate's text, so tables and prose agree", () => {
  const f = new Finding({
    value: 0.4567,
    interval: [0.3, 0.61],
    n: 5,
    profile: "quick",
    digits: 2,
  });
  expect(f.withInterval).to.equal(
    formatEstimate({ mean: 0.4567, low: 0.3, high: 0.61 }, { digits: 2 }),
  );
});

Deno.test("Finding.of() takes a summary row's mean, interval and n", () => {
  const rows = [0.9, 0.8, 0.85, 0.95].map((accuracy, seed) => ({ seed, accuracy, group: "a" }));
  const [row] = summarize(rows, { groupBy: ["group"], metric: "accuracy", rng: new Rng(0) });
  const f = Finding.of(row!, { profile: "full" });
  expect([f.value, f.low, f.high, f.n]).to.deep.equal([row!.mean, row!.low, row!.high, 4]);
  const single = Finding.of({ mean: 0.9, low: null, high: null, n: 1 }, { profile: "quick" });
  expect([single.low, single.high]).to.deep.equal([null, null]);
  expect(() => Finding.of({ mean: null, low: null, high: null, n: 0 }, { profile: "full" }))
    .to.throw(RangeError, /a summary with a mean/);
});

Deno.test("Finding.excludes() is true only when the whole interval lies on one side", () => {
  const at = (low: number, high: number) =>
    new Finding({ value: (low + high) / 2, interval: [low, high], n: 5, profile: "full" });
  expect(at(0.01, 0.03).excludes()).to.equal(true);
  expect(at(-0.03, -0.01).excludes()).to.equal(true);
  expect(at(-0.01, 0.03).excludes()).to.equal(false);
  expect(at(0, 0.03).excludes()).to.equal(false);
  expect(at(0.2, 0.4).excludes(0.25)).to.equal(false);
  expect(new Finding({ value: 1, n: 5, profile: "full" }).excludes()).to.equal(false);
});

Deno.test("Finding refuses what it cannot quote, naming the field", () => {
  const base = { value: 0.5, n: 10, profile: "full" } as const;
  expect(() => new Finding({ ...base, value: NaN })).to.throw(TypeError, /value.*NaN/);
  expect(() => new Finding({ ...base, interval: [0.6, 0.7] })).to.throw(
    RangeError,
    /interval to contain value 0.5/,
  );
  expect(() => new Finding({ ...base, interval: [0.1, Infinity] })).to.throw(
    TypeError,
    /interval\[1\]/,
  );
  expect(() => new Finding({ ...base, n: 0 })).to.throw(RangeError, /n/);
  expect(() => new Finding({ ...base, n: 2.5 })).to.throw(/n/);
  expect(() => new Finding({ ...base, level: 95 })).to.throw(RangeError, /level.*95/);
  expect(() => new Finding({ ...base, profile: "medium" as "full" })).to.throw(
    RangeError,
    /profile/,
  );
  expect(() => new Finding({ ...base, unit: "ratio" as "number" })).to.throw(RangeError, /unit/);
  expect(() => new Finding({ ...base, digits: -1 })).to.throw(RangeError, /digits/);
});

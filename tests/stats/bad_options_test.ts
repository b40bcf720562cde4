// Every numeric option of the statistics is checked, NaN included (see tests/core/_bad_input.ts).
import { Rng } from "relu-lab";
import { expect } from "chai";
import {
  bootstrapCI,
  compareConditions,
  crossingWithCI,
  Finding,
  firstCrossing,
  formatEstimate,
  meanFinding,
  pairedCohensD,
  pairedComparison,
  pairedDifferences,
  pairedFinding,
  summarize,
} from "relu-lab/lab";
import {
  type BadBooleanCase,
  type BadNumberCase,
  testBadBooleans,
  testBadNumbers,
} from "../core/_bad_input.ts";

const rng = () => new Rng(0);
const rows = [{ acc: 0.8, seed: 0, act: "a" }, { acc: 0.9, seed: 0, act: "b" }];
const pairs = [0.8, 0.7, 0.9].flatMap((acc, seed) => [
  { act: "a", seed, acc },
  { act: "b", seed, acc: acc + 0.01 },
]);
const lr = [{ replicate: 0, lr: 1, dead: 0 }, { replicate: 0, lr: 2, dead: 0.5 }];

const CASES: BadNumberCase[] = [
  {
    name: "level",
    label: "bootstrapCI(v, { level })",
    call: (v) => bootstrapCI([1, 2], { rng: rng(), level: v }),
  },
  {
    name: "resamples",
    label: "bootstrapCI(v, { resamples })",
    call: (v) => bootstrapCI([1, 2], { rng: rng(), resamples: v }),
  },
  {
    name: "values",
    label: "bootstrapCI([1, x])",
    call: (v) => bootstrapCI([1, v], { rng: rng() }),
  },
  {
    name: "level",
    label: "pairedComparison(a, b, { level })",
    call: (v) => pairedComparison([1, 2], [1, 3], { rng: rng(), level: v }),
  },
  {
    name: "tolerance",
    label: "pairedComparison(a, b, { tolerance })",
    call: (v) => pairedComparison([1, 2], [1, 3], { rng: rng(), tolerance: v }),
  },
  {
    name: "level",
    label: "firstCrossing(xs, ys, level)",
    call: (v) => firstCrossing([1, 2], [0, 1], v),
  },
  {
    name: "level",
    label: "crossingWithCI(rows, { level })",
    call: (v) => crossingWithCI(lr, { x: "lr", metric: "dead", level: v, rng: rng() }),
  },
  {
    name: "level",
    label: "summarize(rows, { level })",
    call: (v) => summarize(rows, { groupBy: ["act"], metric: "acc", rng: rng(), level: v }),
  },
  {
    name: "resamples",
    label: "summarize(rows, { resamples })",
    call: (v) => summarize(rows, { groupBy: ["act"], metric: "acc", rng: rng(), resamples: v }),
  },
  {
    name: "digits",
    label: "formatEstimate(e, { digits })",
    call: (v) => formatEstimate({ mean: 1, low: 0, high: 2 }, { digits: v }),
  },
  {
    name: "digits",
    label: "meanFinding(rows, m, { digits })",
    call: (v) => meanFinding(rows, "acc", { rng: rng(), profile: "full", digits: v }),
  },
  {
    name: "digits",
    label: "pairedFinding(rows, { digits })",
    call: (v) =>
      pairedFinding(pairs, {
        field: "act",
        a: "a",
        b: "b",
        metric: "acc",
        rng: rng(),
        profile: "full",
        digits: v,
      }),
  },
  {
    name: "tolerance",
    label: "pairedFinding(rows, { tolerance })",
    call: (v) =>
      pairedFinding(pairs, {
        field: "act",
        a: "a",
        b: "b",
        metric: "acc",
        rng: rng(),
        profile: "full",
        tolerance: v,
      }),
  },
];

testBadNumbers(CASES);

const BOOLEANS: BadBooleanCase[] = [
  {
    name: "interval",
    label: "formatEstimate(e, { interval })",
    call: (v) => formatEstimate({ mean: 1, low: 0, high: 2 }, { interval: v }),
  },
  {
    name: "higherIsBetter",
    label: "pairedComparison(a, b, { higherIsBetter })",
    call: (v) => pairedComparison([1, 2], [1, 3], { rng: rng(), higherIsBetter: v }),
  },
  {
    name: "logX",
    label: "firstCrossing(xs, ys, l, { logX })",
    call: (v) => firstCrossing([1, 2], [0, 1], 0.5, { logX: v }),
  },
];

testBadBooleans(BOOLEANS);

Deno.test("formatEstimate() and Finding refuse more than 20 digits, naming digits (toFixed would name its own argument)", () => {
  expect(() => formatEstimate({ mean: 1, low: 0, high: 2 }, { digits: 101 })).to.throw(
    RangeError,
    "Expected digits to be at most 20, received 101",
  );
  expect(() => new Finding({ value: 0.5, n: 2, profile: "full", digits: 21 })).to.throw(
    RangeError,
    "Expected digits to be at most 20, received 21",
  );
  expect(formatEstimate({ mean: 1, low: null, high: null }, { digits: 20, unit: "number" }))
    .to.equal((1).toFixed(20));
});

Deno.test("pairedDifferences() and pairedCohensD() refuse a NaN instead of returning one", () => {
  expect(() => pairedDifferences([1, NaN], [1, 2])).to.throw(
    RangeError,
    "Expected a to hold only finite numbers, received NaN at index 1",
  );
  expect(() => pairedCohensD([1, 2], [Infinity, 2])).to.throw(RangeError, "Expected b to hold");
});

Deno.test("summarize() and compareConditions() refuse a lone string for a field list, naming it", () => {
  const rows = [{ act: "a", seed: 0, acc: 1 }, { act: "b", seed: 0, acc: 2 }];
  expect(() => summarize(rows, { groupBy: "act" as never, metric: "acc", rng: rng() })).to.throw(
    TypeError,
    'Expected groupBy to be an array of field names, received "act"',
  );
  const compare = { field: "act", a: "a", b: "b", metric: "acc", rng: rng() };
  expect(() => compareConditions(rows, { ...compare, pairBy: "seed" as never })).to.throw(
    TypeError,
    'Expected pairBy to be an array of field names, received "seed"',
  );
});

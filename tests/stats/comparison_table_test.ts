import { expect } from "chai";
import { Rng } from "relu-lab";
import { compareConditions, pairedComparison } from "relu-lab/lab";

const rows = [0.1, 0.3].flatMap((lr) =>
  [1, 2, 3, 4].flatMap((seed) => [
    {
      activation: "relu",
      lr,
      seed,
      accuracy: 0.8 + seed / 100 + (lr === 0.3 && seed === 4 ? -0.1 : 0),
    },
    { activation: "leaky", lr, seed, accuracy: 0.805 + seed / 100 },
    { activation: "tanh", lr, seed, accuracy: 0.7 },
  ])
);

Deno.test("compareConditions() pairs on seed within each group and agrees with pairedComparison()", () => {
  const table = compareConditions(rows, {
    field: "activation",
    a: "leaky",
    b: "relu",
    metric: "accuracy",
    groupBy: ["lr"],
    rng: new Rng(2),
  });
  expect(table.map((r) => [r.lr, r.n, r.unpaired, r.aWins, r.bWins, r.ties])).to.deep.equal([
    [0.1, 4, 0, 4, 0, 0],
    [0.3, 4, 0, 4, 0, 0],
  ]);
  const leaky = [1, 2, 3, 4].map((s) => 0.805 + s / 100),
    relu = [1, 2, 3, 4].map((s) => 0.8 + s / 100);
  const direct = pairedComparison(leaky, relu, { rng: new Rng(2) });
  expect(table[0]).to.include({
    difference: direct.difference.estimate,
    low: direct.difference.low,
    cohensD: direct.cohensD,
  });
});

Deno.test("compareConditions() leaves out runs with a missing metric or no partner, and says how many", () => {
  const damaged = rows.filter((r) => !(r.activation === "relu" && r.seed === 1))
    .map((r) => (r.activation === "leaky" && r.seed === 2 ? { ...r, accuracy: null } : r));
  const [row] = compareConditions(damaged, {
    field: "activation",
    a: "leaky",
    b: "relu",
    metric: "accuracy",
    rng: new Rng(0),
    pairBy: ["lr", "seed"],
  });
  expect([row!.n, row!.unpaired]).to.deep.equal([4, 6]);
  const few = compareConditions(damaged.filter((r) => r.seed <= 2), {
    field: "activation",
    a: "leaky",
    b: "relu",
    metric: "accuracy",
    groupBy: ["lr"],
    rng: new Rng(0),
  });
  expect(few.map((r) => [r.n, r.difference, r.shareAWins])).to.deep.equal([[0, null, null], [
    0,
    null,
    null,
  ]]);
});

Deno.test("compareConditions() rejects unknown conditions, equal conditions and duplicate pairs", () => {
  const options = {
    field: "activation",
    a: "leaky",
    b: "elu",
    metric: "accuracy",
    rng: new Rng(0),
  };
  expect(() => compareConditions(rows, options)).to.throw(
    RangeError,
    /activation = "elu", received only "relu", "leaky", "tanh"/,
  );
  expect(() => compareConditions(rows, { ...options, b: "leaky" })).to.throw(RangeError, /differ/);
  expect(() => compareConditions(rows, { ...options, b: "relu" })).to.throw(
    RangeError,
    /one run per seed .* twice/,
  );
});

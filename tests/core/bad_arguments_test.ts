// Arguments that are not numbers are checked too: generators, initialisers, activations,
// dtypes and losses given where the API expects them, and the Rng's own ranges. Each used
// to fail later with an internal name ("rng.uniform is not a function") or not at all
// (dtype "float16" gave float32; a dropout layer took a seed for its generator).
import { expect } from "chai";
import {
  ActivationLayer,
  BatchNorm,
  Dense,
  Dropout,
  fromRows,
  gradientFlow,
  gradientNorms,
  mlp,
  pooledDeadFraction,
  pooledInactiveFraction,
  PReLU,
  Rng,
  RReLU,
  zeros,
} from "relu-lab";
import { shardRuns } from "relu-lab/lab";

const cases: Array<[string, () => unknown, string]> = [
  [
    "Dense with a seed for rng",
    () => new Dense(2, 3, 5 as never),
    "Expected rng to be an Rng, received 5",
  ],
  [
    "Dropout with a seed for rng",
    () => new Dropout(2, 0.5, 5 as never),
    "Expected rng to be an Rng, received 5",
  ],
  [
    "RReLU with a seed for rng",
    () => new RReLU(2, 5 as never),
    "Expected rng to be an Rng, received 5",
  ],
  [
    "Dense with a bogus weightInit",
    () => new Dense(2, 3, new Rng(0), { weightInit: {} as never }),
    "Expected weightInit to be an Initializer, received an object",
  ],
  [
    "mlp with a bogus biasInit",
    () => mlp({ sizes: [2, 3, 1], biasInit: 0 as never }),
    "Expected biasInit to be an Initializer, received 0",
  ],
  ...(["Dense", "BatchNorm", "PReLU", "mlp"] as const).map((
    name,
  ): [string, () => unknown, string] => [
    `${name} with dtype "float16"`,
    () => {
      const dtype = "float16" as never;
      if (name === "Dense") return new Dense(2, 3, new Rng(0), { dtype });
      if (name === "BatchNorm") return new BatchNorm(2, { dtype });
      if (name === "PReLU") return new PReLU(2, { dtype });
      return mlp({ sizes: [2, 3, 1], dtype });
    },
    'Expected dtype to be one of "float32", "float64", received "float16"',
  ]),
  [
    "ActivationLayer with a bogus activation",
    () => new ActivationLayer({ name: "x" } as never, 2),
    "Expected activation to be an Activation, received an object",
  ],
  [
    "lossAndGradients with a bogus loss",
    () => mlp({ sizes: [2, 1] }).lossAndGradients(zeros(1, 2), zeros(1, 1), {} as never),
    "Expected loss to be a Loss, received an object",
  ],
  [
    "gradientFlow with a bogus loss",
    () => gradientFlow(mlp({ sizes: [2, 1] }), zeros(1, 2), zeros(1, 1), "bce" as never),
    'Expected loss to be a Loss, received "bce"',
  ],
  [
    "gradientNorms of a non-model",
    () => gradientNorms({} as never),
    "Expected model to be a Sequential",
  ],
  [
    "rng.uniform(1, 0)",
    () => new Rng(0).uniform(1, 0),
    "Expected low and high to be finite numbers with low <= high, received 1, 0",
  ],
  ["rng.uniform(NaN, 1)", () => new Rng(0).uniform(NaN, 1), "received NaN, 1"],
  ["rng.uniform(0, Infinity)", () => new Rng(0).uniform(0, Infinity), "received 0, Infinity"],
  [
    "rng.normal(0, -1)",
    () => new Rng(0).normal(0, -1),
    "Expected std to be a finite number >= 0, received -1",
  ],
  [
    "rng.normal(NaN, 1)",
    () => new Rng(0).normal(NaN, 1),
    "Expected mean to be a finite number, received NaN",
  ],
  [
    "rng.shuffle of a string",
    () => new Rng(0).shuffle("abc" as never),
    'Expected items to be an array or typed array, received "abc"',
  ],
  [
    "pooledDeadFraction([])",
    () => pooledDeadFraction([]),
    "Expected census to hold at least one hidden layer",
  ],
  [
    "pooledInactiveFraction([])",
    () => pooledInactiveFraction([]),
    "Expected census to hold at least one hidden layer",
  ],
  [
    "shardRuns with shard 3 of 2",
    () => shardRuns([1, 2], { index: 3, count: 2 }),
    "Expected shard to be { index, count } with 1 <= index <= count, received 3/2",
  ],
];

for (const [label, call, message] of cases) {
  Deno.test(`${label} is refused with an error naming the argument`, () => {
    expect(call).to.throw(Error, message);
  });
}

Deno.test("Rng.uniform(a, a) is a, and the draws are unchanged by the checks", () => {
  expect(new Rng(0).uniform(0.25, 0.25)).to.equal(0.25);
  const a = new Rng(9), b = new Rng(9);
  expect(a.uniform(-2, 3)).to.equal(-2 + 5 * (b.nextUint32() / 4294967296));
  expect(fromRows([[1]]).rows).to.equal(1);
});

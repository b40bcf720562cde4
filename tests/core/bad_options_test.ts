// Every numeric option of the core's public functions is checked, NaN included: a bad value
// is an error that names the option as the caller wrote it and states the value received,
// never a silently different behaviour (mlp({ dropout: NaN }) used to mean no dropout).
import {
  type BadBooleanCase,
  type BadNumberCase,
  testBadBooleans,
  testBadNumbers,
} from "./_bad_input.ts";
import {
  adam,
  BatchNorm,
  clipGradNorm,
  constantInit,
  constantLr,
  cosineLr,
  Dense,
  Dropout,
  elu,
  exponentialLr,
  fit,
  fromRows,
  heNormal,
  heUniform,
  l1,
  l2,
  leakyRelu,
  mlp,
  normalInit,
  PReLU,
  randomizedAsymmetricInit,
  Rng,
  RReLU,
  sgd,
  stepLr,
  uniformInit,
  warmup,
  xavierNormal,
  xavierUniform,
  zeros,
} from "relu-lab";

const x = fromRows([[0, 1], [1, 0], [1, 1], [0, 0]]), y = fromRows([[1], [1], [0], [0]]);
const fitWith = (options: Record<string, unknown>) => () =>
  fit(mlp({ sizes: [2, 4, 1] }), { x, y }, {
    epochs: 1,
    learningRate: 0.1,
    batchSize: 2,
    ...options,
  });

const CASES: BadNumberCase[] = [
  {
    name: "dropout",
    label: "mlp({ sizes: [2, 4, 1], dropout: v })",
    call: (v) => mlp({ sizes: [2, 4, 1], dropout: v }),
  },
  {
    name: "seed",
    label: "mlp({ sizes: [2, 4, 1], seed: v })",
    call: (v) => mlp({ sizes: [2, 4, 1], seed: v }),
  },
  { name: "sizes[1]", label: "mlp({ sizes: [2, v, 1] })", call: (v) => mlp({ sizes: [2, v, 1] }) },
  {
    name: "inputSize",
    label: "new Dense(v, 2, new Rng(0))",
    call: (v) => new Dense(v, 2, new Rng(0)),
  },
  {
    name: "outputSize",
    label: "new Dense(2, v, new Rng(0))",
    call: (v) => new Dense(2, v, new Rng(0)),
  },
  { name: "eps", label: "new BatchNorm(2, { eps: v })", call: (v) => new BatchNorm(2, { eps: v }) },
  {
    name: "momentum",
    label: "new BatchNorm(2, { momentum: v })",
    call: (v) => new BatchNorm(2, { momentum: v }),
  },
  { name: "init", label: "new PReLU(2, { init: v })", call: (v) => new PReLU(2, { init: v }) },
  {
    name: "lower",
    label: "new RReLU(2, new Rng(0), { lower: v })",
    call: (v) => new RReLU(2, new Rng(0), { lower: v }),
  },
  {
    name: "upper",
    label: "new RReLU(2, new Rng(0), { upper: v })",
    call: (v) => new RReLU(2, new Rng(0), { upper: v }),
  },
  {
    name: "rate",
    label: "new Dropout(2, v, new Rng(0))",
    call: (v) => new Dropout(2, v, new Rng(0)),
  },
  { name: "momentum", label: "sgd({ momentum: v })", call: (v) => sgd({ momentum: v }) },
  { name: "dampening", label: "sgd({ dampening: v })", call: (v) => sgd({ dampening: v }) },
  { name: "beta1", label: "adam({ beta1: v })", call: (v) => adam({ beta1: v }) },
  { name: "beta2", label: "adam({ beta2: v })", call: (v) => adam({ beta2: v }) },
  { name: "eps", label: "adam({ eps: v })", call: (v) => adam({ eps: v }) },
  { name: "lr", label: "stepLr(v, { stepSize: 1 })", call: (v) => stepLr(v, { stepSize: 1 }) },
  {
    name: "stepSize",
    label: "stepLr(0.1, { stepSize: v })",
    call: (v) => stepLr(0.1, { stepSize: v }),
  },
  {
    name: "gamma",
    label: "stepLr(0.1, { stepSize: 1, gamma: v })",
    call: (v) => stepLr(0.1, { stepSize: 1, gamma: v }),
  },
  { name: "gamma", label: "exponentialLr(0.1, x)", call: (v) => exponentialLr(0.1, v) },
  { name: "lr", label: "constantLr(x)", call: (v) => constantLr(v) },
  {
    name: "epochs",
    label: "cosineLr(0.1, { epochs: v })",
    call: (v) => cosineLr(0.1, { epochs: v }),
  },
  {
    name: "minLr",
    label: "cosineLr(0.1, { epochs: 5, minLr: v })",
    call: (v) => cosineLr(0.1, { epochs: 5, minLr: v }),
  },
  {
    name: "epochs",
    label: "warmup(constantLr(0.1), { epochs: v })",
    call: (v) => warmup(constantLr(0.1), { epochs: v }),
  },
  {
    name: "startFactor",
    label: "warmup(constantLr(0.1), { epochs: 2, startFactor: v })",
    call: (v) => warmup(constantLr(0.1), { epochs: 2, startFactor: v }),
  },
  { name: "lambda", label: "l1(x)", call: (v) => l1(v) },
  { name: "lambda", label: "l2(x)", call: (v) => l2(v) },
  { name: "maxNorm", label: "clipGradNorm([], x)", call: (v) => clipGradNorm([], v) },
  { name: "value", label: "constantInit(x)", call: (v) => constantInit(v) },
  { name: "low", label: "uniformInit(v, 1)", call: (v) => uniformInit(v, 1) },
  { name: "high", label: "uniformInit(0, x)", call: (v) => uniformInit(0, v) },
  { name: "mean", label: "normalInit(v, 1)", call: (v) => normalInit(v, 1) },
  { name: "std", label: "normalInit(0, x)", call: (v) => normalInit(0, v) },
  { name: "gain", label: "xavierUniform(x)", call: (v) => xavierUniform(v) },
  { name: "gain", label: "xavierNormal(x)", call: (v) => xavierNormal(v) },
  { name: "gain", label: 'heUniform("fan_in", x)', call: (v) => heUniform("fan_in", v) },
  { name: "gain", label: 'heNormal("fan_in", x)', call: (v) => heNormal("fan_in", v) },
  {
    name: "scale",
    label: "randomizedAsymmetricInit({ scale: v })",
    call: (v) => randomizedAsymmetricInit({ scale: v }),
  },
  { name: "seed", label: "new Rng(x)", call: (v) => new Rng(v) },
  { name: "a", label: "leakyRelu(x)", call: (v) => leakyRelu(v) },
  { name: "alpha", label: "elu(x)", call: (v) => elu(v) },
  { name: "rows", label: "zeros(v, 2)", call: (v) => zeros(v, 2) },
  { name: "cols", label: "zeros(2, x)", call: (v) => zeros(2, v) },
  { name: "epochs", label: "fitWith({ epochs: v })()", call: (v) => fitWith({ epochs: v })() },
  {
    name: "learningRate",
    label: "fitWith({ learningRate: v })()",
    call: (v) => fitWith({ learningRate: v })(),
  },
  {
    name: "batchSize",
    label: "fitWith({ batchSize: v })()",
    call: (v) => fitWith({ batchSize: v })(),
  },
  { name: "seed", label: "fitWith({ seed: v })()", call: (v) => fitWith({ seed: v })() },
  {
    name: "clipNorm",
    label: "fitWith({ clipNorm: v })()",
    call: (v) => fitWith({ clipNorm: v })(),
  },
];

testBadNumbers(CASES);

const BOOLEANS: BadBooleanCase[] = [
  {
    name: "batchNorm",
    label: "mlp({ batchNorm })",
    call: (v) => mlp({ sizes: [2, 4, 1], batchNorm: v }),
  },
  {
    name: "nesterov",
    label: "sgd({ nesterov })",
    call: (v) => sgd({ momentum: 0.9, nesterov: v }),
  },
  { name: "shuffle", label: "fit(m, d, { shuffle })", call: (v) => fitWith({ shuffle: v })() },
  {
    name: "record.deadUnits",
    label: "fit(m, d, { record: { deadUnits } })",
    call: (v) => fitWith({ record: { deadUnits: v } })(),
  },
  {
    name: "record.gradNorms",
    label: "fit(m, d, { record: { gradNorms } })",
    call: (v) => fitWith({ record: { gradNorms: v } })(),
  },
];

testBadBooleans(BOOLEANS);

import { expect } from "chai";
import {
  configFromQuery,
  configToQuery,
  DEFAULT_CONFIG,
  normalizeConfig,
  type PlaygroundConfig,
  sideSettings,
} from "../../lib/playground/mod.ts";

Deno.test("normalizeConfig() keeps valid settings and adds no note", () => {
  const { config, notes } = normalizeConfig({ learningRate: 3, hidden: [4, 4], batchNorm: true });
  expect(notes).to.deep.equal([]);
  expect([config.learningRate, config.hidden, config.batchNorm]).to.deep.equal([3, [4, 4], true]);
});

Deno.test("normalizeConfig() clamps out-of-range values and names each parameter", () => {
  const { config, notes } = normalizeConfig({
    learningRate: 1e9,
    noise: -1,
    hidden: [100, 0, 4],
    pushes: [{ layer: 0, unit: 0, target: "bias", value: -1e12, step: 0 }],
  });
  expect([config.learningRate, config.noise, config.hidden]).to.deep.equal([100, 0, [32, 1, 4]]);
  expect(config.pushes[0]!.value).to.equal(-1e6);
  expect(notes.map((n) => n.parameter)).to.deep.equal([
    "learningRate",
    "noise",
    "hidden",
    "pushes[0].value",
  ]);
  expect(notes[0]!.message).to.equal(
    "Expected learningRate to be in [0.00001, 100], received 1000000000: clamped to 100",
  );
});

Deno.test("normalizeConfig() refuses values of the wrong form, keeping the base's value", () => {
  const { config, notes } = normalizeConfig({
    activation: "swish",
    seed: 1.5,
    batchNorm: "yes",
    colour: "red",
  });
  expect([config.activation, config.seed, config.batchNorm]).to.deep.equal(["relu", 0, false]);
  expect(notes.map((n) => n.parameter)).to.deep.equal([
    "activation",
    "seed",
    "batchNorm",
    "colour",
  ]);
  expect(notes[0]!.message).to.match(/^Expected activation to be one of relu, leaky_relu.*"swish"/);
});

Deno.test("normalizeConfig() drops a push to a unit the network does not have, with a note", () => {
  const { config, notes } = normalizeConfig({
    hidden: [3],
    pushes: [{ layer: 0, unit: 5, target: "bias", value: -3, step: 0 }],
  });
  expect(config.pushes).to.deep.equal([]);
  expect(notes[0]!.parameter).to.equal("pushes[0]");
});

Deno.test("sideSettings() gives the right-hand network the comparison's one difference", () => {
  const config = normalizeConfig({ compare: { setting: "learningRate", value: 3 } }).config;
  expect(sideSettings(config, "left").learningRate).to.equal(0.03);
  expect(sideSettings(config, "right").learningRate).to.equal(3);
  expect(sideSettings(config, "right").activation).to.equal("relu");
});

Deno.test("configToQuery() and configFromQuery() round-trip a configuration", () => {
  const config: PlaygroundConfig = {
    ...structuredClone(DEFAULT_CONFIG as PlaygroundConfig),
    dataset: "spirals",
    noise: 0.25,
    activation: "leaky_relu",
    leak: 0.2,
    hidden: [6, 5, 4],
    learningRate: 0.3,
    optimizer: "adam",
    batchNorm: true,
    seed: 42,
    compare: { setting: "hidden", value: [3, 3, 3] },
    pushes: [
      { layer: 1, unit: 2, target: "bias", value: -3, step: 0 },
      { layer: 0, unit: 0, target: 1, value: -100000, step: 12 },
    ],
  };
  const query = configToQuery(config);
  expect(query).to.include("compare=hidden:3,3,3");
  const back = configFromQuery(`#${query}`);
  expect(back.notes).to.deep.equal([]);
  expect(back.config).to.deep.equal(config);
  expect(configToQuery(DEFAULT_CONFIG)).to.equal("");
});

Deno.test("configFromQuery() falls back on malformed parameters, each with a note naming it", () => {
  const { config, notes } = configFromQuery(
    "learningRate=abc&hidden=8,x&bogus=1&compare=colour:red&push=1.2&batchNorm=maybe&seed=7",
  );
  expect(config.learningRate).to.equal(DEFAULT_CONFIG.learningRate);
  expect(config.hidden).to.deep.equal([8, 8]);
  expect(config.compare).to.equal(null);
  expect(config.pushes).to.deep.equal([]);
  expect(config.seed).to.equal(7);
  expect(notes.map((n) => n.parameter).sort()).to.deep.equal(
    ["batchNorm", "bogus", "compare", "hidden", "learningRate", "pushes[0]"],
  );
  expect(notes.find((n) => n.parameter === "learningRate")!.message).to.include('received "abc"');
});

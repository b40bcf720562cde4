/**
 * The playground's settings: what a reader can choose, each setting's default and range, and
 * {@linkcode normalizeConfig}, which turns any partial or malformed input into a valid
 * configuration plus one note per value it had to clamp, refuse or ignore. Every other part
 * of the playground (URL, controls, notebook options, the Deno tests) goes through it.
 *
 * @module
 */

import { describe } from "../core/_validate.ts";

/** The data sets a reader can choose. */
export const PLAYGROUND_DATASETS = ["circles", "moons", "spirals", "xor"] as const;
/** The hidden activations a reader can choose (`leaky_relu` takes its slope from `leak`). */
export const PLAYGROUND_ACTIVATIONS = [
  "relu",
  "leaky_relu",
  "prelu",
  "rrelu",
  "elu",
  "gelu",
  "tanh",
  "sigmoid",
] as const;
/** The update rules: plain SGD, SGD with momentum 0.9, Adam. */
export const PLAYGROUND_OPTIMIZERS = ["sgd", "momentum", "adam"] as const;
/** The weight initialisations (each multiplied by `initScale`). */
export const PLAYGROUND_INITS = ["he", "xavier"] as const;

/** The settings of one network and its training: what the two side-by-side networks may differ in. */
export interface NetworkSettings {
  /** Hidden activation. @default "relu" */
  activation: typeof PLAYGROUND_ACTIVATIONS[number];
  /** Leaky ReLU's slope a for x ≤ 0, in [0, 1]. @default 0.01 */
  leak: number;
  /** Hidden layer widths, 1 to 10 layers of 1 to 32 units. @default [8, 8] */
  hidden: number[];
  /** Step size, in [1e-5, 100]. @default 0.03 */
  learningRate: number;
  /** Update rule. @default "sgd" */
  optimizer: typeof PLAYGROUND_OPTIMIZERS[number];
  /** Samples per minibatch, 1 to 2000 (at most the training points). @default 10 */
  batchSize: number;
  /** Weight initialisation. @default "he" */
  weightInit: typeof PLAYGROUND_INITS[number];
  /** Factor on the initial weights, in [1e-3, 100]. @default 1 */
  initScale: number;
  /** Initial bias of every hidden unit, in [-100, 100]. @default 0 */
  biasInit: number;
  /** L1 penalty weight, in [0, 1]. @default 0 */
  l1: number;
  /** L2 penalty weight, in [0, 1]. @default 0 */
  l2: number;
  /** Dropout rate after each hidden activation, in [0, 0.9]. @default 0 */
  dropout: number;
  /** Batch normalisation before each hidden activation. @default false */
  batchNorm: boolean;
}

/** A push of one neuron's incoming weight(s) or bias to a value, at a step of the run. */
export interface Push {
  /** Hidden layer, from 0 (the first hidden layer). */
  layer: number;
  /** Unit in that layer, from 0. */
  unit: number;
  /** `"bias"`, `"weights"` (every incoming weight) or the index of one incoming weight. */
  target: "bias" | "weights" | number;
  /** The value set, in [-1e6, 1e6]. */
  value: number;
  /** The step after which it is applied (0: before training). */
  step: number;
}

/** The right-hand network's one difference from the left-hand one. */
export interface Comparison {
  /** The setting that differs. */
  setting: keyof NetworkSettings;
  /** Its value in the right-hand network. */
  value: NetworkSettings[keyof NetworkSettings];
}

/** Everything that determines a playground run. */
export interface PlaygroundConfig extends NetworkSettings {
  /** Data set. @default "circles" */
  dataset: typeof PLAYGROUND_DATASETS[number];
  /** Standard deviation of the noise on each coordinate, in [0, 0.5]. @default 0.1 */
  noise: number;
  /** Points generated, 20 to 2000, split into training and test. @default 1000 */
  points: number;
  /** Share of the points used for training, in [0.1, 0.9]. @default 0.5 */
  trainShare: number;
  /** Seed of the data, the split, the initial weights and the batches. @default 0 */
  seed: number;
  /** A second network differing in one setting, or `null` for one network. @default leaky_relu */
  compare: Comparison | null;
  /** Pushes applied during the run, in order. @default [] */
  pushes: Push[];
}

/** One note about an input value that was not taken as given. */
export interface ConfigNote {
  /** The parameter as the caller wrote it, e.g. `"learningRate"` or `"compare"`. */
  readonly parameter: string;
  /** What happened, e.g. `Expected learningRate to be in [0.00001, 100], received 500: clamped to 100`. */
  readonly message: string;
}

/** The defaults: ReLU against Leaky ReLU on noisy circles, a 2-8-8-1 network. */
export const DEFAULT_CONFIG: Readonly<PlaygroundConfig> = Object.freeze({
  dataset: "circles",
  noise: 0.1,
  points: 1000,
  trainShare: 0.5,
  seed: 0,
  activation: "relu",
  leak: 0.01,
  hidden: [8, 8],
  learningRate: 0.03,
  optimizer: "sgd",
  batchSize: 10,
  weightInit: "he",
  initScale: 1,
  biasInit: 0,
  l1: 0,
  l2: 0,
  dropout: 0,
  batchNorm: false,
  compare: { setting: "activation", value: "leaky_relu" },
  pushes: [],
} as PlaygroundConfig);

type _Kind =
  | { kind: "number"; min: number; max: number }
  | { kind: "integer"; min: number; max: number }
  | { kind: "choice"; choices: readonly string[] }
  | { kind: "boolean" }
  | { kind: "widths" };

/** Each scalar setting's kind and range (the controls and the URL codec are made from it). */
export const SETTINGS: Readonly<
  Record<Exclude<keyof PlaygroundConfig, "compare" | "pushes">, _Kind>
> = {
  dataset: { kind: "choice", choices: PLAYGROUND_DATASETS },
  noise: { kind: "number", min: 0, max: 0.5 },
  points: { kind: "integer", min: 20, max: 2000 },
  trainShare: { kind: "number", min: 0.1, max: 0.9 },
  seed: { kind: "integer", min: 0, max: 2 ** 31 - 1 },
  activation: { kind: "choice", choices: PLAYGROUND_ACTIVATIONS },
  leak: { kind: "number", min: 0, max: 1 },
  hidden: { kind: "widths" },
  learningRate: { kind: "number", min: 1e-5, max: 100 },
  optimizer: { kind: "choice", choices: PLAYGROUND_OPTIMIZERS },
  batchSize: { kind: "integer", min: 1, max: 2000 },
  weightInit: { kind: "choice", choices: PLAYGROUND_INITS },
  initScale: { kind: "number", min: 1e-3, max: 100 },
  biasInit: { kind: "number", min: -100, max: 100 },
  l1: { kind: "number", min: 0, max: 1 },
  l2: { kind: "number", min: 0, max: 1 },
  dropout: { kind: "number", min: 0, max: 0.9 },
  batchNorm: { kind: "boolean" },
};

/** The settings a second network may differ in. */
export const NETWORK_SETTINGS: readonly (keyof NetworkSettings)[] = [
  "activation",
  "leak",
  "hidden",
  "learningRate",
  "optimizer",
  "batchSize",
  "weightInit",
  "initScale",
  "biasInit",
  "l1",
  "l2",
  "dropout",
  "batchNorm",
];

/** Hidden layers at most, and units per layer at most. */
export const MAX_LAYERS = 10, MAX_WIDTH = 32;
const PUSH_LIMIT = 1e6;

/**
 * Checks one setting's value against its kind: the value itself, clamped into range, or the
 * default when it is of the wrong form; each change is reported in `notes`.
 */
function _setting(
  key: keyof typeof SETTINGS,
  value: unknown,
  fallback: unknown,
  notes: ConfigNote[],
  label: string = key,
): unknown {
  const spec = SETTINGS[key];
  const refuse = (expected: string) => {
    notes.push({
      parameter: label,
      message: `Expected ${label} to be ${expected}, received ${describe(value)}: ${
        fallback === undefined ? "one network only" : `kept ${JSON.stringify(fallback)}`
      }`,
    });
    return fallback;
  };
  const clamp = (number: number, min: number, max: number) => {
    if (number >= min && number <= max) return number;
    const clamped = Math.min(max, Math.max(min, number));
    notes.push({
      parameter: label,
      message:
        `Expected ${label} to be in [${min}, ${max}], received ${number}: clamped to ${clamped}`,
    });
    return clamped;
  };
  switch (spec.kind) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return refuse("a finite number");
      return clamp(value, spec.min, spec.max);
    case "integer":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return refuse("an integer");
      return clamp(value, spec.min, spec.max);
    case "choice":
      if (typeof value !== "string" || !spec.choices.includes(value)) {
        return refuse(`one of ${spec.choices.join(", ")}`);
      }
      return value;
    case "boolean":
      return typeof value === "boolean" ? value : refuse("true or false");
    case "widths": {
      if (
        !Array.isArray(value) || value.length === 0 ||
        !value.every((w) => typeof w === "number" && Number.isSafeInteger(w))
      ) return refuse(`a list of 1 to ${MAX_LAYERS} integer widths`);
      const widths = value.slice(0, MAX_LAYERS).map((w) => Math.min(MAX_WIDTH, Math.max(1, w)));
      if (value.length > MAX_LAYERS || widths.some((w, i) => w !== value[i])) {
        notes.push({
          parameter: label,
          message: `Expected ${label} to list 1 to ${MAX_LAYERS} widths of 1 to ${MAX_WIDTH}, ` +
            `received [${value.join(", ")}]: clamped to [${widths.join(", ")}]`,
        });
      }
      return widths;
    }
  }
}

function _compare(value: unknown, notes: ConfigNote[]): Comparison | null {
  if (value === null) return null;
  const setting = (value as Comparison | undefined)?.setting;
  if (typeof value !== "object" || !NETWORK_SETTINGS.includes(setting as keyof NetworkSettings)) {
    notes.push({
      parameter: "compare",
      message: `Expected compare to be null or { setting, value } with setting one of ${
        NETWORK_SETTINGS.join(", ")
      }, received ${describe(setting ?? value)}: one network only`,
    });
    return null;
  }
  const key = setting as keyof NetworkSettings;
  const checked = _setting(key, (value as Comparison).value, undefined, notes, `compare.${key}`);
  if (checked === undefined) return null; // refused: noted, one network only
  return { setting: key, value: checked as Comparison["value"] };
}

function _pushes(value: unknown, notes: ConfigNote[]): Push[] {
  if (!Array.isArray(value)) {
    notes.push({
      parameter: "pushes",
      message: `Expected pushes to be a list, received ${describe(value)}: no pushes`,
    });
    return [];
  }
  const kept: Push[] = [];
  value.forEach((push: Partial<Push>, i) => {
    const ok = push !== null && typeof push === "object" &&
      [push.layer, push.unit, push.step].every((n) => Number.isSafeInteger(n) && n! >= 0) &&
      (push.target === "bias" || push.target === "weights" ||
        (Number.isSafeInteger(push.target) && (push.target as number) >= 0)) &&
      typeof push.value === "number" && Number.isFinite(push.value);
    if (!ok) {
      notes.push({
        parameter: `pushes[${i}]`,
        message: `Expected pushes[${i}] to be { layer, unit, target: "bias" | "weights" | index, ` +
          `value, step } with whole numbers >= 0 and a finite value, received ${
            JSON.stringify(push)
          }: ignored`,
      });
      return;
    }
    const clamped = Math.min(PUSH_LIMIT, Math.max(-PUSH_LIMIT, push.value!));
    if (clamped !== push.value) {
      notes.push({
        parameter: `pushes[${i}].value`,
        message: `Expected pushes[${i}].value to be in [${-PUSH_LIMIT}, ${PUSH_LIMIT}], ` +
          `received ${push.value}: clamped to ${clamped}`,
      });
    }
    kept.push({ ...(push as Push), value: clamped });
  });
  return kept;
}

/**
 * Makes a valid configuration from a partial one: missing settings take `base`'s values,
 * values of the wrong form keep `base`'s, values out of range are clamped, unknown keys are
 * ignored; each of these gets a note naming the parameter. Pushes that name a layer or unit
 * the network does not have are dropped with a note too.
 *
 * @param partial Any object (from a URL, a notebook cell, the scripting API).
 * @param base The configuration to start from. @default DEFAULT_CONFIG
 * @returns The configuration and the notes.
 *
 * @example A learning rate too large is clamped, and a note says so
 * ```ts
 * import { normalizeConfig } from "./config.ts";
 * import { expect } from "chai";
 *
 * const { config, notes } = normalizeConfig({ learningRate: 500, activation: "swish" });
 * expect(config.learningRate).to.equal(100);
 * expect(config.activation).to.equal("relu");
 * expect(notes.map((n) => n.parameter)).to.deep.equal(["learningRate", "activation"]);
 * ```
 */
export function normalizeConfig(
  partial: unknown,
  base: Readonly<PlaygroundConfig> = DEFAULT_CONFIG,
): { config: PlaygroundConfig; notes: ConfigNote[] } {
  const notes: ConfigNote[] = [];
  const config = structuredClone(base) as PlaygroundConfig;
  if (partial === null || typeof partial !== "object" || Array.isArray(partial)) {
    notes.push({
      parameter: "config",
      message: `Expected config to be an object, received ${describe(partial)}: kept the settings`,
    });
    return { config, notes };
  }
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    if (key === "compare") config.compare = _compare(value, notes);
    else if (key === "pushes") config.pushes = _pushes(value, notes);
    else if (key in SETTINGS) {
      const k = key as keyof typeof SETTINGS;
      (config as unknown as Record<string, unknown>)[k] = _setting(k, value, config[k], notes);
    } else {
      notes.push({
        parameter: key,
        message: `Unknown setting ${JSON.stringify(key)}: ignored (settings are ${
          [...Object.keys(SETTINGS), "compare", "pushes"].join(", ")
        })`,
      });
    }
  }
  config.pushes = config.pushes.filter((push, i) => {
    const width = config.hidden[push.layer];
    const inputs = push.layer === 0 ? 2 : config.hidden[push.layer - 1]!;
    const ok = width !== undefined && push.unit < width &&
      (typeof push.target !== "number" || push.target < inputs);
    if (!ok) {
      notes.push({
        parameter: `pushes[${i}]`,
        message: `Expected pushes[${i}] to name a unit of the ${config.hidden.length} hidden ` +
          `layers [${config.hidden.join(", ")}] (and an input it has), received layer ` +
          `${push.layer}, unit ${push.unit}, target ${push.target}: ignored`,
      });
    }
    return ok;
  });
  return { config, notes };
}

/**
 * The settings of one side: the left-hand network has the configuration's settings, the
 * right-hand one the same with the comparison's one difference.
 *
 * @param config A normalized configuration.
 * @param side Which network.
 * @returns That network's settings.
 *
 * @example The default pair differs in the activation only
 * ```ts
 * import { DEFAULT_CONFIG, sideSettings } from "./config.ts";
 * import { expect } from "chai";
 *
 * expect(sideSettings(DEFAULT_CONFIG, "right").activation).to.equal("leaky_relu");
 * expect(sideSettings(DEFAULT_CONFIG, "right").learningRate).to.equal(0.03);
 * ```
 */
export function sideSettings(
  config: Readonly<PlaygroundConfig>,
  side: "left" | "right",
): NetworkSettings {
  const settings = Object.fromEntries(
    NETWORK_SETTINGS.map((key) => [key, structuredClone(config[key])]),
  ) as unknown as NetworkSettings;
  if (side === "right" && config.compare) {
    (settings as unknown as Record<string, unknown>)[config.compare.setting] = structuredClone(
      config.compare.value,
    );
  }
  return settings;
}

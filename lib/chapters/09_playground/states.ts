/**
 * The chapter's starting states: each a playground configuration that shows one part of the
 * argument as it happens, and the link into the site's playground page that opens it.
 *
 * @module
 */

import { normalizeConfig, type PlaygroundConfig } from "../../playground/config.ts";
import { configToQuery } from "../../playground/url.ts";

/** A named starting state. */
export interface PlaygroundState {
  /** Short name, e.g. `"lr3"`. */
  readonly name: string;
  /** What it shows, as the cell's heading says it. */
  readonly title: string;
  /** The settings that differ from the defaults. */
  readonly settings: Partial<PlaygroundConfig>;
}

/** Steps each state's evidence runs (one step is one epoch). */
export const STATE_STEPS = 100;

/** The four states of chapter 9, in the notebook's order. */
export const PLAYGROUND_STATES = {
  /** ReLU and Leaky ReLU (a = 0.01) side by side at learning rate 3. */
  lr3: {
    name: "lr3",
    title: "ReLU vs Leaky ReLU at learning rate 3",
    settings: { learningRate: 3 },
  },
  /** The first unit of the first layer has its bias pushed to −3 after 20 steps. */
  pushed: {
    name: "pushed",
    title: "a neuron pushed to −3",
    settings: { pushes: [{ layer: 0, unit: 0, target: "bias", value: -3, step: 20 }] },
  },
  /** The same unit pushed to −100,000 instead. */
  pushedFar: {
    name: "pushedFar",
    title: "a neuron pushed to −100,000",
    settings: { pushes: [{ layer: 0, unit: 0, target: "bias", value: -100000, step: 20 }] },
  },
  /** Ten hidden layers of two units: many ReLU networks are dead before the first step. */
  bornDead: {
    name: "bornDead",
    title: "born dead: depth 10, width 2",
    settings: { hidden: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
  },
  /** ReLU without and with batch norm at learning rate 3, batches of 50. */
  batchNorm: {
    name: "batchNorm",
    title: "batch norm rescues a high learning rate",
    settings: {
      learningRate: 3,
      batchSize: 50,
      compare: { setting: "batchNorm", value: true },
    },
  },
  /** The same at batches of 10, where it does not. */
  batchNormSmall: {
    name: "batchNormSmall",
    title: "batch norm at learning rate 3 with batches of 10",
    settings: { learningRate: 3, compare: { setting: "batchNorm", value: true } },
  },
} as const satisfies Record<string, PlaygroundState>;

/** A state's name. */
export type PlaygroundStateName = keyof typeof PLAYGROUND_STATES;

/**
 * The full configuration of a state (the defaults plus its settings).
 *
 * @param name The state.
 * @returns Its configuration.
 *
 * @example
 * ```ts
 * import { stateConfig } from "./states.ts";
 * import { expect } from "chai";
 *
 * expect(stateConfig("lr3").learningRate).to.equal(3);
 * ```
 */
export function stateConfig(name: PlaygroundStateName): PlaygroundConfig {
  return normalizeConfig(structuredClone(PLAYGROUND_STATES[name].settings)).config;
}

/**
 * The link into the site's playground page that opens a state.
 *
 * @param name The state.
 * @param page The page's address. @default "playground.html"
 * @returns E.g. `playground.html#learningRate=3`.
 *
 * @example
 * ```ts
 * import { stateLink } from "./states.ts";
 * import { expect } from "chai";
 *
 * expect(stateLink("lr3")).to.equal("playground.html#learningRate=3");
 * ```
 */
export function stateLink(name: PlaygroundStateName, page = "playground.html"): string {
  return `${page}#${configToQuery(stateConfig(name))}`;
}

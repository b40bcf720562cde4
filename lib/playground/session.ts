/**
 * A playground run: the data, one or two {@linkcode Trainer}s trained in lockstep, and the
 * numbers the page shows and the scripting API returns. No DOM: the page and the Deno tests
 * use it alike.
 *
 * @module
 */

import type { LayerDeadUnits } from "../core/diagnostics/dead_units.ts";
import {
  type ConfigNote,
  normalizeConfig,
  type PlaygroundConfig,
  type Push,
  sideSettings,
} from "./config.ts";
import { type PlaygroundData, playgroundData } from "./network.ts";
import { NEARLY_DEAD_SHARE, Trainer } from "./trainer.ts";

/** What `state()` reports for one network. */
export interface NetworkState {
  /** Completed steps (epochs). */
  readonly step: number;
  /** Mean training loss over the last step's minibatches, or `null` before the first step. */
  readonly loss: number | null;
  /** Test loss after the last step, or `null` before the first. */
  readonly testLoss: number | null;
  /** Training accuracy over the last step's minibatches, or `null`. */
  readonly accuracy: number | null;
  /** Test accuracy after the last step, or `null`. */
  readonly testAccuracy: number | null;
  /** Dead units per hidden layer: output and slope zero on every training point. */
  readonly deadUnits: number[];
  /** Inactive units per hidden layer: no training point gives a positive pre-activation. */
  readonly inactiveUnits: number[];
  /** Units per hidden layer alive on fewer than 5% of the training points (dead ones excluded). */
  readonly nearlyDeadUnits: number[];
  /** Units per hidden layer. */
  readonly units: number[];
  /** Whether training stopped because a loss or gradient was not finite. */
  readonly diverged: boolean;
  /** The step that diverged, or `null`. */
  readonly divergedAtStep: number | null;
}

function _count(flags: readonly boolean[]): number {
  return flags.reduce((n, f) => n + (f ? 1 : 0), 0);
}

/** The counts of a census, per layer. */
export function censusCounts(census: readonly LayerDeadUnits[]): {
  deadUnits: number[];
  inactiveUnits: number[];
  nearlyDeadUnits: number[];
  units: number[];
} {
  return {
    deadUnits: census.map((layer) => _count(layer.dead)),
    inactiveUnits: census.map((layer) => _count(layer.inactive)),
    nearlyDeadUnits: census.map((layer) =>
      _count(layer.activeShare.map((s, j) => !layer.dead[j] && s < NEARLY_DEAD_SHARE))
    ),
    units: census.map((layer) => layer.units),
  };
}

/**
 * A run of the playground.
 *
 * @example Two networks, three steps, in lockstep
 * ```ts
 * import { Session } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const session = new Session({ points: 200 });
 * await session.step(3);
 * const { left, right } = session.state() as { left: { step: number }; right: { step: number } };
 * expect([left.step, right.step]).to.deep.equal([3, 3]);
 * session.stop();
 * ```
 */
export class Session {
  /** The configuration in force. */
  readonly config: PlaygroundConfig;
  /** What normalizing the input changed, and other notes for the reader. */
  readonly notes: ConfigNote[];
  /** The points. */
  readonly data: PlaygroundData;
  /** The networks: the left one, and the right one when the configuration compares. */
  readonly trainers: Trainer[];

  /**
   * @param input Settings (partial; see `normalizeConfig`).
   * @param base The settings missing ones come from. @default DEFAULT_CONFIG
   */
  constructor(input: unknown = {}, base?: Readonly<PlaygroundConfig>) {
    const { config, notes } = normalizeConfig(input, base);
    this.config = config;
    this.notes = notes;
    this.data = playgroundData(config);
    const sides = config.compare ? ["left", "right"] as const : ["left"] as const;
    this.trainers = sides.map((side) =>
      new Trainer(sideSettings(config, side), config.seed, this.data, config.pushes)
    );
    for (const [i, trainer] of this.trainers.entries()) {
      const asked = trainer.settings.batchSize, rows = this.data.train.x.rows;
      const own = i === 0 || config.compare?.setting === "batchSize"; // else the left's note says it
      if (asked > rows && own) {
        const parameter = i === 1 ? "compare.batchSize" : "batchSize";
        notes.push({
          parameter,
          message: `Expected ${parameter} to be at most the ${rows} training points, received ` +
            `${asked}: ${rows} used`,
        });
      }
    }
  }

  /** Completed steps (the networks move in lockstep; a diverged one stays at its last). */
  get steps(): number {
    return Math.max(...this.trainers.map((t) => t.step));
  }

  /** Whether every network has diverged (then no step can run). */
  get halted(): boolean {
    return this.trainers.every((t) => t.diverged !== undefined);
  }

  /**
   * Runs `n` steps of every network that has not diverged, in lockstep.
   * @param n Steps, an integer >= 0.
   */
  async step(n = 1): Promise<void> {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`Expected n to be an integer >= 0, received ${n}`);
    }
    for (let i = 0; i < n && !this.halted; i++) {
      await Promise.all(this.trainers.map((t) => t.advance()));
    }
  }

  /**
   * Pushes a unit's bias or weight(s) to a value in every network, now, and records the push
   * (at the current step) in the configuration, so a link to it reproduces the run.
   * @param push Which unit and weight, and the value.
   * @returns The push as recorded.
   */
  push(push: Omit<Push, "step">): Push {
    const { config, notes } = normalizeConfig({
      ...this.config,
      pushes: [{ ...push, step: this.steps }],
    });
    if (config.pushes.length === 0) throw new RangeError(notes.at(-1)!.message);
    const recorded = config.pushes[0]!;
    for (const trainer of this.trainers) trainer.push(recorded);
    this.config.pushes.push(recorded);
    return recorded;
  }

  /** One network's numbers. */
  networkState(index: number): NetworkState {
    const trainer = this.trainers[index]!;
    const last = trainer.records.at(-1);
    return {
      step: trainer.step,
      loss: last?.loss ?? null,
      testLoss: last?.testLoss ?? null,
      accuracy: last?.accuracy ?? null,
      testAccuracy: last?.testAccuracy ?? null,
      ...censusCounts(trainer.census),
      diverged: trainer.diverged !== undefined,
      divergedAtStep: trainer.diverged?.step ?? null,
    };
  }

  /** The numbers of the one network, or `{ left, right }` with two. */
  state(): NetworkState | { left: NetworkState; right: NetworkState } {
    if (this.trainers.length === 1) return this.networkState(0);
    return { left: this.networkState(0), right: this.networkState(1) };
  }

  /** Every parameter of network `index`, as plain numbers (name, values), for comparisons. */
  weights(index = 0): { name: string; values: number[] }[] {
    return this.trainers[index]!.model.layers.flatMap((layer, l) =>
      layer.parameters().map((p) => ({ name: `${l}.${p.name}`, values: Array.from(p.value) }))
    );
  }

  /** Ends the networks' waiting `fit` calls. */
  stop(): void {
    for (const trainer of this.trainers) trainer.stop();
  }
}

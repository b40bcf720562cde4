/**
 * One network of the playground, trained by the library's own `fit`, one epoch per step.
 *
 * `fit` is started once with an unbounded number of epochs and waits, after each epoch, in
 * its `onEpoch` callback until the next step is asked for: the run is one `fit` call, so
 * after N steps the weights are those of `fit(model, train, { epochs: N, ... })`, bit for
 * bit. Between steps (while `fit` waits) the page may read the weights or push one.
 *
 * @module
 */

import { deadUnits, type LayerDeadUnits } from "../core/diagnostics/dead_units.ts";
import { Dense } from "../core/layers/dense.ts";
import type { Sequential } from "../core/model/sequential.ts";
import { type EpochRecord, fit, type FitOptions } from "../core/train/fit.ts";
import type { NetworkSettings, Push } from "./config.ts";
import { type PlaygroundData, playgroundFitOptions, playgroundNetwork } from "./network.ts";

/** Where a run diverged: the step (epoch, from 1) and the minibatch within it. */
export interface Divergence {
  /** The step that could not complete. */
  readonly step: number;
  /** Its minibatch whose loss or gradient was not finite. */
  readonly minibatch: number;
  /** fit's message. */
  readonly message: string;
}

/** A unit whose share of training points with a positive pre-activation is below this is nearly dead. */
export const NEARLY_DEAD_SHARE = 0.05;

/** Trains one network step by step. */
export class Trainer {
  /** The network; its parameters change as it trains. */
  readonly model: Sequential;
  /** The options `fit` runs with (epochs aside). */
  readonly options: Omit<FitOptions, "epochs">;
  /** One record per completed step. */
  readonly records: EpochRecord[] = [];
  /** Set when a step diverged; no step runs after it. */
  diverged: Divergence | undefined;
  /** The census of the training points now (after the last step or push). */
  census: LayerDeadUnits[];
  #run: Promise<void> | undefined;
  #resume: ((value: "stop" | undefined) => void) | undefined;
  #stepped: (() => void) | undefined;
  #stopped = false;

  /**
   * @param settings This network's settings.
   * @param seed The run's seed.
   * @param data The run's data.
   * @param pushes Pushes to apply at their steps.
   */
  constructor(
    readonly settings: NetworkSettings,
    readonly seed: number,
    readonly data: PlaygroundData,
    readonly pushes: readonly Push[] = [],
  ) {
    this.model = playgroundNetwork(settings, seed);
    this.options = playgroundFitOptions(settings, seed, data);
    this.#applyPushes(0);
    this.census = deadUnits(this.model, data.train.x);
  }

  /** Completed steps. */
  get step(): number {
    return this.records.length;
  }

  /** The dense layers, input side first (layer i feeds hidden layer i). */
  get dense(): Dense[] {
    return this.model.layers.filter((layer): layer is Dense => layer instanceof Dense);
  }

  /** Runs one more epoch (nothing after a divergence or `stop`). */
  async advance(): Promise<void> {
    if (this.diverged || this.#stopped) return;
    const stepped = new Promise<void>((resolve) => this.#stepped = resolve);
    if (this.#run) {
      const resume = this.#resume!;
      this.#resume = undefined;
      resume(undefined);
    } else this.#run = this.#start();
    await stepped;
  }

  /** Ends the waiting `fit` (the trainer takes no more steps). */
  stop(): void {
    this.#stopped = true;
    this.#resume?.("stop");
    this.#resume = undefined;
  }

  /** Sets a unit's bias or incoming weight(s), now; the census is taken again. */
  push(push: Omit<Push, "step">): void {
    const layer = this.dense[push.layer];
    if (!layer || push.unit >= layer.outputSize) return; // this side has no such unit
    const inputs = layer.inputSize;
    if (push.target === "bias") layer.bias.value[push.unit] = push.value;
    else {
      for (let i = 0; i < inputs; i++) {
        if (push.target === "weights" || push.target === i) {
          layer.weight.value[push.unit * inputs + i] = push.value;
        }
      }
    }
    this.census = deadUnits(this.model, this.data.train.x);
  }

  #applyPushes(step: number): void {
    for (const push of this.pushes) if (push.step === step) this.push(push);
  }

  async #start(): Promise<void> {
    const history = await fit(this.model, this.data.train, {
      ...this.options,
      epochs: Number.MAX_SAFE_INTEGER,
      onEpoch: (record) => {
        this.records.push(record);
        this.census = [...record.dead!];
        this.#applyPushes(record.epoch);
        if (this.#stopped) return "stop";
        const waiting = new Promise<"stop" | undefined>((resolve) => this.#resume = resolve);
        this.#stepped?.();
        return waiting;
      },
    });
    if (history.diverged) {
      this.diverged = {
        step: history.diverged.epoch,
        minibatch: history.diverged.step,
        message: history.diverged.message,
      };
    }
    this.#stepped?.();
  }
}

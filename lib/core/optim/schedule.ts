/**
 * Learning-rate schedules: plain functions from the epoch index (0 for the first
 * epoch) to the learning rate to use in it. They match PyTorch's closed forms of
 * `StepLR`, `ExponentialLR`, `CosineAnnealingLR` and `LinearLR` with `last_epoch = epoch`.
 *
 * @module
 */

import { requireFinite, requireInteger, requirePositive } from "../_validate.ts";

/**
 * The learning rate for a 0-based epoch index.
 *
 * @example
 * ```ts
 * import { stepLr } from "relu-lab";
 * import type { Schedule } from "relu-lab";
 * import { expect } from "chai";
 *
 * const schedule: Schedule = stepLr(0.1, { stepSize: 10, gamma: 0.5 });
 * expect([schedule(0), schedule(10)]).to.deep.equal([0.1, 0.05]);
 * ```
 */
export type Schedule = (epoch: number) => number;

/**
 * Options for {@linkcode stepLr}.
 *
 * @example
 * ```ts
 * import { stepLr } from "relu-lab";
 * import type { StepLrOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: StepLrOptions = { stepSize: 2, gamma: 0.1 };
 * expect(stepLr(1, options)(2)).to.be.closeTo(0.1, 1e-15);
 * ```
 */
export interface StepLrOptions {
  /** Epochs between two decays, an integer >= 1. */
  stepSize: number;
  /** Factor applied at each decay, a positive finite number. @default 0.1 */
  gamma?: number;
}

/**
 * Step decay: lr·γ^⌊epoch / stepSize⌋ (PyTorch's `StepLR`). The other decays are
 * special cases of it.
 *
 * @param lr Rate of the first epoch, a positive finite number.
 * @param options Step size and factor.
 * @returns The schedule.
 *
 * @example Halve every 10 epochs
 * ```ts
 * import { stepLr } from "relu-lab";
 * import { expect } from "chai";
 *
 * const schedule = stepLr(0.1, { stepSize: 10, gamma: 0.5 });
 * expect([0, 9, 10, 25].map(schedule)).to.deep.equal([0.1, 0.1, 0.05, 0.025]);
 * ```
 */
export function stepLr(lr: number, options: StepLrOptions): Schedule {
  const { stepSize, gamma = 0.1 } = options;
  requirePositive("lr", lr);
  requireInteger("stepSize", stepSize, 1);
  requirePositive("gamma", gamma);
  return (epoch) => {
    requireInteger("epoch", epoch, 0);
    return lr * gamma ** Math.floor(epoch / stepSize);
  };
}

/**
 * Exponential decay: lr·γ^epoch (PyTorch's `ExponentialLR`).
 *
 * @param lr Rate of the first epoch, a positive finite number.
 * @param gamma Factor per epoch, a positive finite number.
 * @returns The schedule.
 *
 * @example Losing 10% per epoch
 * ```ts
 * import { exponentialLr } from "relu-lab";
 * import { expect } from "chai";
 *
 * const schedule = exponentialLr(1, 0.9);
 * expect(schedule(2)).to.be.closeTo(0.81, 1e-15);
 * ```
 */
export function exponentialLr(lr: number, gamma: number): Schedule {
  return stepLr(lr, { stepSize: 1, gamma });
}

/**
 * The same rate every epoch.
 *
 * @param lr The rate, a positive finite number.
 * @returns The schedule.
 *
 * @example
 * ```ts
 * import { constantLr } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(constantLr(0.01)(100)).to.equal(0.01);
 * ```
 */
export function constantLr(lr: number): Schedule {
  return exponentialLr(lr, 1);
}

/**
 * Options for {@linkcode cosineLr}.
 *
 * @example
 * ```ts
 * import { cosineLr } from "relu-lab";
 * import type { CosineLrOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: CosineLrOptions = { epochs: 10, minLr: 0.01 };
 * expect(cosineLr(0.1, options)(0)).to.equal(0.1);
 * ```
 */
export interface CosineLrOptions {
  /** Epochs of the half cosine, an integer >= 1. */
  epochs: number;
  /** Rate reached at epoch `epochs`, a finite number in [0, lr]. @default 0 */
  minLr?: number;
}

/**
 * Cosine annealing: minLr + (lr − minLr)·(1 + cos(π·epoch / epochs)) / 2, then minLr
 * from epoch `epochs` on (PyTorch's `CosineAnnealingLR` would climb back up). With the
 * default minLr = 0 the rate is 0 at epoch `epochs`, which no optimiser accepts: train
 * for epochs 0 to epochs − 1.
 *
 * @param lr Rate of the first epoch, a positive finite number.
 * @param options Length and floor.
 * @returns The schedule.
 *
 * @example From 0.1 down to 0.01 over 10 epochs
 * ```ts
 * import { cosineLr } from "relu-lab";
 * import { expect } from "chai";
 *
 * const schedule = cosineLr(0.1, { epochs: 10, minLr: 0.01 });
 * expect(schedule(0)).to.equal(0.1);
 * expect(schedule(5)).to.be.closeTo(0.055, 1e-15);
 * expect(schedule(10)).to.equal(0.01);
 * ```
 */
export function cosineLr(lr: number, options: CosineLrOptions): Schedule {
  const { epochs, minLr = 0 } = options;
  requirePositive("lr", lr);
  requireInteger("epochs", epochs, 1);
  requireFinite("minLr", minLr);
  if (minLr < 0 || minLr > lr) {
    throw new RangeError(`Expected minLr to be in [0, ${lr}], received ${minLr}`);
  }
  return (epoch) => {
    requireInteger("epoch", epoch, 0);
    return minLr + (lr - minLr) * (1 + Math.cos(Math.PI * Math.min(epoch, epochs) / epochs)) / 2;
  };
}

/**
 * Options for {@linkcode warmup}.
 *
 * @example
 * ```ts
 * import { constantLr, warmup } from "relu-lab";
 * import type { WarmupOptions } from "relu-lab";
 * import { expect } from "chai";
 *
 * const options: WarmupOptions = { epochs: 4, startFactor: 0.25 };
 * expect(warmup(constantLr(1), options)(0)).to.equal(0.25);
 * ```
 */
export interface WarmupOptions {
  /** Epochs over which the factor rises to 1, an integer >= 1. */
  epochs: number;
  /** Factor at epoch 0, in (0, 1]. @default 1 / 3 */
  startFactor?: number;
}

/**
 * Linear warm-up in front of another schedule: its rate times a factor rising linearly
 * from startFactor at epoch 0 to 1 at epoch `epochs` (PyTorch's `LinearLR`, chained).
 *
 * @param schedule The schedule to warm up.
 * @param options Length and starting factor.
 * @returns The schedule.
 *
 * @example A quarter of the rate at first, full rate from epoch 3
 * ```ts
 * import { constantLr, warmup } from "relu-lab";
 * import { expect } from "chai";
 *
 * const schedule = warmup(constantLr(0.4), { epochs: 3, startFactor: 0.25 });
 * expect([0, 1, 3, 9].map(schedule)).to.deep.equal([0.1, 0.2, 0.4, 0.4]);
 * ```
 */
export function warmup(schedule: Schedule, options: WarmupOptions): Schedule {
  const { epochs, startFactor = 1 / 3 } = options;
  requireInteger("epochs", epochs, 1);
  requirePositive("startFactor", startFactor);
  if (startFactor > 1) {
    throw new RangeError(`Expected startFactor to be in (0, 1], received ${startFactor}`);
  }
  return (epoch) => {
    requireInteger("epoch", epoch, 0);
    return schedule(epoch) * (startFactor + (1 - startFactor) * Math.min(epoch, epochs) / epochs);
  };
}

// Pieces the optimisers share: argument checks and per-parameter state created on
// first use. Private to lib/core/optim.

import type { Parameter } from "../layers/layer.ts";
import type { FloatArray } from "../matrix.ts";
import { describe, requireFinite, requirePositive } from "../_validate.ts";

/**
 * Throws unless `learningRate` is a positive finite number and every parameter's grad
 * is as long as its value.
 */
export function requireStepArguments(params: readonly Parameter[], learningRate: number): void {
  requirePositive("learningRate", learningRate);
  if (!Array.isArray(params)) {
    throw new TypeError(
      `Expected params to be an array of Parameter, received ${describe(params)}`,
    );
  }
  for (const p of params) {
    if (p?.grad?.length !== p?.value?.length) {
      throw new RangeError(
        `Expected parameter "${p?.name}" to have a grad as long as its value (${p?.value?.length}), received length ${p?.grad?.length}`,
      );
    }
  }
}

/** Throws unless `value` is a finite number in [0, 1). */
export function requireUnitInterval(name: string, value: unknown): asserts value is number {
  requireFinite(name, value);
  if (value < 0 || value >= 1) {
    throw new RangeError(`Expected ${name} to be in [0, 1), received ${value}`);
  }
}

/**
 * Per-parameter optimiser state, created by `create` on a parameter's first step and
 * forgotten by `clear`. Keyed weakly, so a discarded model's state goes with it.
 */
export class ParameterState<S> {
  #states = new WeakMap<Parameter, S>();

  /** @param create Builds the state of a parameter on its first step. */
  constructor(private readonly create: (param: Parameter) => S) {}

  /** Returns the state of `param`, creating it on first use. */
  get(param: Parameter): S {
    let state = this.#states.get(param);
    if (state === undefined) {
      state = this.create(param);
      this.#states.set(param, state);
    }
    return state;
  }

  /** Forgets every parameter's state. */
  clear(): void {
    this.#states = new WeakMap();
  }
}

/** A zero-filled array of the same dtype and length as `like`. */
export function zerosLike(like: FloatArray): FloatArray {
  return like instanceof Float64Array
    ? new Float64Array(like.length)
    : new Float32Array(like.length);
}

/**
 * Dead-unit diagnostics: which hidden units never activate on a data set.
 *
 * A unit is *dead* on X when, for every sample, its output is 0 and its local
 * gradient is 0, so no gradient can reach its incoming weights: a ReLU unit whose
 * pre-activation is ≤ 0 everywhere. A unit is *inactive* on X when no sample gives it a
 * positive pre-activation: for ReLU the same as dead, but a Leaky ReLU unit that is
 * inactive still passes a·(gradient) back, so it is never strictly dead. Its *active
 * share* (samples with pre-activation > 0) tells how nearly dead it is.
 *
 * @module
 */

import { describe } from "../_validate.ts";
import { ActivationLayer } from "../layers/activation_layer.ts";
import type { Layer } from "../layers/layer.ts";
import { PReLU } from "../layers/prelu.ts";
import type { RReLU } from "../layers/rrelu.ts";
import type { Matrix } from "../matrix.ts";
import type { Sequential } from "../model/sequential.ts";
import { type LayerPreActivations, preActivations } from "./pre_activations.ts";

/**
 * Dead-unit census of one hidden activation layer.
 *
 * @example
 * ```ts
 * import { deadUnits, fromRows, mlpFromWeights } from "relu-lab";
 * import type { LayerDeadUnits } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [-1]], [[1, 1]]], biases: [[0, -5], [0]] });
 * const [census]: LayerDeadUnits[] = deadUnits(model, fromRows([[1], [2]], "float64"));
 * expect([census!.units, census!.deadFraction]).to.deep.equal([2, 0.5]);
 * ```
 */
export interface LayerDeadUnits {
  /** Index of the activation layer in `model.layers`. */
  readonly layer: number;
  /** Units in the layer. */
  readonly units: number;
  /** Per unit: true if dead on every sample. */
  readonly dead: readonly boolean[];
  /** Share of dead units, in [0, 1]. */
  readonly deadFraction: number;
  /** Per unit: true if no sample gives it a positive pre-activation. */
  readonly inactive: readonly boolean[];
  /** Share of inactive units, in [0, 1]. */
  readonly inactiveFraction: number;
  /** Per unit: share of samples with a positive pre-activation, in [0, 1]. */
  readonly activeShare: readonly number[];
}

/** Local slope ∂output/∂input of an activation-like layer at pre-activation z of `unit`. */
function _slope(layer: Layer, z: number, unit: number): number {
  if (layer instanceof ActivationLayer) return layer.activation.df(z);
  if (layer instanceof PReLU) {
    const a = layer.slope.value;
    return z > 0 ? 1 : a[a.length === 1 ? 0 : unit]!;
  }
  const rrelu = layer as RReLU;
  return z > 0 ? 1 : (rrelu.lower + rrelu.upper) / 2;
}

/**
 * Counts dead units in every hidden activation layer of `model`, in evaluation mode.
 *
 * @param model The network.
 * @param x Inputs, one row per sample (at least one row).
 * @returns One census per activation layer, input side first.
 *
 * @example A unit with a large negative bias is dead
 * ```ts
 * import { deadUnits, fromRows, mlpFromWeights } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [1]], [[1, 1]]], biases: [[0, -100], [0]] });
 * const [census] = deadUnits(model, fromRows([[-1], [2], [5]], "float64"));
 * expect(census!.dead).to.deep.equal([false, true]);
 * expect(census!.deadFraction).to.equal(0.5);
 * expect(census!.inactive).to.deep.equal([false, true]);
 * expect(census!.activeShare[0]).to.be.closeTo(2 / 3, 1e-15);
 * ```
 */
export function deadUnits(model: Sequential, x: Matrix): LayerDeadUnits[] {
  return preActivations(model, x).map(deadUnitsOf);
}

/**
 * The census of one activation layer from its pre-activations (what {@linkcode deadUnits}
 * computes per layer, for callers that already ran the forward pass).
 *
 * @param preActivations One layer's entry from `preActivations`.
 * @returns Its census.
 *
 * @example From `preActivationsAndOutput`, with the output of the same pass
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { deadUnitsOf } from "./dead_units.ts";
 * import { preActivationsAndOutput } from "./pre_activations.ts";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [1]], [[1, 1]]], biases: [[0, -100], [0]] });
 * const { preActivations, output } = preActivationsAndOutput(model, fromRows([[2]], "float64"));
 * expect(deadUnitsOf(preActivations[0]!).dead).to.deep.equal([false, true]);
 * expect(output.data[0]).to.equal(2);
 * ```
 */
export function deadUnitsOf(
  { layer: index, activation: layer, z }: LayerPreActivations,
): LayerDeadUnits {
  const units = z.cols;
  const active = _positiveCounts(z);
  const dead: boolean[] = [];
  for (let j = 0; j < units; j++) {
    // Alive: some sample gets a non-zero output or slope. Most units show it at once.
    let alive = false;
    for (let i = 0; i < z.rows && !alive; i++) {
      const v = z.data[i * units + j]!;
      alive = _slope(layer, v, j) !== 0 || _output(layer, v, j) !== 0;
    }
    dead.push(!alive);
  }
  const inactive = Array.from(active, (count) => count === 0);
  return {
    layer: index,
    units,
    dead,
    deadFraction: _count(dead) / units,
    inactive,
    inactiveFraction: _count(inactive) / units,
    activeShare: Array.from(active, (count) => count / z.rows),
  };
}

/** Bits of +Infinity as a float32: the largest bit pattern of a positive non-NaN value. */
const INF_BITS = 0x7f800000;

/**
 * Per column, how many entries are > 0. Branch-free for float32: a pre-activation's sign is
 * a coin flip for the branch predictor, so each entry's bits b (as an int32) are tested
 * with plain arithmetic: b − 1 or +Inf's bits − b is negative exactly when b is not in
 * 0 < b ≤ +Inf's bits (b − 1 wraps only for −0's bits, where the other term is negative),
 * and the sign is smeared into 0 or −1. NaN is not positive.
 */
function _positiveCounts(z: Matrix): Int32Array {
  const units = z.cols, counts = new Int32Array(units);
  const data = z.data;
  if (data instanceof Float32Array) {
    const bits = new Int32Array(data.buffer, data.byteOffset, data.length);
    for (let i = 0, o = 0; i < z.rows; i++) {
      for (let j = 0; j < units; j++, o++) {
        const b = bits[o]!;
        counts[j]! += 1 + (((INF_BITS - b) | (b - 1)) >> 31);
      }
    }
  } else {
    for (let i = 0, o = 0; i < z.rows; i++) {
      for (let j = 0; j < units; j++, o++) if (data[o]! > 0) counts[j]!++;
    }
  }
  return counts;
}

/** Output of an activation-like layer at z (evaluation mode). */
function _output(layer: Layer, z: number, unit: number): number {
  if (layer instanceof ActivationLayer) return layer.activation.f(z);
  return z > 0 ? z : _slope(layer, z, unit) * z;
}

/**
 * The share of dead units over all hidden layers of a census together (units pooled,
 * not layers averaged).
 *
 * @param census One entry per layer, as {@linkcode deadUnits} returns.
 * @returns Dead units over all units, in [0, 1].
 *
 * @example One of two units dead in one layer, none of two in the other
 * ```ts
 * import { deadUnits, fromRows, mlpFromWeights, pooledDeadFraction } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({
 *   weights: [[[1], [1]], [[1, 1], [1, 1]], [[1, 1]]],
 *   biases: [[0, -100], [0, 0], [0]],
 * });
 * expect(pooledDeadFraction(deadUnits(model, fromRows([[2]], "float64")))).to.equal(0.25);
 * ```
 */
export function pooledDeadFraction(census: readonly LayerDeadUnits[]): number {
  return _pooled(census, (layer) => layer.dead);
}

/**
 * The share of inactive units (no positive pre-activation on any sample) over all hidden
 * layers of a census together. For ReLU it equals {@linkcode pooledDeadFraction}; for
 * Leaky ReLU, PReLU and RReLU it counts the units stuck on their negative slope.
 *
 * @param census One entry per layer, as {@linkcode deadUnits} returns.
 * @returns Inactive units over all units, in [0, 1].
 *
 * @example A Leaky ReLU unit below zero everywhere is inactive but not dead
 * ```ts
 * import { deadUnits, fromRows, mlpFromWeights, pooledDeadFraction, pooledInactiveFraction } from "relu-lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({
 *   weights: [[[1], [1]], [[1, 1]]],
 *   biases: [[0, -100], [0]],
 *   activation: "leaky_relu(0.01)",
 * });
 * const census = deadUnits(model, fromRows([[2]], "float64"));
 * expect(pooledInactiveFraction(census)).to.equal(0.5);
 * expect(pooledDeadFraction(census)).to.equal(0);
 * ```
 */
export function pooledInactiveFraction(census: readonly LayerDeadUnits[]): number {
  return _pooled(census, (layer) => layer.inactive);
}

function _pooled(
  census: readonly LayerDeadUnits[],
  flags: (layer: LayerDeadUnits) => readonly boolean[],
): number {
  if (!Array.isArray(census) || census.length === 0) {
    // A model without hidden layers has no share: 0/0 would be a silent NaN.
    throw new RangeError(
      `Expected census to hold at least one hidden layer, received ${describe(census)}`,
    );
  }
  const marked = census.reduce((sum, layer) => sum + _count(flags(layer)), 0);
  return marked / census.reduce((sum, layer) => sum + layer.units, 0);
}

function _count(flags: readonly boolean[]): number {
  let n = 0;
  for (const flag of flags) if (flag) n++;
  return n;
}

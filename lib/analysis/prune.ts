/**
 * Removing dead units: if a unit is dead on the data, the network without it computes
 * exactly the same outputs on that data. Whether it still does on other inputs is
 * the question of the "dead units may fire on test data" argument.
 *
 * @module
 */

import { deadUnits } from "../core/diagnostics/dead_units.ts";
import { ActivationLayer } from "../core/layers/activation_layer.ts";
import { Dense } from "../core/layers/dense.ts";
import type { Layer } from "../core/layers/layer.ts";
import { dtypeOf, type Matrix, requireShape } from "../core/matrix.ts";
import { Sequential } from "../core/model/sequential.ts";
import { Rng } from "../core/random.ts";

/**
 * A pruned copy of a model.
 *
 * @example
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { pruneDeadUnits } from "relu-lab/lab";
 * import type { Pruned } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [1]], [[1, 1]]], biases: [[0, -100], [0]] });
 * const pruned: Pruned = pruneDeadUnits(model, fromRows([[1]], "float64"));
 * expect([pruned.removed, pruned.kept]).to.deep.equal([1, [[0]]]);
 * ```
 */
export interface Pruned {
  /** The smaller model. */
  readonly model: Sequential;
  /** Per hidden layer, the indices of the units kept. */
  readonly kept: readonly number[][];
  /** Units removed in all. */
  readonly removed: number;
}

function _copyDense(source: Dense, rows: readonly number[], cols: readonly number[]): Dense {
  const dtype = dtypeOf(source.weight.value);
  const copy = new Dense(cols.length, rows.length, new Rng(0), { dtype });
  rows.forEach((r, i) => {
    cols.forEach((c, j) =>
      copy.weight.value[i * cols.length + j] = source.weight.value[r * source.inputSize + c]!
    );
    copy.bias.value[i] = source.bias.value[r]!;
  });
  return copy;
}

/**
 * Returns a copy of an MLP made of Dense and ActivationLayer layers without the
 * units that are dead on `x` (a layer whose units are all dead keeps one, so the
 * model stays well-formed). On `x` the copy's outputs equal the original's.
 *
 * @param model An MLP of `Dense` → `ActivationLayer` blocks (no batch norm, dropout, PReLU).
 * @param x The inputs on which units are judged dead.
 * @returns The pruned model, the units kept and how many were removed.
 *
 * @example
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { pruneDeadUnits } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [1]], [[2, 3]]], biases: [[0, -50], [0]] });
 * const pruned = pruneDeadUnits(model, fromRows([[1], [2]], "float64"));
 * expect(pruned.kept).to.deep.equal([[0]]);
 * expect(pruned.model.predict(fromRows([[2]], "float64")).data[0]).to.equal(4);
 * ```
 */
export function pruneDeadUnits(model: Sequential, x: Matrix): Pruned {
  requireShape("x", x, model.inputSize);
  const layers = model.layers;
  layers.forEach((layer, i) => {
    const expected = i % 2 === 0 ? layer instanceof Dense : layer instanceof ActivationLayer;
    if (!expected) {
      throw new TypeError(
        `Expected model to alternate Dense and ActivationLayer layers, received ${layer.kind} at layer ${i}`,
      );
    }
  });
  const census = deadUnits(model, x);
  const kept = census.map(({ dead }) => {
    const alive = dead.flatMap((isDead, unit) => isDead ? [] : [unit]);
    return alive.length > 0 ? alive : [0];
  });
  const pruned: Layer[] = [];
  let inputs = Array.from({ length: model.inputSize }, (_, i) => i);
  for (let block = 0; block < kept.length; block++) {
    const units = kept[block]!;
    pruned.push(_copyDense(layers[2 * block] as Dense, units, inputs));
    pruned.push(
      new ActivationLayer((layers[2 * block + 1] as ActivationLayer).activation, units.length),
    );
    inputs = units;
  }
  const output = layers.at(-1) as Dense;
  pruned.push(_copyDense(output, Array.from({ length: output.outputSize }, (_, i) => i), inputs));
  const removed = census.reduce((sum, l) => sum + l.units, 0) -
    kept.reduce((sum, units) => sum + units.length, 0);
  return { model: new Sequential(pruned), kept, removed };
}

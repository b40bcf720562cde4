/**
 * What the views draw, computed on a grid of points: the network's output (a logit) and every
 * hidden unit's activation, from one evaluation-mode forward pass.
 *
 * @module
 */

import { isActivationLayer } from "../core/diagnostics/pre_activations.ts";
import type { Matrix } from "../core/matrix.ts";
import type { Sequential } from "../core/model/sequential.ts";

/** A network's values on the grid. */
export interface GridMaps {
  /** The output logit at each grid point. */
  readonly output: Float32Array;
  /** Per hidden layer, per unit: its activation at each grid point. */
  readonly units: Float32Array[][];
}

/**
 * Evaluates `model` on `grid` (evaluation mode) and keeps the output and each hidden unit's
 * activation, one array per unit.
 *
 * @param model The network.
 * @param grid Points, one per row (e.g. from `viewGrid`).
 * @returns The output and the units' maps.
 *
 * @example A 2-3-1 network's maps
 * ```ts
 * import { DEFAULT_CONFIG, gridMaps, playgroundNetwork, viewGrid } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const maps = gridMaps(playgroundNetwork({ ...DEFAULT_CONFIG, hidden: [3] }, 0), viewGrid({ x: 0, y: 0, half: 1 }, 10));
 * expect(maps.units[0]!.length).to.equal(3);
 * expect(maps.output.length).to.equal(100);
 * ```
 */
export function gridMaps(model: Sequential, grid: Matrix): GridMaps {
  const units: Float32Array[][] = [];
  let out = grid;
  for (const layer of model.layers) {
    out = layer.forward(out, "eval");
    if (!isActivationLayer(layer)) continue;
    const maps = Array.from({ length: out.cols }, () => new Float32Array(out.rows));
    for (let i = 0, o = 0; i < out.rows; i++) {
      for (let j = 0; j < out.cols; j++, o++) maps[j]![i] = out.data[o]!;
    }
    units.push(maps);
  }
  return { output: Float32Array.from(out.data), units };
}

// Finite-difference gradient checks in float64, shared by the layer, loss and model tests.

import type { Layer, Mode } from "../../lib/core/layers/layer.ts";
import { type FloatArray, type Matrix, zeros } from "../../lib/core/matrix.ts";
import { Rng } from "../../lib/core/random.ts";

/** Step of the central differences. */
const STEP = 1e-6;

/** ‖a − b‖ / max(‖a‖, ‖b‖, 1e-3): relative error; near-zero gradients (a bias before batch norm) compare absolutely. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i]! - b[i]!) ** 2;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(na), Math.sqrt(nb), 1e-3);
}

/** Central-difference derivative of `f` with respect to each entry of `values`. */
export function numericGradient(values: FloatArray, f: () => number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const saved = values[i]!;
    values[i] = saved + STEP;
    const up = f();
    values[i] = saved - STEP;
    const down = f();
    values[i] = saved;
    out[i] = (up - down) / (2 * STEP);
  }
  return out;
}

/** A random float64 matrix whose entries stay at least `margin` away from 0 (away from kinks). */
export function randomMatrix(rows: number, cols: number, rng: Rng, margin = 0.05): Matrix {
  const m = zeros(rows, cols, "float64");
  for (let i = 0; i < m.data.length; i++) {
    const v = rng.normal();
    m.data[i] = Math.sign(v || 1) * (Math.abs(v) + margin);
  }
  return m;
}

/**
 * Checks a layer's input and parameter gradients against central differences of the
 * scalar loss Σ r ⊙ layer(x) for a fixed random r. Returns the worst relative error
 * per tensor, keyed "input" and by parameter name.
 */
export function layerGradientErrors(
  layer: Layer,
  x: Matrix,
  mode: Mode = "train",
  seed = 7,
): Record<string, number> {
  const weights = randomMatrix(x.rows, layer.outputSize, new Rng(seed), 0);
  const loss = () => {
    const y = layer.forward(x, mode);
    let total = 0;
    for (let i = 0; i < y.data.length; i++) total += weights.data[i]! * y.data[i]!;
    return total;
  };
  loss();
  const gradInput = Float64Array.from(layer.backward(weights).data);
  const analytic = new Map(layer.parameters().map((p) => [p.name, Float64Array.from(p.grad)]));
  const errors: Record<string, number> = {
    input: relativeError(gradInput, numericGradient(x.data, loss)),
  };
  for (const p of layer.parameters()) {
    errors[p.name] = relativeError(analytic.get(p.name)!, numericGradient(p.value, loss));
  }
  return errors;
}

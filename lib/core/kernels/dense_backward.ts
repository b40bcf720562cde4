/**
 * A dense layer's backward pass as one kernel call: its three products share the output
 * gradient, which three `gemm` calls would each copy into WebAssembly memory. The results
 * are those of the three calls to the bit (each runs the same product code), so the layer
 * need not care which path ran.
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";
import { align, CONTROL_BYTES, copyIn, copyOut, kernel, reserve } from "./_wasm_memory.ts";
import { requireGemmArgs } from "./_gemm_args.ts";
import { gemm, WASM_MIN_WORK } from "./gemm.ts";
import { gemmThreads } from "./gemm_threads.ts";
import { SPLIT_MIN_WORK } from "./gemm_wasm.ts";
import { fusedFlag } from "./numerics.ts";

/**
 * Batches of at most this many rows have their column sums computed in the kernel, as
 * 1ᵀ·gradOut: up to one block of the product's shared dimension (gemm.wat's KC), whose
 * sums run in row order. Longer batches would be summed block by block, another rounding.
 */
const SUM_ROWS_MAX = 256;

/**
 * The backward products of a dense layer y = x·Wᵀ + b (W stored units×inputs, row-major):
 * weightGrad ← gradOutᵀ·x, biasGrad ← the column sums of gradOut (1ᵀ·gradOut, added in
 * row order) and, when `gradIn` is given, gradIn ← gradOut·W. Bit for bit what the three
 * {@linkcode gemm} calls give; float32 operands with enough work take one WebAssembly call.
 *
 * @param rows Samples in the batch.
 * @param inputs The layer's inputs.
 * @param units The layer's outputs.
 * @param gradOut ∂loss/∂y, rows×units.
 * @param x The forward pass's input, rows×inputs.
 * @param weight W, units×inputs.
 * @param weightGrad Receives ∂loss/∂W, units×inputs.
 * @param biasGrad Receives ∂loss/∂b, units.
 * @param gradIn Receives ∂loss/∂x, rows×inputs; omit it when nobody needs it.
 *
 * @example One sample, one unit
 * ```ts
 * import { denseBackward } from "./dense_backward.ts";
 * import { expect } from "chai";
 *
 * const dW = new Float32Array(2), db = new Float32Array(1), dx = new Float32Array(2);
 * const gradOut = new Float32Array([2]), x = new Float32Array([3, 4]), w = new Float32Array([5, 6]);
 * denseBackward(1, 2, 1, gradOut, x, w, dW, db, dx);
 * expect([Array.from(dW), Array.from(db), Array.from(dx)]).to.deep.equal([[6, 8], [2], [10, 12]]);
 * ```
 */
export function denseBackward(
  rows: number,
  inputs: number,
  units: number,
  gradOut: FloatArray,
  x: FloatArray,
  weight: FloatArray,
  weightGrad: FloatArray,
  biasGrad: FloatArray,
  gradIn?: FloatArray,
): void {
  requireGemmArgs(units, inputs, rows, gradOut, x, weightGrad);
  // biasGrad is C of the one-row product 1ᵀ·gradOut (gradOut, long enough, stands in for 1ᵀ).
  requireGemmArgs(1, units, rows, gradOut, gradOut, biasGrad);
  if (gradIn) requireGemmArgs(rows, inputs, units, gradOut, weight, gradIn);
  const work = rows * inputs * units; // multiply-adds of dW, and of dx
  if (
    work >= WASM_MIN_WORK && (gemmThreads() === 1 || work < SPLIT_MIN_WORK) &&
    rows <= SUM_ROWS_MAX &&
    gradOut instanceof Float32Array && x instanceof Float32Array &&
    weight instanceof Float32Array && weightGrad instanceof Float32Array &&
    biasGrad instanceof Float32Array && (gradIn === undefined || gradIn instanceof Float32Array)
  ) {
    _denseBackwardWasm(rows, inputs, units, gradOut, x, weight, weightGrad, biasGrad, gradIn);
    return;
  }
  // Separate products, each on gemm's own path, and the column sums as a plain loop: in
  // float32 each sum is rounded as the kernel's 1ᵀ·gradOut rounds it, term by term.
  gemm(true, false, units, inputs, rows, 1, gradOut, x, 0, weightGrad);
  biasGrad.fill(0, 0, units);
  for (let i = 0, o = 0; i < rows; i++) {
    for (let j = 0; j < units; j++, o++) biasGrad[j]! += gradOut[o]!;
  }
  if (gradIn) gemm(false, false, rows, inputs, units, 1, gradOut, weight, 0, gradIn);
}

/** {@linkcode denseBackward} in one WebAssembly call: operands in once, results out. */
function _denseBackwardWasm(
  rows: number,
  inputs: number,
  units: number,
  gradOut: Float32Array,
  x: Float32Array,
  weight: Float32Array,
  weightGrad: Float32Array,
  biasGrad: Float32Array,
  gradIn: Float32Array | undefined,
): void {
  const gradOutAt = CONTROL_BYTES,
    xAt = align(gradOutAt + 4 * rows * units),
    weightAt = align(xAt + 4 * rows * inputs),
    onesAt = align(weightAt + (gradIn ? 4 * units * inputs : 0)),
    weightGradAt = align(onesAt + 4 * rows),
    biasGradAt = align(weightGradAt + 4 * units * inputs),
    gradInAt = gradIn ? align(biasGradAt + 4 * units) : 0,
    workAt = align(gradIn ? gradInAt + 4 * rows * inputs : biasGradAt + 4 * units);
  const work = Math.max(
    kernel.workspaceBytes(units, inputs, rows),
    kernel.workspaceBytes(1, units, rows),
    gradIn ? kernel.workspaceBytes(rows, inputs, units) : 0,
  );
  const heap = reserve(workAt + work);
  copyIn(heap, gradOut, rows * units, gradOutAt);
  copyIn(heap, x, rows * inputs, xAt);
  if (gradIn) copyIn(heap, weight, units * inputs, weightAt);
  kernel.denseBackward(
    rows,
    inputs,
    units,
    gradOutAt,
    xAt,
    weightAt,
    weightGradAt,
    biasGradAt,
    gradInAt,
    onesAt,
    workAt,
    fusedFlag(),
  );
  copyOut(heap, weightGrad, units * inputs, weightGradAt);
  copyOut(heap, biasGrad, units, biasGradAt);
  if (gradIn) copyOut(heap, gradIn, rows * inputs, gradInAt);
}

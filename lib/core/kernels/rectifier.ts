/**
 * The rectifiers behind ReLU, Leaky ReLU and one-slope PReLU, forward and backward.
 *
 * Float32 arrays of WASM_MIN_VALUES values or more go through WebAssembly SIMD
 * (`rectifier.wat`, in the memory the matrix products use): four values per instruction
 * and a select instead of a branch, which a pre-activation's coin-flip sign would make the
 * branch predictor miss half the time. Copies in and out included, 512 values (a W1 layer)
 * take 0.16 µs forward and 0.23 µs backward for ReLU, 0.21 and 0.27 µs for Leaky ReLU
 * (`deno task bench:kernels`, fastest of each, load 2-4), against 0.43 and 0.61 µs for the
 * best TypeScript loop once measured (branch-free, on the floats' bits). Float64 arrays
 * (gradient checks) and short ones take the plain loops, whose results the kernels match
 * bit for bit (any NaN for a NaN).
 *
 * NaN is never lost: a NaN pre-activation is neither positive nor at most 0, so forward
 * passes it through and backward writes NaN, and ReLU's backward writes g − g (+0 for a
 * finite gradient, NaN for a NaN or infinite one, as g·0 would) where the unit is off. On
 * finite values these are the results of `x > 0 ? x : slope·x` bit for bit. Keeping NaN
 * costs the backward vector loop one compare and one or per four values.
 *
 * @module
 */

import type { FloatArray } from "../matrix.ts";
import { rectifierModule } from "./_wasm_modules.js";
import { CONTROL_BYTES, copyIn, copyOut, memory, reserve } from "./_wasm_memory.ts";

/** The kernel's exports (see rectifier.wat); addresses are byte offsets. */
interface RectifierExports {
  rectifyForward(x: number, out: number, count: number, slope: number): void;
  rectifyBackward(x: number, gradOut: number, gradIn: number, count: number, slope: number): void;
}

const kernel = new WebAssembly.Instance(rectifierModule, { env: { memory } })
  .exports as unknown as RectifierExports;

/** From this many float32 values the WebAssembly kernel beats the plain loop (measured). */
const WASM_MIN_VALUES = 16;

/**
 * out[i] = x[i] ≤ 0 ? slope·x[i] : x[i] (ReLU for slope 0, with +0 for x ≤ 0); a NaN stays NaN.
 *
 * @param x Pre-activations.
 * @param out Receives the activations; may be `x` itself.
 * @param slope Slope for x ≤ 0, any number (PReLU learns it); 0 gives ReLU, with +0.
 *
 * @example ReLU and Leaky ReLU on four values
 * ```ts
 * import { rectifyForward } from "./rectifier.ts";
 * import { expect } from "chai";
 *
 * const out = new Float32Array(4);
 * rectifyForward(new Float32Array([-2, -0, 0.5, 3]), out, 0);
 * expect(Array.from(out)).to.deep.equal([0, 0, 0.5, 3]);
 * rectifyForward(new Float32Array([-2, -0, 0.5, 3]), out, 0.25);
 * expect(Array.from(out)).to.deep.equal([-0.5, -0, 0.5, 3]);
 * ```
 */
export function rectifyForward(x: FloatArray, out: FloatArray, slope: number): void {
  const count = x.length;
  if (count >= WASM_MIN_VALUES && x instanceof Float32Array && out instanceof Float32Array) {
    const xAt = CONTROL_BYTES, outAt = xAt + 4 * count;
    const heap = reserve(outAt + 4 * count);
    copyIn(heap, x, count, xAt);
    kernel.rectifyForward(xAt, outAt, count, slope);
    copyOut(heap, out, count, outAt);
    return;
  }
  for (let i = 0; i < count; i++) {
    const v = x[i]!;
    out[i] = v <= 0 ? (slope === 0 ? 0 : slope * v) : v;
  }
}

/**
 * gradIn[i] = gradOut[i]·f′(x[i]): gradOut[i] for x > 0, slope·gradOut[i] for x ≤ 0 (ReLU,
 * slope 0: gradOut[i] − gradOut[i], which is +0 for a finite gradient), and a NaN for a NaN
 * x (x[i] itself on the plain path; the kernel's vector loop writes a NaN with every bit set).
 *
 * @param x The forward pass's pre-activations.
 * @param gradOut ∂loss/∂activation.
 * @param gradIn Receives ∂loss/∂pre-activation; may be `gradOut` itself.
 * @param slope Slope for x ≤ 0, any number (PReLU learns it); 0 gives ReLU, with +0.
 *
 * @example ReLU passes the gradient where x > 0 only
 * ```ts
 * import { rectifyBackward } from "./rectifier.ts";
 * import { expect } from "chai";
 *
 * const gradIn = new Float32Array(3);
 * rectifyBackward(new Float32Array([-1, 0, 2]), new Float32Array([5, 5, 5]), gradIn, 0);
 * expect(Array.from(gradIn)).to.deep.equal([0, 0, 5]);
 * ```
 */
export function rectifyBackward(
  x: FloatArray,
  gradOut: FloatArray,
  gradIn: FloatArray,
  slope: number,
): void {
  const count = x.length;
  if (
    count >= WASM_MIN_VALUES && x instanceof Float32Array && gradOut instanceof Float32Array &&
    gradIn instanceof Float32Array
  ) {
    const xAt = CONTROL_BYTES, gradAt = xAt + 4 * count, gradInAt = gradAt + 4 * count;
    const heap = reserve(gradInAt + 4 * count);
    copyIn(heap, x, count, xAt);
    copyIn(heap, gradOut, count, gradAt);
    kernel.rectifyBackward(xAt, gradAt, gradInAt, count, slope);
    copyOut(heap, gradIn, count, gradInAt);
    return;
  }
  for (let i = 0; i < count; i++) {
    const v = x[i]!, g = gradOut[i]!;
    gradIn[i] = v > 0 ? g : v <= 0 ? (slope === 0 ? g - g : slope * g) : v;
  }
}

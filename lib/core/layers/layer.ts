/**
 * The contract every layer keeps: a forward pass that remembers what its backward
 * pass needs, a backward pass that fills its parameters' gradients and returns the
 * gradient with respect to its input, and a list of its parameters.
 *
 * @module
 */

import type { FloatArray, Matrix } from "../matrix.ts";
import { describe } from "../_validate.ts";

/**
 * Training mode uses batch statistics and dropout masks; evaluation mode does not.
 *
 * @example
 * ```ts
 * import { Dropout, fromRows, Rng } from "relu-lab";
 * import type { Mode } from "relu-lab";
 * import { expect } from "chai";
 *
 * const mode: Mode = "eval"; // no dropout mask in evaluation
 * expect(Array.from(new Dropout(2, 0.5, new Rng(0)).forward(fromRows([[1, 2]]), mode).data)).to.deep.equal([1, 2]);
 * ```
 */
export type Mode = "train" | "eval";

/**
 * A learnable tensor and its gradient, both flat typed arrays of the same length.
 *
 * @example
 * ```ts
 * import { Dense, Rng } from "relu-lab";
 * import type { Parameter } from "relu-lab";
 * import { expect } from "chai";
 *
 * const [weight, bias]: Parameter[] = new Dense(3, 2, new Rng(0)).parameters();
 * expect([weight!.shape, weight!.decay, bias!.decay]).to.deep.equal([[2, 3], true, false]);
 * ```
 */
export interface Parameter {
  /** Name within its layer, e.g. `"weight"`, `"bias"`, `"slope"`. */
  readonly name: string;
  /** Shape, e.g. `[out, in]` for a dense weight (PyTorch's layout). */
  readonly shape: readonly number[];
  /** Current values, updated in place by optimisers. */
  readonly value: FloatArray;
  /** Gradient of the loss from the last backward pass. */
  readonly grad: FloatArray;
  /** Whether L1/L2 penalties apply (weights: yes; biases, slopes, batch-norm scales: no). */
  readonly decay: boolean;
}

/**
 * A differentiable transformation of a batch (one sample per row).
 *
 * @example Any layer fits a Sequential
 * ```ts
 * import { ActivationLayer, Dense, relu, Rng, Sequential } from "relu-lab";
 * import type { Layer } from "relu-lab";
 * import { expect } from "chai";
 *
 * const layers: Layer[] = [new Dense(2, 4, new Rng(0)), new ActivationLayer(relu, 4), new Dense(4, 1, new Rng(1))];
 * expect(new Sequential(layers).outputSize).to.equal(1);
 * ```
 */
export interface Layer {
  /** What the layer is, e.g. `"dense"`, `"activation:relu"`, `"batch_norm"`. */
  readonly kind: string;
  /** Features per input row. */
  readonly inputSize: number;
  /** Features per output row. */
  readonly outputSize: number;
  /**
   * Maps a batch to its output and keeps what `backward` needs. The returned matrix
   * may be a buffer the layer reuses on its next call: copy it to keep it.
   */
  forward(x: Matrix, mode: Mode): Matrix;
  /**
   * Given ∂loss/∂output for the last forward batch, overwrites every parameter's
   * `grad` and returns ∂loss/∂input (also possibly a reused buffer).
   */
  backward(gradOut: Matrix): Matrix;
  /**
   * Optional shortcut for a model's first layer, whose input gradient nobody reads:
   * fills every parameter's `grad` as `backward` does, without computing ∂loss/∂input.
   */
  backwardParameters?(gradOut: Matrix): void;
  /** The layer's learnable parameters (empty for parameter-free layers). */
  parameters(): Parameter[];
}

/** Memory a smaller matrix may borrow from a larger buffer: at most this, or 4× its own size. */
const BORROW_MAX_BYTES = 1 << 20;

/**
 * A matrix of the wanted shape and dtype for a layer to overwrite: `buffer` itself when it
 * fits exactly; else a view of `buffer`'s memory when that is big enough and not much
 * bigger (a training loop alternates full batches, a short last batch and evaluation
 * passes: no allocation, zeroing and garbage for each switch); else a new zero matrix.
 * Contents are whatever was there: callers overwrite every entry.
 */
export function reuse(
  buffer: Matrix | undefined,
  rows: number,
  cols: number,
  like: FloatArray,
): Matrix {
  const size = rows * cols;
  if (buffer && buffer.data.constructor === like.constructor) {
    if (buffer.rows === rows && buffer.cols === cols) return buffer;
    const memory = buffer.data.buffer, bytes = size * like.BYTES_PER_ELEMENT;
    if (
      memory instanceof ArrayBuffer && !memory.resizable && memory.byteLength >= bytes &&
      memory.byteLength <= Math.max(4 * bytes, BORROW_MAX_BYTES)
    ) {
      const data = like instanceof Float64Array
        ? new Float64Array(memory, 0, size)
        : new Float32Array(memory, 0, size);
      return { rows, cols, data };
    }
  }
  const data = like instanceof Float64Array ? new Float64Array(size) : new Float32Array(size);
  return { rows, cols, data };
}

/** Throws unless `mode` is `"train"` or `"eval"` (a misspelt mode must not pick one silently). */
export function requireMode(mode: unknown): asserts mode is Mode {
  if (mode !== "train" && mode !== "eval") {
    throw new RangeError(`Expected mode to be one of "train", "eval", received ${describe(mode)}`);
  }
}

/** Throws a clear error when backward is called before forward. */
export function requireForward<T>(kind: string, cached: T | undefined): T {
  if (cached === undefined) {
    throw new Error(`Cannot run backward on ${kind} before a forward pass in train mode`);
  }
  return cached;
}

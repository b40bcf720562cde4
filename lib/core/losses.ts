/**
 * Loss functions on logits, each returning the batch mean and (optionally) its
 * gradient with respect to the logits. All are stable for |logit| up to 1e300.
 *
 * Targets are a matrix with one row per sample: for binary cross-entropy one
 * column of probabilities in [0, 1] (labels 0/1); for softmax cross-entropy one
 * column of class indices; for mean squared error the same shape as the logits.
 *
 * @module
 */

import { type Matrix, requireShape } from "./matrix.ts";
import { requireOneOf } from "./_validate.ts";

/**
 * A loss on a batch of logits.
 *
 * @example
 * ```ts
 * import { fromRows, mse } from "relu-lab";
 * import type { Loss } from "relu-lab";
 * import { expect } from "chai";
 *
 * const loss: Loss = mse;
 * const grad = fromRows([[0]], "float64");
 * expect(loss.evaluate(fromRows([[3]], "float64"), fromRows([[1]], "float64"), grad)).to.equal(4);
 * expect(grad.data[0]).to.equal(4);
 * ```
 */
export interface Loss {
  /** Registry name: `"bce"`, `"softmax_ce"` or `"mse"`. */
  readonly name: LossName;
  /**
   * Returns the mean loss over the batch; if `grad` is given, writes ∂loss/∂logits into it.
   * Throws if targets have the wrong shape or values outside the expected set.
   */
  evaluate(logits: Matrix, targets: Matrix, grad?: Matrix): number;
}

/**
 * The losses {@linkcode lossByName} knows.
 *
 * @example
 * ```ts
 * import { lossByName } from "relu-lab";
 * import type { LossName } from "relu-lab";
 * import { expect } from "chai";
 *
 * const name: LossName = "softmax_ce";
 * expect(lossByName(name).name).to.equal("softmax_ce");
 * ```
 */
export type LossName = "bce" | "softmax_ce" | "mse";

/**
 * Names {@linkcode lossByName} accepts.
 *
 * @example
 * ```ts
 * import { LOSS_NAMES } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(LOSS_NAMES).to.deep.equal(["bce", "softmax_ce", "mse"]);
 * ```
 */
export const LOSS_NAMES: readonly LossName[] = ["bce", "softmax_ce", "mse"];

function _requireTarget(ok: boolean, i: number, value: number, expected: string): void {
  if (!ok) {
    throw new RangeError(`Expected targets to be ${expected}, received ${value} at row ${i}`);
  }
}

/**
 * Binary cross-entropy on logits (PyTorch's BCEWithLogitsLoss):
 * ℓ = max(z, 0) − z·y + ln(1 + e^(−|z|)); ∂ℓ/∂z = σ(z) − y.
 *
 * @example Confident and right costs almost nothing, even at |z| = 1000
 * ```ts
 * import { bce, fromRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(bce.evaluate(fromRows([[1000]], "float64"), fromRows([[1]], "float64"))).to.equal(0);
 * expect(bce.evaluate(fromRows([[-1000]], "float64"), fromRows([[1]], "float64"))).to.equal(1000);
 * ```
 */
export const bce: Loss = {
  name: "bce",
  evaluate(logits, targets, grad) {
    requireShape("logits", logits, 1);
    requireShape("targets", targets, 1, logits.rows);
    if (grad) requireShape("grad", grad, 1, logits.rows);
    const n = logits.rows;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const z = logits.data[i]!, y = targets.data[i]!;
      _requireTarget(y >= 0 && y <= 1, i, y, "probabilities in [0, 1]");
      const e = Math.exp(-Math.abs(z)); // one exponential serves the loss and σ(z)
      total += Math.max(z, 0) - z * y + Math.log1p(e);
      if (grad) {
        const s = z >= 0 ? 1 / (1 + e) : e / (1 + e);
        grad.data[i] = (s - y) / n;
      }
    }
    return total / n;
  },
};

/**
 * Softmax cross-entropy on logits (PyTorch's CrossEntropyLoss), targets as class
 * indices; computed with the log-sum-exp trick.
 *
 * @example Uniform logits cost ln(k)
 * ```ts
 * import { fromRows, softmaxCrossEntropy } from "relu-lab";
 * import { expect } from "chai";
 *
 * const loss = softmaxCrossEntropy.evaluate(fromRows([[0, 0, 0]], "float64"), fromRows([[2]], "float64"));
 * expect(loss).to.be.closeTo(Math.log(3), 1e-15);
 * ```
 */
export const softmaxCrossEntropy: Loss = {
  name: "softmax_ce",
  evaluate(logits, targets, grad) {
    requireShape("logits", logits);
    const n = logits.rows, k = logits.cols;
    requireShape("targets", targets, 1, n);
    if (grad) requireShape("grad", grad, k, n);
    if (k < 2) throw new RangeError(`Expected logits to have at least 2 columns, received ${k}`);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const label = targets.data[i]!;
      _requireTarget(
        Number.isInteger(label) && label >= 0 && label < k,
        i,
        label,
        `class indices in 0..${k - 1}`,
      );
      const row = logits.data.subarray(i * k, (i + 1) * k);
      let max = -Infinity;
      for (let j = 0; j < k; j++) max = Math.max(max, row[j]!);
      let sum = 0;
      for (let j = 0; j < k; j++) sum += Math.exp(row[j]! - max);
      const logSum = max + Math.log(sum);
      total += logSum - row[label]!;
      if (grad) {
        for (let j = 0; j < k; j++) {
          grad.data[i * k + j] = (Math.exp(row[j]! - logSum) - (j === label ? 1 : 0)) / n;
        }
      }
    }
    return total / n;
  },
};

/**
 * Mean squared error over every entry (PyTorch's MSELoss with mean reduction).
 *
 * @example
 * ```ts
 * import { fromRows, mse } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(mse.evaluate(fromRows([[1, 3]]), fromRows([[0, 1]]))).to.equal(2.5);
 * ```
 */
export const mse: Loss = {
  name: "mse",
  evaluate(logits, targets, grad) {
    requireShape("logits", logits);
    requireShape("targets", targets, logits.cols, logits.rows);
    if (grad) requireShape("grad", grad, logits.cols, logits.rows);
    const count = logits.data.length;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const target = targets.data[i]!;
      _requireTarget(
        Number.isFinite(target),
        Math.floor(i / logits.cols),
        target,
        "finite numbers",
      );
      const diff = logits.data[i]! - target;
      total += diff * diff;
      if (grad) grad.data[i] = 2 * diff / count;
    }
    return total / count;
  },
};

/**
 * Looks up a loss by name.
 *
 * @param name One of {@linkcode LOSS_NAMES}.
 * @returns The loss.
 *
 * @example
 * ```ts
 * import { lossByName, mse } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(lossByName("mse")).to.equal(mse);
 * expect(() => lossByName("hinge")).to.throw(/one of "bce", "softmax_ce", "mse"/);
 * ```
 */
export function lossByName(name: string): Loss {
  requireOneOf("loss", name, LOSS_NAMES);
  return { bce, softmax_ce: softmaxCrossEntropy, mse }[name];
}

/**
 * Share of rows classified correctly: a single logit column is read as P(class 1) > 0.5
 * (logit > 0), several columns by their argmax.
 *
 * @param logits Model outputs, one row per sample.
 * @param labels One column of labels (0/1, or class indices).
 * @returns Accuracy in [0, 1].
 *
 * @example
 * ```ts
 * import { accuracy, fromRows } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(accuracy(fromRows([[2], [-1]]), fromRows([[1], [1]]))).to.equal(0.5);
 * ```
 */
export function accuracy(logits: Matrix, labels: Matrix): number {
  requireShape("logits", logits);
  requireShape("labels", labels, 1, logits.rows);
  if (logits.rows === 0) {
    throw new RangeError("Expected logits to have at least one row, received 0 rows");
  }
  const k = logits.cols;
  let correct = 0;
  for (let i = 0; i < logits.rows; i++) {
    let predicted: number;
    if (k === 1) predicted = logits.data[i]! > 0 ? 1 : 0;
    else {
      predicted = 0;
      for (let j = 1; j < k; j++) {
        if (logits.data[i * k + j]! > logits.data[i * k + predicted]!) predicted = j;
      }
    }
    if (predicted === labels.data[i]) correct++;
  }
  return correct / logits.rows;
}

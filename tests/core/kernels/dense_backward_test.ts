import { expect } from "chai";
import { type FloatArray, Rng } from "relu-lab";
import { denseBackward } from "../../../lib/core/kernels/dense_backward.ts";
import { gemm } from "../../../lib/core/kernels/gemm.ts";

/** What denseBackward promises: two gemm calls and the column sums added in row order. */
function _separately(
  [rows, inputs, units]: [number, number, number],
  { gradOut, x, weight }: Record<"gradOut" | "x" | "weight", FloatArray>,
  withGradIn: boolean,
): FloatArray[] {
  const make = (length: number) =>
    gradOut instanceof Float32Array ? new Float32Array(length) : new Float64Array(length);
  const weightGrad = make(units * inputs), biasGrad = make(units), gradIn = make(rows * inputs);
  gemm(true, false, units, inputs, rows, 1, gradOut, x, 0, weightGrad);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < units; j++) biasGrad[j]! += gradOut[i * units + j]!;
  }
  if (withGradIn) gemm(false, false, rows, inputs, units, 1, gradOut, weight, 0, gradIn);
  return withGradIn ? [weightGrad, biasGrad, gradIn] : [weightGrad, biasGrad];
}

Deno.test("denseBackward() gives the bits of separate products and column sums, float32 and float64, any shape", () => {
  const rng = new Rng(11);
  const shapes = [[1, 1, 1], [32, 2, 16], [32, 16, 16], [32, 16, 1], [7, 3, 5], [300, 9, 4], [
    1,
    40,
    3,
  ]];
  for (const [rows, inputs, units] of shapes as [number, number, number][]) {
    for (const float32 of [true, false]) {
      for (const withGradIn of [true, false]) {
        const make = (length: number): FloatArray =>
          float32 ? new Float32Array(length) : new Float64Array(length);
        const random = (length: number) => make(length).map(() => rng.normal());
        const gradOut = random(rows * units), x = random(rows * inputs);
        const weight = random(units * inputs);
        const got = [make(units * inputs).fill(NaN), make(units).fill(NaN)];
        if (withGradIn) got.push(make(rows * inputs).fill(NaN));
        denseBackward(rows, inputs, units, gradOut, x, weight, got[0]!, got[1]!, got[2]);
        const want = _separately([rows, inputs, units], { gradOut, x, weight }, withGradIn);
        const where = `${rows}×${inputs}→${units}, ${
          float32 ? "float32" : "float64"
        }, gradIn ${withGradIn}`;
        expect(got.map((a) => Array.from(a)), where).to.deep.equal(want.map((a) => Array.from(a)));
      }
    }
  }
});

Deno.test("denseBackward() throws RangeError naming the operand, when an array is too short", () => {
  const ok = new Float32Array(64), short = new Float32Array(3);
  expect(() => denseBackward(4, 4, 4, ok, ok, ok, ok, short)).to.throw(RangeError, /c .*m·n = 4/);
  expect(() => denseBackward(4, 4, 4, short, ok, ok, ok, ok)).to.throw(RangeError, /a .*16/);
});

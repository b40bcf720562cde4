// The products' two numerics: fused multiply-adds (one rounding per term) by default where
// the CPU has them, separate multiplies and adds (two roundings) on request; each matches a
// reference that rounds the same way, on every path of the kernel (blocked tiles, the one-
// to three-column path, the one-row path), and the two differ.
import { expect } from "chai";
import { Rng } from "relu-lab";
import { gemmWasm } from "../../../lib/core/kernels/gemm_wasm.ts";
import { denseBackward } from "../../../lib/core/kernels/dense_backward.ts";
import {
  fusesMultiplyAdd,
  type GemmNumerics,
  gemmNumerics,
  setGemmNumerics,
} from "../../../lib/core/kernels/numerics.ts";

/**
 * Whether the CPU says it has fused multiply-adds: on x86-64 Linux the `fma` flag of
 * /proc/cpuinfo (read through grep: Deno reads /proc/cpuinfo only with every permission).
 */
function _cpuHasFma(): boolean {
  if (Deno.build.arch === "aarch64") return true;
  const grep = new Deno.Command("grep", { args: ["-m", "1", "^flags", "/proc/cpuinfo"] })
    .outputSync();
  expect(grep.success, "grep ^flags /proc/cpuinfo").to.equal(true);
  return new TextDecoder().decode(grep.stdout).split(/\s+/).includes("fma");
}

/**
 * Values with 16-bit significands in [1, 2) or (-2, -1]: a product of two has 32 bits, more
 * than float32's 24 (so rounding it first matters), and every partial sum of up to 256 terms
 * is exact in float64 before the one float32 rounding a fused multiply-add makes.
 */
function _values(count: number, rng: Rng): Float32Array {
  return Float32Array.from({ length: count }, () => {
    const magnitude = 1 + Math.floor(rng.uniform(0, 1) * 2 ** 15) / 2 ** 15;
    return rng.uniform(0, 1) < 0.5 ? -magnitude : magnitude;
  });
}

/** C = A·B (row-major, m×k by k×n), each term added in order with the given rounding. */
function _reference(
  numerics: GemmNumerics,
  m: number,
  n: number,
  k: number,
  a: Float32Array,
  b: Float32Array,
) {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let p = 0; p < k; p++) {
        const term = a[i * k + p]! * b[p * n + j]!; // exact in float64
        acc = Math.fround(acc + (numerics === "fused" ? term : Math.fround(term)));
      }
      c[i * n + j] = acc;
    }
  }
  return c;
}

// Blocked tiles (ragged edges too), the column path (n <= 3), the row path (m = 1).
const SHAPES = [[7, 13, 33], [16, 24, 256], [9, 2, 40], [5, 3, 17], [1, 37, 50], [1, 5, 9]];

Deno.test("fusesMultiplyAdd() is true exactly where the CPU has fused multiply-adds", () => {
  expect(fusesMultiplyAdd()).to.equal(_cpuHasFma());
  expect(gemmNumerics()).to.equal(fusesMultiplyAdd() ? "fused" : "unfused");
});

for (const numerics of ["fused", "unfused"] as const) {
  Deno.test(`gemmWasm() with ${numerics} numerics rounds as the ${numerics} reference, on every path`, () => {
    const rng = new Rng(7);
    setGemmNumerics(numerics);
    try {
      const expected = numerics === "fused" && !fusesMultiplyAdd() ? "unfused" : numerics;
      expect(gemmNumerics()).to.equal(expected);
      for (const [m, n, k] of SHAPES as [number, number, number][]) {
        const a = _values(m * k, rng), b = _values(k * n, rng), c = new Float32Array(m * n);
        gemmWasm(false, false, m, n, k, 1, a, b, 0, c);
        expect(Array.from(c), `${m}×${n}×${k}`).to.deep.equal(
          Array.from(_reference(expected, m, n, k, a, b)),
        );
      }
    } finally {
      setGemmNumerics("fused");
    }
  });
}

Deno.test("gemmWasm() gives other last bits with fused than with unfused numerics, where the CPU fuses", () => {
  if (!_cpuHasFma()) return; // nothing to tell apart: both round twice
  const rng = new Rng(8), [m, n, k] = [16, 24, 256];
  const a = _values(m * k, rng), b = _values(k * n, rng);
  const run = (numerics: GemmNumerics) => {
    setGemmNumerics(numerics);
    const c = new Float32Array(m * n);
    gemmWasm(false, false, m, n, k, 1, a, b, 0, c);
    return c;
  };
  const fused = run("fused"), unfused = run("unfused");
  setGemmNumerics("fused");
  const differing = fused.filter((value, i) => value !== unfused[i]).length;
  expect(differing).to.be.greaterThan(m * n / 2);
});

Deno.test("denseBackward() follows the numerics chosen, as three products would", () => {
  const rng = new Rng(9), [rows, inputs, units] = [32, 16, 8];
  const gradOut = _values(rows * units, rng), x = _values(rows * inputs, rng);
  const weight = _values(units * inputs, rng);
  for (const numerics of ["fused", "unfused"] as const) {
    setGemmNumerics(numerics);
    try {
      const dW = new Float32Array(units * inputs), db = new Float32Array(units);
      const dx = new Float32Array(rows * inputs);
      denseBackward(rows, inputs, units, gradOut, x, weight, dW, db, dx);
      const wantDx = new Float32Array(rows * inputs);
      gemmWasm(false, false, rows, inputs, units, 1, gradOut, weight, 0, wantDx);
      const wantDW = new Float32Array(units * inputs);
      gemmWasm(true, false, units, inputs, rows, 1, gradOut, x, 0, wantDW);
      expect(Array.from(dx), `${numerics}: ∂x`).to.deep.equal(Array.from(wantDx));
      expect(Array.from(dW), `${numerics}: ∂W`).to.deep.equal(Array.from(wantDW));
    } finally {
      setGemmNumerics("fused");
    }
  }
});

Deno.test("setGemmNumerics() throws RangeError naming the parameter, when the name is unknown", () => {
  expect(() => setGemmNumerics("fma" as GemmNumerics)).to.throw(RangeError, /numerics.*"fma"/);
  expect(gemmNumerics()).to.equal(fusesMultiplyAdd() ? "fused" : "unfused");
});

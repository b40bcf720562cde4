import { expect } from "chai";
import { type FloatArray, Rng } from "relu-lab";
import { gemm } from "../../../lib/core/kernels/gemm.ts";
import { gemmReference } from "../../../lib/core/kernels/gemm_reference.ts";
import { gemmWasm } from "../../../lib/core/kernels/gemm_wasm.ts";

type Kernel = typeof gemmWasm;
const SIZES = [1, 3, 7, 17, 33];
const SCALES: ReadonlyArray<[alpha: number, beta: number]> = [[1, 0], [1, 1], [-0.5, 2], [0, 0.5]];
const TRANSPOSES: ReadonlyArray<[boolean, boolean]> = [
  [false, false],
  [false, true],
  [true, false],
  [true, true],
];

function _random(length: number, rng: Rng): Float32Array {
  return Float32Array.from({ length }, () => rng.uniform(-1, 1));
}

/**
 * Runs `kernel` in float32 and the reference in float64 on the same float32 inputs, and
 * checks every entry within the float32 rounding bound (k + 2)·2⁻²³·Σ|terms|.
 */
function _expectClose(
  kernel: Kernel,
  [transA, transB]: [boolean, boolean],
  [m, n, k]: [number, number, number],
  [alpha, beta]: [number, number],
  rng: Rng,
  withBias = false,
): void {
  const a = _random(m * k, rng), b = _random(k * n, rng), c = _random(m * n, rng);
  const bias = withBias ? _random(n, rng) : undefined;
  const got = c.slice();
  kernel(transA, transB, m, n, k, alpha, a, b, beta, got, bias);
  const want = Float64Array.from(c), size = Float64Array.from(c, Math.abs);
  gemmReference(
    transA,
    transB,
    m,
    n,
    k,
    alpha,
    Float64Array.from(a),
    Float64Array.from(b),
    beta,
    want,
    bias && Float64Array.from(bias),
  );
  const abs = (x: Float32Array) => Float64Array.from(x, Math.abs);
  gemmReference(
    transA,
    transB,
    m,
    n,
    k,
    Math.abs(alpha),
    abs(a),
    abs(b),
    Math.abs(beta),
    size,
    bias && abs(bias),
  );
  const bad = Array.from(got).findIndex((x, i) =>
    !(Math.abs(x - want[i]!) <= (k + 2) * 2 ** -23 * size[i]!)
  );
  const where = `entry ${bad} of ${m}×${n}×${k}, trans ${transA}/${transB}, α ${alpha}, β ${beta}` +
    (withBias ? ", bias" : "");
  expect(bad, `${where}: got ${got[bad]}, want ${want[bad]}`).to.equal(-1);
}

Deno.test("gemmWasm() matches the reference, when shapes are odd and every transpose is used", () => {
  const rng = new Rng(1);
  for (const trans of TRANSPOSES) {
    for (const m of SIZES) {
      for (const n of SIZES) {
        for (const k of SIZES) _expectClose(gemmWasm, trans, [m, n, k], SCALES[rng.int(4)]!, rng);
      }
    }
  }
});

Deno.test("gemmWasm() matches the reference, when alpha and beta vary", () => {
  const rng = new Rng(2);
  for (const trans of TRANSPOSES) {
    for (const scale of SCALES) _expectClose(gemmWasm, trans, [9, 13, 21], scale, rng);
  }
});

Deno.test("gemmWasm() matches the reference, when shapes cross the cache blocks", () => {
  const rng = new Rng(3);
  // k > 256 spans several k-blocks, m > 128 several row blocks.
  for (const trans of TRANSPOSES) {
    _expectClose(gemmWasm, trans, [5, 9, 513], [1, 1], rng);
    _expectClose(gemmWasm, trans, [129, 11, 3], [2, 0], rng);
  }
});

Deno.test("gemmWasm() matches the reference, when shapes are a dense layer's in training", () => {
  const rng = new Rng(4);
  const [batch, inputs, units] = [128, 784, 256];
  _expectClose(gemmWasm, [false, true], [batch, units, inputs], [1, 1], rng); // forward
  _expectClose(gemmWasm, [true, false], [units, inputs, batch], [1, 0], rng); // ∂W
  _expectClose(gemmWasm, [false, false], [batch, inputs, units], [1, 0], rng); // ∂x
  _expectClose(gemmWasm, [false, true], [1, units, inputs], [1, 1], rng); // batch 1
});

Deno.test("gemmWasm() and gemm() add a bias row, when shapes are odd, beta varies and any transpose is used", () => {
  const rng = new Rng(6);
  for (const kernel of [gemmWasm, gemm] as Kernel[]) {
    for (const trans of TRANSPOSES) {
      for (const shape of [[1, 1, 1], [7, 3, 17], [33, 17, 2], [32, 1, 16], [129, 9, 5]]) {
        for (const scale of SCALES) {
          _expectClose(kernel, trans, shape as [number, number, number], scale, rng, true);
        }
      }
    }
  }
});

/** `length` random entries, a share `rate` of them ±0, ±Inf or NaN. */
function _withSpecials(length: number, rng: Rng, rate: number): Float32Array {
  const specials = [0, -0, Infinity, -Infinity, NaN];
  return Float32Array.from(
    { length },
    () => rng.uniform(0, 1) < rate ? specials[rng.int(specials.length)]! : rng.uniform(-2, 2),
  );
}

/** The first `count` columns of a matrix stored row-major with `cols` columns. */
function _leftColumns(x: Float32Array, rows: number, cols: number, count: number): Float32Array {
  return Float32Array.from(
    { length: rows * count },
    (_, e) => x[Math.floor(e / count) * cols + e % count]!,
  );
}

Deno.test("gemmWasm() gives products of one to three columns, or one row (unpacked paths), the bits of the blocked path", () => {
  const rng = new Rng(7);
  // A reference product of at least 2 rows and 4 columns takes the blocked path; its first
  // one to three columns, and its first row, are computed again on their own.
  for (const [transA, transB] of TRANSPOSES) {
    for (const [rows, k] of [[32, 16], [7, 3], [2, 1], [33, 256], [5, 257]] as const) {
      for (const [alpha, beta] of SCALES) {
        const cols = rng.uniform(0, 1) < 0.5 ? 5 : 37, withBias = rng.uniform(0, 1) < 0.5;
        const rate = 0.1 / k; // most sums stay finite, a few meet a special value
        const a = _withSpecials(rows * k, rng, rate), b = _withSpecials(k * cols, rng, rate);
        const c = _withSpecials(rows * cols, rng, rate), bias = _withSpecials(cols, rng, rate);
        const want = c.slice();
        gemmWasm(
          transA,
          transB,
          rows,
          cols,
          k,
          alpha,
          a,
          b,
          beta,
          want,
          withBias ? bias : undefined,
        );
        const where = `trans ${transA}/${transB}, α ${alpha}, β ${beta}, bias ${withBias}`;
        for (let count = 1; count <= 3; count++) {
          // op(B)'s first columns: leading rows of B stored n×k, leading columns of B stored k×n.
          const bLeft = transB ? b.slice(0, count * k) : _leftColumns(b, k, cols, count);
          const got = _leftColumns(c, rows, cols, count);
          gemmWasm(
            transA,
            transB,
            rows,
            count,
            k,
            alpha,
            a,
            bLeft,
            beta,
            got,
            withBias ? bias : undefined,
          );
          expect(Array.from(got), `${rows}×${count}×${k}, ${where}`)
            .to.deep.equal(Array.from(_leftColumns(want, rows, cols, count)));
        }
        // op(A)'s first row: the first column of A stored k×m, the first row of A stored m×k.
        const aTop = transA ? _leftColumns(a, k, rows, 1) : a.slice(0, k);
        const got = c.slice(0, cols);
        gemmWasm(
          transA,
          transB,
          1,
          cols,
          k,
          alpha,
          aTop,
          b,
          beta,
          got,
          withBias ? bias : undefined,
        );
        expect(Array.from(got), `1×${cols}×${k}, ${where}`)
          .to.deep.equal(Array.from(want.subarray(0, cols)));
      }
    }
  }
});

Deno.test("gemmWasm() with a bias and beta 0 starts C at the bias: old NaNs in C are ignored", () => {
  const [m, n, k] = [5, 6, 7];
  const a = new Float32Array(m * k), b = new Float32Array(k * n); // a zero product
  const bias = Float32Array.from({ length: n }, (_, j) => j / 3 - 1);
  const c = new Float32Array(m * n).fill(NaN);
  gemmWasm(false, true, m, n, k, 1, a, b, 0, c, bias);
  for (let i = 0; i < m; i++) {
    expect(Array.from(c.subarray(i * n, i * n + n)), `row ${i}`).to.deep.equal(Array.from(bias));
  }
});

Deno.test("gemm() matches the reference, when float32 or float64 and tiny or large", () => {
  const rng = new Rng(5);
  for (const shape of [[2, 3, 1], [32, 16, 16], [40, 50, 60]] as [number, number, number][]) {
    _expectClose(gemm, [false, true], shape, [1, 1], rng);
  }
  // float64 (and mixed) products stay on the float64 reference path: equal to the bit.
  const [m, n, k] = [40, 50, 60];
  const a = Float64Array.from({ length: m * k }, () => rng.normal());
  const b = Float64Array.from({ length: k * n }, () => rng.normal());
  for (const c of [new Float64Array(m * n), new Float32Array(m * n)]) {
    const want = c.slice();
    gemm(false, true, m, n, k, 1, a, b, 0, c);
    gemmReference(false, true, m, n, k, 1, a, b, 0, want);
    expect(c).to.deep.equal(want);
  }
});

for (const [name, kernel] of [["gemm", gemm], ["gemmWasm", gemmWasm]] as const) {
  Deno.test(`${name}() propagates NaN and Inf from A and B, when other entries are zero`, () => {
    for (const [transA, transB] of TRANSPOSES) {
      // op(A) is 9×21, op(B) 21×10: op(A)[2][4] = NaN, op(A)[5][6] = Inf meets zeros in B.
      const [m, n, k] = [9, 10, 21];
      const a = new Float32Array(m * k).fill(1), b = new Float32Array(k * n).fill(1);
      a[transA ? 4 * m + 2 : 2 * k + 4] = NaN;
      a[transA ? 6 * m + 5 : 5 * k + 6] = Infinity;
      for (let j = 0; j < n; j++) b[transB ? j * k + 6 : 6 * n + j] = 0;
      const c = new Float32Array(m * n);
      kernel(transA, transB, m, n, k, 1, a, b, 0, c);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          const want = i === 2 || i === 5 ? NaN : k - 1;
          expect(c[i * n + j], `C[${i}][${j}], trans ${transA}/${transB}`).to.deep.equal(want);
        }
      }
    }
  });

  Deno.test(`${name}() ignores NaN in C when beta is 0, and keeps it otherwise`, () => {
    const a = new Float32Array(40).fill(1), b = new Float32Array(40).fill(1);
    const c = new Float32Array(64).fill(NaN);
    kernel(false, false, 8, 8, 5, 1, a, b, 0, c);
    expect(Array.from(c)).to.deep.equal(new Array(64).fill(5));
    c[9] = NaN;
    kernel(false, false, 8, 8, 5, 1, a, b, 1, c);
    expect(c[9]).to.deep.equal(NaN);
    expect(c[10]).to.equal(10);
  });

  Deno.test(`${name}() scales C by beta, when k is 0 or a dimension is empty`, () => {
    const c = new Float32Array([1, 2, 3, 4, 99]);
    kernel(false, false, 2, 2, 0, 1, new Float32Array(0), new Float32Array(0), 3, c);
    expect(Array.from(c)).to.deep.equal([3, 6, 9, 12, 99]);
    kernel(false, false, 0, 2, 3, 1, new Float32Array(0), new Float32Array(6), 0, c);
    expect(Array.from(c)).to.deep.equal([3, 6, 9, 12, 99]);
  });

  Deno.test(`${name}() touches only the first m·n entries of C, when arrays are views`, () => {
    const rng = new Rng(6);
    const [m, n, k] = [6, 10, 12];
    const a = _random(m * k + 8, rng).subarray(3), b = _random(k * n + 5, rng).subarray(5);
    const store = _random(m * n + 10, rng), c = store.subarray(4, 4 + m * n + 2);
    const before = store.slice(), want: FloatArray = Float64Array.from(c);
    kernel(false, false, m, n, k, 1, a, b, 1, c);
    gemmReference(false, false, m, n, k, 1, Float64Array.from(a), Float64Array.from(b), 1, want);
    for (let i = 0; i < m * n; i++) expect(c[i]).to.be.closeTo(want[i]!, 1e-5);
    expect(Array.from(store.subarray(0, 4))).to.deep.equal(Array.from(before.subarray(0, 4)));
    expect(Array.from(store.subarray(4 + m * n))).to.deep.equal(
      Array.from(before.subarray(4 + m * n)),
    );
  });

  Deno.test(`${name}() throws RangeError naming the operand, when an array is too short`, () => {
    const ok = new Float32Array(16), short = new Float32Array(11);
    expect(() => kernel(false, false, 3, 4, 4, 1, short, ok, 0, ok)).to.throw(
      RangeError,
      /a .*m·k = 12.*11/,
    );
    expect(() => kernel(false, false, 3, 4, 4, 1, ok, ok, 0, short)).to.throw(
      RangeError,
      /c .*m·n = 12/,
    );
    expect(() => kernel(false, false, 3, 4, -1, 1, ok, ok, 0, ok)).to.throw(RangeError, /k .*-1/);
    expect(() => kernel(false, false, 3.5, 4, 4, 1, ok, ok, 0, ok)).to.throw(TypeError, /m .*3.5/);
  });
}

import { expect } from "chai";
import fc from "fast-check";
import { leakyRelu, relu } from "relu-lab";
import { rectifyBackward, rectifyForward } from "../../../lib/core/kernels/rectifier.ts";

/**
 * The plain, branching loops the kernels replace: the definition they must match bit for bit
 * (any NaN for a NaN).
 * A NaN x is neither positive nor at most 0 and passes through; ReLU's backward where the unit
 * is off is g − g (+0 for finite g, NaN for NaN or infinite g, as g·0 is).
 */
function plainForward(x: Float32Array, slope: number): Float32Array {
  return x.map((v) => (v <= 0 ? (slope === 0 ? 0 : slope * v) : v));
}
function plainBackward(x: Float32Array, gradOut: Float32Array, slope: number): Float32Array {
  return gradOut.map((g, i) => {
    const v = x[i]!;
    return v > 0 ? g : v <= 0 ? (slope === 0 ? g - g : slope * g) : v;
  });
}

/** The rule before NaN was made to propagate (`x > 0 ? x : slope·x`, `+0` for ReLU). */
function formerForward(x: Float32Array, slope: number): Float32Array {
  return x.map((v) => (v > 0 ? v : slope === 0 ? 0 : slope * v));
}
function formerBackward(x: Float32Array, gradOut: Float32Array, slope: number): Float32Array {
  return gradOut.map((g, i) => (x[i]! > 0 ? g : slope === 0 ? 0 : slope * g));
}

/**
 * Equal as bit patterns, so +0 and −0 differ; NaN equals any NaN (the WebAssembly backward
 * writes a NaN of its own where x is NaN, the plain loop x's NaN).
 */
function expectSameBits(got: Float32Array, want: Float32Array, label: string): void {
  const bits = (a: Float32Array) =>
    Array.from(
      new Uint32Array(a.buffer, a.byteOffset, a.length),
      (b, i) => Number.isNaN(a[i]) ? "NaN" : b,
    );
  expect(bits(got), label).to.deep.equal(bits(want));
}

const SPECIAL = [
  0,
  -0,
  Number.NaN,
  -Number.NaN,
  Infinity,
  -Infinity,
  1.4e-45, // smallest subnormal float32
  -1.4e-45,
  3.4028234663852886e38, // largest float32
  -3.4028234663852886e38,
  1,
  -1,
];
const float32s = fc.array(
  fc.oneof(fc.float({ noDefaultInfinity: false }), fc.constantFrom(...SPECIAL)),
  { maxLength: 70 },
);
const slopes = fc.constantFrom(0, 0.01, 0.1, 0.25, 1);

Deno.test("rectifyForward() equals the plain loop bit for bit: signed zeros, NaN, infinities, subnormals", () => {
  fc.assert(
    fc.property(float32s, slopes, (values, slope) => {
      const x = Float32Array.from(values);
      const out = new Float32Array(x.length).fill(7);
      rectifyForward(x, out, slope);
      expectSameBits(out, plainForward(x, slope), `slope ${slope}`);
    }),
  );
  // NaNs of either sign, quiet or with a payload, stay NaN; −0 gives +0 for ReLU.
  const x = new Float32Array(
    new Uint32Array([0x7fc00001, 0xffc00000, 0x7f800001, 0x80000000]).buffer,
  );
  const out = new Float32Array(4);
  rectifyForward(x, out, 0);
  expect(Array.from(out.subarray(0, 3)).every(Number.isNaN), "NaNs stay NaN").to.equal(true);
  expect(Object.is(out[3], 0), "-0 gives +0").to.equal(true);
});

Deno.test("rectifyForward() and rectifyBackward() keep every NaN, on the WebAssembly and the plain path", () => {
  const withNaN = fc.array(fc.oneof(fc.float({ noNaN: true }), fc.constant(Number.NaN)), {
    minLength: 1,
    maxLength: 70,
    size: "max", // lengths up to 70: both sides of the kernel's 16-value threshold
  });
  fc.assert(
    fc.property(withNaN, withNaN, slopes, fc.boolean(), (xs, gs, slope, wide) => {
      const n = Math.min(xs.length, gs.length);
      const make = (v: number[]) => wide ? Float64Array.from(v) : Float32Array.from(v);
      const x = make(xs.slice(0, n)), gradOut = make(gs.slice(0, n));
      const out = make(new Array(n).fill(7)), gradIn = make(new Array(n).fill(7));
      rectifyForward(x, out, slope);
      rectifyBackward(x, gradOut, gradIn, slope);
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(x[i])) {
          expect(out[i], `forward at ${i}`).to.be.NaN;
          expect(gradIn[i], `backward at ${i}`).to.be.NaN;
        }
        if (Number.isNaN(gradOut[i])) expect(gradIn[i], `backward of a NaN gradient`).to.be.NaN;
        if (!Number.isNaN(x[i])) expect(out[i], `forward at ${i}`).not.to.be.NaN;
      }
    }),
  );
});

Deno.test("rectifyForward() and rectifyBackward() give the former results bit for bit wherever x is not NaN and the gradient finite", () => {
  const notNaN = fc.array(fc.oneof(fc.float({ noNaN: true }), fc.constantFrom(...SPECIAL)), {
    maxLength: 70,
  }).map((v) => v.filter((x) => !Number.isNaN(x)));
  const finiteGrads = fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), {
    maxLength: 70,
  });
  fc.assert(
    fc.property(notNaN, finiteGrads, slopes, (xs, gs, slope) => {
      const n = Math.min(xs.length, gs.length);
      const x = Float32Array.from(xs.slice(0, n)), gradOut = Float32Array.from(gs.slice(0, n));
      const out = new Float32Array(n), gradIn = new Float32Array(n);
      rectifyForward(x, out, slope);
      rectifyBackward(x, gradOut, gradIn, slope);
      expectSameBits(out, formerForward(x, slope), `forward, slope ${slope}`);
      expectSameBits(gradIn, formerBackward(x, gradOut, slope), `backward, slope ${slope}`);
    }),
  );
});

Deno.test("rectifyBackward() equals the plain loop bit for bit, NaN and infinite gradients included", () => {
  fc.assert(
    fc.property(float32s, float32s, slopes, (xs, gs, slope) => {
      const n = Math.min(xs.length, gs.length);
      const x = Float32Array.from(xs.slice(0, n)), gradOut = Float32Array.from(gs.slice(0, n));
      const gradIn = new Float32Array(n).fill(7);
      rectifyBackward(x, gradOut, gradIn, slope);
      expectSameBits(gradIn, plainBackward(x, gradOut, slope), `slope ${slope}`);
    }),
  );
});

Deno.test("the rectifier kernels work in place and on views into larger arrays", () => {
  const backing = new Float32Array([9, -2, 3, -0.5, 9]);
  const view = backing.subarray(1, 4);
  const want = plainForward(view, 0.5);
  rectifyForward(view, view, 0.5);
  expectSameBits(view, want, "in place on a view");
  expect([backing[0], backing[4]]).to.deep.equal([9, 9]);
  const x = new Float32Array([1, -1, 2]), grad = new Float32Array([4, 4, 4]);
  rectifyBackward(x, grad, grad, 0);
  expect(Array.from(grad)).to.deep.equal([4, 0, 4]);
});

Deno.test("relu and leakyRelu use the kernels for float32 and give the same values as for float64", () => {
  const values = [-3, -0.5, -0, 0, 0.25, 2, Number.NaN];
  for (const act of [relu, leakyRelu(0.1)]) {
    expect(act.f(Number.NaN), `${act.name}.f(NaN)`).to.be.NaN;
    expect(act.df(Number.NaN), `${act.name}.df(NaN)`).to.be.NaN;
    const x32 = Float32Array.from(values), x64 = Float64Array.from(x32);
    const out32 = new Float32Array(values.length), out64 = new Float64Array(values.length);
    act.forward(x32, out32);
    act.forward(x64, out64);
    expect(Array.from(out32), act.name).to.deep.equal(Array.from(Float32Array.from(out64)));
    const g32 = new Float32Array(values.length).fill(1.5), g64 = Float64Array.from(g32);
    act.backward(x32, g32, out32);
    act.backward(x64, g64, out64);
    expect(Array.from(out32), act.name).to.deep.equal(Array.from(Float32Array.from(out64)));
  }
});

Deno.test("the rectifier kernels follow a float array whose resizable buffer grows", () => {
  const buffer = new ArrayBuffer(8, { maxByteLength: 512 });
  const x = new Float32Array(buffer); // length-tracking: 2 values, then 100
  x.set([-1, 2]);
  rectifyForward(x, x, 0);
  expect(Array.from(x)).to.deep.equal([0, 2]);
  buffer.resize(400);
  x.set(Array.from({ length: 100 }, (_, i) => i % 2 ? i : -i));
  rectifyForward(x, x, 0);
  expect(Array.from(x)).to.deep.equal(Array.from({ length: 100 }, (_, i) => i % 2 ? i : 0));
});

Deno.test("the rectifier kernels equal the plain loops on long arrays, in place and on views", () => {
  // Thousands of values (a layer's batch): every special value among random ones.
  const values = Array.from({ length: 3001 }, (_, i) => SPECIAL[i % 37] ?? Math.sin(i) * 10);
  const backing = Float32Array.from(values), x = backing.subarray(1, 3000);
  const gradOut = Float32Array.from(values.slice().reverse()).subarray(1, 3000);
  for (const slope of [0, 0.01, 1 / 3]) {
    const out = new Float32Array(x.length);
    rectifyForward(x, out, slope);
    expectSameBits(out, plainForward(x, slope), `forward, slope ${slope}`);
    const gradIn = new Float32Array(x.length);
    rectifyBackward(x, gradOut, gradIn, slope);
    expectSameBits(gradIn, plainBackward(x, gradOut, slope), `backward, slope ${slope}`);
  }
  const want = plainForward(x, 0.5);
  rectifyForward(x, x, 0.5);
  expectSameBits(x, want, "in place on a view");
  expect([backing[0], backing[3000]]).to.deep.equal([values[0], values[3000]]);
});

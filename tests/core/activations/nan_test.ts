// NaN never vanishes: every activation, on every path it can take (the scalar f and df, the
// float64 loops, float32 arrays short enough for the plain loops and long enough for the
// WebAssembly kernels, the kept-output paths of tanh and sigmoid, and the layers PReLU and
// RReLU), gives NaN wherever its input is NaN, forward and backward, and a NaN gradient
// stays NaN. PyTorch's forward propagates NaN the same way.
import { expect } from "chai";
import fc from "fast-check";
import {
  type Activation,
  ActivationLayer,
  elu,
  type FloatArray,
  gelu,
  identity,
  type Layer,
  leakyRelu,
  mlp,
  PReLU,
  relu,
  Rng,
  RReLU,
  selu,
  sigmoid,
  silu,
  softplus,
  tanh,
  zeros,
} from "relu-lab";

const ACTIVATIONS: Activation[] = [
  relu,
  leakyRelu(0.01),
  leakyRelu(1),
  elu(1),
  selu,
  gelu,
  silu,
  softplus,
  sigmoid,
  tanh,
  identity,
];

/** Arrays of moderate numbers (no activation overflows on them) with NaNs among them. */
function withNaNs(minLength: number, maxLength: number): fc.Arbitrary<number[]> {
  const entry = fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: -20, max: 20, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN) },
  );
  return fc.array(entry, { minLength, maxLength, size: "max" });
}

/** The paths an array can take: element type and a length on each side of the kernel's 16. */
const PATHS = [
  { path: "float64", make: (v: number[]) => Float64Array.from(v), min: 1, max: 40 },
  {
    path: "float32, short (plain loop)",
    make: (v: number[]) => Float32Array.from(v),
    min: 1,
    max: 15,
  },
  {
    path: "float32, long (WebAssembly)",
    make: (v: number[]) => Float32Array.from(v),
    min: 16,
    max: 70,
  },
] as const;

/** Fails unless out is NaN exactly where `x` or `also` is NaN. */
function expectNaNWhere(out: FloatArray, x: FloatArray, label: string, also?: FloatArray): void {
  for (let i = 0; i < x.length; i++) {
    const want = Number.isNaN(x[i]) || (also !== undefined && Number.isNaN(also[i]));
    expect(Number.isNaN(out[i]), `${label} at ${i} (x = ${x[i]}, g = ${also?.[i]})`).to.equal(want);
  }
}

for (const act of ACTIVATIONS) {
  Deno.test(`${act.name}: f(NaN) and df(NaN) are NaN, and no finite input gives NaN`, () => {
    expect(act.f(Number.NaN)).to.be.NaN;
    expect(act.df(Number.NaN)).to.be.NaN;
    fc.assert(fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
      return !Number.isNaN(act.f(x)) && !Number.isNaN(act.df(x));
    }));
  });

  for (const { path, make, min, max } of PATHS) {
    Deno.test(`${act.name}: forward and backward keep NaN, ${path}`, () => {
      fc.assert(fc.property(withNaNs(min, max), withNaNs(max, max), (xs, gs) => {
        const x = make(xs), gradOut = make(gs.slice(0, xs.length));
        const out = make(xs.map(() => 7)), gradIn = make(xs.map(() => 7));
        act.forward(x, out);
        act.backward(x, gradOut, gradIn);
        expectNaNWhere(out, x, "forward");
        expectNaNWhere(gradIn, x, "backward", gradOut);
      }));
    });
  }

  const { forwardKeeping, backwardFromKept } = act;
  if (forwardKeeping && backwardFromKept) {
    Deno.test(`${act.name}: the kept-output path keeps NaN, float32 and float64`, () => {
      for (const { make, min, max } of PATHS) {
        fc.assert(fc.property(withNaNs(min, max), withNaNs(max, max), (xs, gs) => {
          const x = make(xs), gradOut = make(gs.slice(0, xs.length));
          const out = make(xs.map(() => 7)), gradIn = make(xs.map(() => 7));
          const kept = new Float64Array(xs.length);
          forwardKeeping(x, out, kept);
          backwardFromKept(kept, gradOut, gradIn);
          expectNaNWhere(out, x, "forwardKeeping");
          expectNaNWhere(gradIn, x, "backwardFromKept", gradOut);
        }));
      }
    });
  }
}

/** The activation layers with parameters or randomness, and ActivationLayer's kept path. */
const LAYERS: { name: string; make: () => Layer }[] = [
  { name: "PReLU, one slope (kernel)", make: () => new PReLU(4) },
  { name: "PReLU, one slope of 0 (loop)", make: () => new PReLU(4, { init: 0 }) },
  { name: "PReLU, one slope per unit", make: () => new PReLU(4, { slopes: "per_unit" }) },
  { name: "RReLU", make: () => new RReLU(4, new Rng(1)) },
  { name: "ActivationLayer(relu)", make: () => new ActivationLayer(relu, 4) },
  { name: "ActivationLayer(tanh)", make: () => new ActivationLayer(tanh, 4) },
  { name: "ActivationLayer(sigmoid)", make: () => new ActivationLayer(sigmoid, 4) },
];

for (const { name, make } of LAYERS) {
  for (const dtype of ["float32", "float64"] as const) {
    for (const mode of ["train", "eval"] as const) {
      Deno.test(`${name}: forward and backward keep NaN, ${dtype}, ${mode} mode`, () => {
        const rows = fc.integer({ min: 1, max: 12 });
        fc.assert(fc.property(rows, withNaNs(48, 48), withNaNs(48, 48), (n, xs, gs) => {
          const layer = make();
          const wrap = (v: number[]) => ({
            rows: n,
            cols: 4,
            data: dtype === "float64"
              ? Float64Array.from(v.slice(0, 4 * n))
              : Float32Array.from(v.slice(0, 4 * n)),
          });
          const x = wrap(xs), gradOut = wrap(gs);
          expectNaNWhere(layer.forward(x, mode).data, x.data, "forward");
          expectNaNWhere(layer.backward(gradOut).data, x.data, "backward", gradOut.data);
        }));
      });
    }
  }
}

Deno.test("PReLU's slope gradient is NaN when a NaN input sits on the slope", () => {
  const layer = new PReLU(2, { dtype: "float64" });
  layer.forward({ rows: 1, cols: 2, data: Float64Array.from([Number.NaN, 3]) }, "train");
  layer.backward({ rows: 1, cols: 2, data: Float64Array.from([1, 1]) });
  expect(layer.slope.grad[0]).to.be.NaN;
});

Deno.test("an MLP fed a NaN input answers NaN for that sample and finite numbers for the others", () => {
  for (
    const activation of ["relu", "leaky_relu(0.01)", "prelu", "rrelu", "tanh", "sigmoid", "gelu"]
  ) {
    for (const dtype of ["float32", "float64"] as const) {
      // 32 rows of a 16-unit layer: 512 values, the WebAssembly path for float32.
      const model = mlp({ sizes: [2, 16, 16, 1], activation, dtype, seed: 3 });
      const x = zeros(32, 2, dtype);
      for (let i = 0; i < x.data.length; i++) x.data[i] = Math.sin(i);
      x.data[2 * 5 + 1] = Number.NaN; // sample 5
      const out = model.predict(x).data;
      const nan = Array.from(out, (v, i) => Number.isNaN(v) ? i : -1).filter((i) => i >= 0);
      expect(nan, `${activation}, ${dtype}`).to.deep.equal([5]);
      expect(Array.from(out).filter((_, i) => i !== 5).every(Number.isFinite)).to.equal(true);
    }
  }
});

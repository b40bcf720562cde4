import { expect } from "chai";
import fc from "fast-check";
import {
  ACTIVATION_NAMES,
  activationByName,
  elu,
  gelu,
  identity,
  leakyRelu,
  relu,
  selu,
  sigmoid,
  silu,
  softplus,
  tanh,
} from "relu-lab";

const ALL = [
  relu,
  leakyRelu(0.01),
  leakyRelu(0.1),
  elu(1),
  elu(0.5),
  selu,
  gelu,
  silu,
  softplus,
  sigmoid,
  tanh,
  identity,
];
const finite = fc.double({ min: -50, max: 50, noNaN: true });

Deno.test("relu and leakyRelu() pin the derivative at -1, 0 and 1 (PyTorch's choice at 0)", () => {
  expect([-1, 0, 1].map(relu.df)).to.deep.equal([0, 0, 1]);
  expect([-1, 0, 1].map(leakyRelu(0.1).df)).to.deep.equal([0.1, 0.1, 1]);
  expect([-1, 0, 1].map(relu.f)).to.deep.equal([0, 0, 1]);
  expect(Object.is(relu.f(-3), 0)).to.equal(true);
});

Deno.test("every activation's df matches a central difference of f away from kinks", () => {
  for (const act of ALL) {
    for (let x = -8; x <= 8; x += 0.137) {
      if (Math.abs(x) < 1e-3) continue;
      const h = 1e-6;
      const numeric = (act.f(x + h) - act.f(x - h)) / (2 * h);
      expect(act.df(x), `${act.name} at ${x}`).to.be.closeTo(
        numeric,
        1e-7 * Math.max(1, Math.abs(numeric)),
      );
    }
  }
});

Deno.test("every activation is finite, with a finite derivative, at ±1000", () => {
  for (const act of ALL) {
    for (const x of [-1000, 1000]) {
      expect(Number.isFinite(act.f(x)), `${act.name}(${x})`).to.equal(true);
      expect(Number.isFinite(act.df(x)), `${act.name}'(${x})`).to.equal(true);
    }
  }
});

Deno.test("forward() and backward() agree with f and df elementwise", () => {
  const x = Float64Array.from({ length: 41 }, (_, i) => -10 + i / 2);
  const grad = Float64Array.from(x, (_, i) => 0.5 + i / 10);
  for (const act of ALL) {
    const out = new Float64Array(x.length), gradIn = new Float64Array(x.length);
    act.forward(x, out);
    act.backward(x, grad, gradIn);
    x.forEach((v, i) => {
      expect(out[i]).to.equal(act.f(v));
      expect(gradIn[i]).to.equal(grad[i]! * act.df(v));
    });
  }
});

Deno.test("leakyRelu() with a = 0 equals relu and with a = 1 is the identity", () => {
  fc.assert(fc.property(finite, (x) => leakyRelu(0).f(x) === relu.f(x) && leakyRelu(1).f(x) === x));
});

Deno.test("leakyRelu() is monotone and max(a·x, x) for any a in [0, 1]", () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, noNaN: true }), finite, finite, (a, x, y) => {
      const act = leakyRelu(a);
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      return act.f(lo) <= act.f(hi) && act.f(x) === Math.max(a * x, x);
    }),
  );
});

Deno.test("monotone activations never decrease (all but GELU and SiLU)", () => {
  const monotone = ALL.filter((a) => a !== gelu && a !== silu);
  fc.assert(fc.property(finite, finite, (x, y) => {
    const [lo, hi] = x <= y ? [x, y] : [y, x];
    return monotone.every((act) => act.f(lo) <= act.f(hi));
  }));
});

Deno.test("sigmoid and tanh derivatives peak at 0.25 and 1", () => {
  let maxSigmoid = 0, maxTanh = 0;
  for (let x = -10; x <= 10; x += 0.001) {
    maxSigmoid = Math.max(maxSigmoid, sigmoid.df(x));
    maxTanh = Math.max(maxTanh, tanh.df(x));
  }
  expect(maxSigmoid).to.be.closeTo(0.25, 1e-9);
  expect(maxTanh).to.be.closeTo(1, 1e-9);
});

Deno.test("activationByName() round-trips every activation's name", () => {
  for (const act of ALL) expect(activationByName(act.name).f(-0.7)).to.equal(act.f(-0.7));
  for (const name of ACTIVATION_NAMES) expect(activationByName(name).name).to.be.a("string");
});

Deno.test("activationByName() rejects unknown names and bad parameters", () => {
  expect(() => activationByName("relu6")).to.throw(
    RangeError,
    /one of relu, leaky_relu.*received "relu6"/,
  );
  expect(() => activationByName("leaky_relu(2)")).to.throw(
    RangeError,
    /a to be in \[0, 1\], received 2/,
  );
  expect(() => activationByName(42 as unknown as string)).to.throw(RangeError, /received 42/);
});

Deno.test("leakyRelu() and elu() reject bad parameters with the parameter's name", () => {
  expect(() => leakyRelu(-0.1)).to.throw(RangeError, /Expected a to be in \[0, 1\], received -0.1/);
  expect(() => leakyRelu(NaN)).to.throw(
    TypeError,
    /Expected a to be a finite number, received NaN/,
  );
  expect(() => elu(0)).to.throw(RangeError, /alpha to be a positive finite number, received 0/);
});

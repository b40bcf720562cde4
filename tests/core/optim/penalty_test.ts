import { expect } from "chai";
import fc from "fast-check";
import { elasticNet, l1, l2, type Parameter, type Penalty, sumPenalties } from "relu-lab";
import { expectClose, fixture, fixtureParams } from "./_torch_fixture.ts";

function _withFirstGrads(): Parameter[] {
  const params = fixtureParams();
  params.forEach((p, i) => p.grad.set(fixture.grads[0]![i]!));
  return params;
}

for (const run of fixture.penalties) {
  Deno.test(`elasticNet() matches PyTorch autograd of l1 ${run.l1} + l2 ${run.l2}`, () => {
    const params = _withFirstGrads();
    const value = elasticNet(run.l1, run.l2).apply(params);
    expectClose(value, run.value);
    expectClose(params.map((p) => Array.from(p.grad)), run.grads);
  });
}

Deno.test("l1() and l2() alone equal elasticNet() with the other strength 0", () => {
  const cases: Array<[Penalty, Penalty]> = [[l1(0.3), elasticNet(0.3, 0)], [
    l2(0.3),
    elasticNet(0, 0.3),
  ]];
  for (const [alone, combined] of cases) {
    const a = _withFirstGrads();
    const b = _withFirstGrads();
    expect(alone.apply(a)).to.equal(combined.apply(b));
    expect(a.map((p) => Array.from(p.grad))).to.deep.equal(b.map((p) => Array.from(p.grad)));
  }
});

Deno.test("l1() gives a weight at exactly 0 no gradient (sign(0) = 0)", () => {
  const w: Parameter = {
    name: "w",
    shape: [3],
    decay: true,
    value: new Float64Array([0, -0, 1]),
    grad: new Float64Array([0.5, 0.5, 0.5]),
  };
  l1(2).apply([w]);
  expect(Array.from(w.grad)).to.deep.equal([0.5, 0.5, 2.5]);
});

Deno.test("l2() adds λ·w to the gradient and returns λ/2·Σw², for decay parameters only", () => {
  const finite = fc.double({ min: -100, max: 100, noNaN: true });
  fc.assert(
    fc.property(fc.array(finite, { minLength: 1, maxLength: 6 }), fc.boolean(), (w, decay) => {
      const p: Parameter = {
        name: "w",
        shape: [w.length],
        decay,
        value: Float64Array.from(w),
        grad: new Float64Array(w.length),
      };
      const value = l2(0.2).apply([p]);
      const sumSquares = w.reduce((s, x) => s + x * x, 0);
      expect(value).to.be.closeTo(decay ? 0.1 * sumSquares : 0, 1e-9 * (1 + sumSquares));
      expect(Array.from(p.grad)).to.deep.equal(w.map((x) => 0 + (decay ? 0.2 * x : 0)));
    }),
  );
});

Deno.test("sumPenalties() adds values and names its terms", () => {
  const penalty = sumPenalties(l1(0.1), l2(0.5));
  expect(penalty.name).to.equal("l1(0.1) + l2(0.5)");
  expect(sumPenalties().apply(fixtureParams())).to.equal(0);
});

Deno.test("l1() and l2() reject a negative or non-finite lambda", () => {
  expect(() => l2(-1)).to.throw(RangeError, "lambda to be a finite number >= 0, received -1");
  expect(() => l1(NaN)).to.throw(TypeError, "lambda to be a finite number, received NaN");
  expect(() => elasticNet(0.1, Infinity)).to.throw(TypeError, "received Infinity");
});

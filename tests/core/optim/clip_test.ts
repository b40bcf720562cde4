import { expect } from "chai";
import fc from "fast-check";
import { clipGradNorm, gradNorm, type Parameter } from "relu-lab";
import { expectClose, fixture } from "./_torch_fixture.ts";

function _params(grads: ReadonlyArray<ArrayLike<number>>): Parameter[] {
  return grads.map((g, i) => ({
    name: `p${i}`,
    shape: [g.length],
    decay: true,
    value: new Float64Array(g.length),
    grad: Float64Array.from(g),
  }));
}

for (const run of fixture.clip) {
  Deno.test(`clipGradNorm() matches clip_grad_norm_ with maxNorm ${run.maxNorm}`, () => {
    const params = _params(run.grads);
    expectClose(clipGradNorm(params, run.maxNorm), run.norm);
    expectClose(params.map((p) => Array.from(p.grad)), run.clipped);
  });
}

Deno.test("clipGradNorm() never increases the norm and keeps the direction", () => {
  const entry = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  fc.assert(
    fc.property(
      fc.array(fc.array(entry, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      (grads, maxNorm) => {
        const params = _params(grads);
        const before = clipGradNorm(params, maxNorm);
        const after = gradNorm(params);
        expect(after).to.be.at.most(before);
        expect(after).to.be.at.most(maxNorm * (1 + 1e-12));
        const factor = before > 0 ? after / before : 1;
        params.forEach((p, i) =>
          p.grad.forEach((g, j) =>
            expect(g).to.be.closeTo(grads[i]![j]! * factor, 1e-9 * (1 + Math.abs(g)))
          )
        );
      },
    ),
  );
});

Deno.test("clipGradNorm() returns a non-finite norm without touching the gradients", () => {
  for (const bad of [NaN, Infinity]) {
    const params = _params([[1, bad], [3]]);
    expect(Object.is(clipGradNorm(params, 1), bad)).to.equal(true);
    expect(Array.from(params[1]!.grad)).to.deep.equal([3]);
  }
});

Deno.test("clipGradNorm() rejects a maxNorm that is not positive and finite", () => {
  const params = _params([[1]]);
  expect(() => clipGradNorm(params, 0)).to.throw(RangeError, "maxNorm");
  expect(() => clipGradNorm(params, NaN)).to.throw(TypeError, "maxNorm");
});

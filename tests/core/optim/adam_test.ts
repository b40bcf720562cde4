import { expect } from "chai";
import fc from "fast-check";
import { adam, type AdamOptions, l2, type Parameter } from "relu-lab";
import { expectClose, fixture, replay } from "./_torch_fixture.ts";

for (const run of fixture.optimizers.filter((o) => o.kind === "adam")) {
  const label = `${JSON.stringify(run.options)}, weight_decay ${run.l2}`;
  Deno.test(`adam() matches torch.optim.Adam over 5 steps, with ${label}`, () => {
    const penalty = run.l2 > 0 ? l2(run.l2) : undefined;
    expectClose(replay(adam(run.options as AdamOptions), penalty), run.values);
  });
}

Deno.test("adam() first step moves each value by about lr against the gradient's sign", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }).filter((g) => Math.abs(g) > 1e-3),
      fc.double({ min: 1e-5, max: 1, noNaN: true }),
      (g, lr) => {
        const w: Parameter = {
          name: "w",
          shape: [1],
          decay: true,
          value: new Float64Array([0]),
          grad: new Float64Array([g]),
        };
        adam().step([w], lr);
        // m̂ = g and √v̂ = |g|, so the step is lr·g / (|g| + ε).
        expect(w.value[0]).to.be.closeTo(-lr * Math.sign(g), lr * 1e-5);
      },
    ),
  );
});

Deno.test("adam() counts steps per parameter and restarts bias correction on reset()", () => {
  const make = (): Parameter => ({
    name: "w",
    shape: [1],
    decay: true,
    value: new Float64Array([0]),
    grad: new Float64Array([2]),
  });
  const optimizer = adam();
  const a = make();
  optimizer.step([a], 0.1);
  optimizer.step([a], 0.1);
  const b = make();
  optimizer.step([b], 0.1);
  const fresh = make();
  adam().step([fresh], 0.1);
  expect(b.value[0]).to.equal(fresh.value[0]);
  optimizer.reset();
  const restarted = make();
  restarted.value.set(a.value);
  optimizer.step([a], 0.1);
  adam().step([restarted], 0.1);
  expect(a.value[0]).to.equal(restarted.value[0]);
});

Deno.test("adam() rejects betas outside [0, 1) and eps <= 0", () => {
  expect(() => adam({ beta1: 1 })).to.throw(RangeError, "beta1 to be in [0, 1), received 1");
  expect(() => adam({ beta2: -0.5 })).to.throw(RangeError, "beta2 to be in [0, 1), received -0.5");
  expect(() => adam({ eps: 0 })).to.throw(RangeError, "eps to be a positive finite number");
  expect(() => adam({ eps: NaN })).to.throw(TypeError, "eps to be a finite number, received NaN");
});

Deno.test("adam() step rejects a learning rate that is not positive and finite", () => {
  const w: Parameter = {
    name: "w",
    shape: [1],
    decay: true,
    value: new Float64Array([1]),
    grad: new Float64Array([1]),
  };
  expect(() => adam().step([w], -1)).to.throw(RangeError, "learningRate");
  expect(() => adam().step([w], Infinity)).to.throw(TypeError, "received Infinity");
  expect(w.value[0]).to.equal(1);
});

Deno.test("adam() names its settings", () => {
  expect(adam().name).to.equal("adam(beta1=0.9, beta2=0.999, eps=1e-8)");
});

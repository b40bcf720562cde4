import { expect } from "chai";
import fc from "fast-check";
import { l2, type Parameter, sgd, type SgdOptions } from "relu-lab";
import { expectClose, fixture, replay } from "./_torch_fixture.ts";

function _param(value: number[], grad: number[]): Parameter {
  return {
    name: "w",
    shape: [value.length],
    decay: true,
    value: Float64Array.from(value),
    grad: Float64Array.from(grad),
  };
}

for (const run of fixture.optimizers.filter((o) => o.kind === "sgd")) {
  const label = `${JSON.stringify(run.options)}, weight_decay ${run.l2}`;
  Deno.test(`sgd() matches torch.optim.SGD over 5 steps, with ${label}`, () => {
    const penalty = run.l2 > 0 ? l2(run.l2) : undefined;
    expectClose(replay(sgd(run.options as SgdOptions), penalty), run.values);
  });
}

Deno.test("sgd() without momentum moves every value by exactly -lr·grad", () => {
  const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(finite, finite), { minLength: 1, maxLength: 8 }),
      fc.double({ min: 1e-6, max: 10, noNaN: true }),
      (pairs, lr) => {
        const w = _param(pairs.map(([v]) => v), pairs.map(([, g]) => g));
        sgd().step([w], lr);
        pairs.forEach(([v, g], i) => expect(w.value[i]).to.equal(v - lr * g));
      },
    ),
  );
});

Deno.test("sgd() keeps separate velocities per parameter and forgets them on reset()", () => {
  const optimizer = sgd({ momentum: 0.9 });
  const a = _param([0], [1]);
  optimizer.step([a], 1);
  optimizer.step([a], 1); // velocity 1.9
  const b = _param([0], [1]);
  optimizer.step([b], 1); // b's first step: velocity 1
  expect([a.value[0], b.value[0]]).to.deep.equal([-2.9, -1]);
  optimizer.reset();
  optimizer.step([a], 1); // first step again: velocity 1
  expect(a.value[0]).to.equal(-3.9);
});

Deno.test("sgd() keeps float32 parameters float32", () => {
  const w: Parameter = {
    name: "w",
    shape: [2],
    decay: true,
    value: new Float32Array([1, 2]),
    grad: new Float32Array([0.1, 0.2]),
  };
  const optimizer = sgd({ momentum: 0.9, nesterov: true });
  optimizer.step([w], 0.1);
  optimizer.step([w], 0.1);
  expect(w.value).to.be.instanceOf(Float32Array);
  expect(w.value[0]).to.be.closeTo(1 - 0.1 * 0.19 - 0.1 * 0.271, 1e-6);
});

Deno.test("sgd() names its settings", () => {
  expect(sgd().name).to.equal("sgd");
  expect(sgd({ momentum: 0.9, nesterov: true }).name).to.equal("sgd(momentum=0.9, nesterov)");
  expect(sgd({ momentum: 0.5, dampening: 0.1 }).name).to.equal(
    "sgd(momentum=0.5, dampening=0.1)",
  );
});

Deno.test("sgd() rejects momentum outside [0, 1) and bad dampening or nesterov", () => {
  expect(() => sgd({ momentum: 1 })).to.throw(RangeError, "momentum to be in [0, 1), received 1");
  expect(() => sgd({ momentum: -0.1 })).to.throw(RangeError, "received -0.1");
  expect(() => sgd({ momentum: NaN })).to.throw(TypeError, "momentum");
  expect(() => sgd({ dampening: 2 })).to.throw(RangeError, "dampening to be in [0, 1]");
  expect(() => sgd({ nesterov: "yes" as unknown as boolean })).to.throw(
    TypeError,
    'nesterov to be a boolean, received "yes"',
  );
});

Deno.test("sgd() rejects nesterov without momentum or with dampening, as PyTorch", () => {
  expect(() => sgd({ nesterov: true })).to.throw(RangeError, "received momentum 0, dampening 0");
  expect(() => sgd({ nesterov: true, momentum: 0.9, dampening: 0.1 })).to.throw(
    RangeError,
    "dampening 0.1",
  );
});

Deno.test("sgd() step rejects a learning rate that is not positive and finite", () => {
  const w = _param([1], [1]);
  for (const lr of [0, -0.1]) {
    expect(() => sgd().step([w], lr)).to.throw(
      RangeError,
      `learningRate to be a positive finite number, received ${lr}`,
    );
  }
  for (const lr of [NaN, Infinity]) {
    expect(() => sgd().step([w], lr)).to.throw(TypeError, `learningRate`);
  }
  expect(w.value[0]).to.equal(1);
});

Deno.test("sgd() step rejects a parameter whose grad length differs from its value", () => {
  const w: Parameter = { ...(_param([1, 2], [1])), name: "weight" };
  expect(() => sgd().step([w], 0.1)).to.throw(RangeError, '"weight"');
});

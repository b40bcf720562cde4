import { expect } from "chai";
import {
  constantInit,
  heNormal,
  heUniform,
  type Initializer,
  lecunNormal,
  lecunUniform,
  normalInit,
  Rng,
  torchDefaultInit,
  uniformInit,
  xavierNormal,
  xavierUniform,
  zerosInit,
} from "relu-lab";

function moments(init: Initializer, fanIn: number, fanOut: number, count = 40000) {
  const values = new Float64Array(count);
  init.fill(values, fanIn, fanOut, new Rng(9));
  const mean = values.reduce((s, v) => s + v, 0) / count;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / count;
  const maxAbs = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return { mean, variance, maxAbs };
}

Deno.test("variance-scaling initialisers have PyTorch's variances and bounds", () => {
  const fanIn = 50, fanOut = 20;
  const cases: Array<[Initializer, number, number?]> = [
    [heNormal(), 2 / fanIn],
    [heNormal("fan_out"), 2 / fanOut],
    [heUniform(), 2 / fanIn, Math.sqrt(6 / fanIn)],
    [xavierNormal(), 2 / (fanIn + fanOut)],
    [xavierUniform(), 2 / (fanIn + fanOut), Math.sqrt(6 / (fanIn + fanOut))],
    [lecunNormal, 1 / fanIn],
    [lecunUniform, 1 / fanIn, Math.sqrt(3 / fanIn)],
    [torchDefaultInit, 1 / (3 * fanIn), 1 / Math.sqrt(fanIn)],
  ];
  for (const [init, variance, bound] of cases) {
    const m = moments(init, fanIn, fanOut);
    expect(m.mean, init.name).to.be.closeTo(0, 0.02 * Math.sqrt(variance) * 5);
    expect(m.variance / variance, init.name).to.be.closeTo(1, 0.03);
    if (bound !== undefined) expect(m.maxAbs, init.name).to.be.at.most(bound);
  }
});

Deno.test("constant, zeros, uniform and normal initialisers fill as asked", () => {
  expect(moments(constantInit(-3), 4, 4, 10)).to.deep.equal({ mean: -3, variance: 0, maxAbs: 3 });
  expect(moments(zerosInit, 4, 4, 10).maxAbs).to.equal(0);
  const u = moments(uniformInit(1, 3), 4, 4);
  expect(u.mean).to.be.closeTo(2, 0.02);
  expect(u.variance).to.be.closeTo(1 / 3, 0.01);
  expect(moments(normalInit(-1, 0.5), 4, 4).mean).to.be.closeTo(-1, 0.01);
});

Deno.test("initialisers reject bad parameters, naming them", () => {
  expect(() => uniformInit(1, 1)).to.throw(RangeError, /high > low, received low 1, high 1/);
  expect(() => normalInit(0, 0)).to.throw(
    RangeError,
    /std to be a positive finite number, received 0/,
  );
  expect(() => heNormal("fan_avg" as "fan_in")).to.throw(
    RangeError,
    /mode to be one of "fan_in", "fan_out", received "fan_avg"/,
  );
  expect(() => xavierUniform(-1)).to.throw(RangeError, /gain to be a positive/);
  expect(() => constantInit(Infinity)).to.throw(
    TypeError,
    /value to be a finite number, received Infinity/,
  );
});

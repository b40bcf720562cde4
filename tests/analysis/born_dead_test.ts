import { expect } from "chai";
import { constantInit, randomizedAsymmetricInit } from "relu-lab";
import { bornDeadRate } from "relu-lab/lab";

Deno.test("bornDeadRate() grows with depth at fixed width, and is reproducible", () => {
  const shallow = bornDeadRate({ depth: 2, width: 2, trials: 300 });
  const deep = bornDeadRate({ depth: 20, width: 2, trials: 300 });
  expect(deep.low).to.be.above(shallow.high);
  expect(bornDeadRate({ depth: 20, width: 2, trials: 300 })).to.deep.equal(deep);
});

Deno.test("bornDeadRate() validates depth, width and trials", () => {
  expect(() => bornDeadRate({ depth: 0, width: 2 })).to.throw(
    RangeError,
    /depth to be an integer >= 1, received 0/,
  );
  expect(() => bornDeadRate({ depth: 2, width: 1.5 })).to.throw(
    TypeError,
    /width to be an integer, received 1.5/,
  );
});

Deno.test("bornDeadRate() gives an interval that contains the rate, also when every network is dead", () => {
  for (const depth of [1, 10, 40]) {
    const { rate, low, high } = bornDeadRate({ depth, width: 1, trials: 60 });
    expect(low).to.be.at.most(rate);
    expect(high).to.be.at.least(rate);
  }
  expect(bornDeadRate({ depth: 40, width: 1, trials: 60 }).high).to.equal(1);
});

Deno.test("bornDeadRate() counts a network with a dead layer as constant, and a constant one without a dead layer apart", () => {
  for (const init of [{}, randomizedAsymmetricInit()]) {
    const { dead, constant, liveRange } = bornDeadRate({
      depth: 20,
      width: 2,
      trials: 300,
      ...init,
    });
    expect(constant!.count).to.be.at.least(dead);
    expect(constant!.count - dead).to.be.at.most(3); // rounding only, for continuous weights
    expect(constant!.low).to.be.at.most(constant!.rate);
    expect(constant!.high).to.be.at.least(constant!.rate);
    expect(liveRange).to.be.above(0);
  }
  // Zero weights and bias 1: every unit is active (pre-activation 1) on every input, yet
  // the output is one number: constant without a dead layer.
  const flat = bornDeadRate({
    depth: 3,
    width: 2,
    trials: 4,
    weightInit: constantInit(0),
    biasInit: constantInit(1),
  });
  expect([flat.dead, flat.constant!.count, flat.liveRange]).to.deep.equal([0, 4, 0]);
  // Bias −10 (He-uniform weights on 1-D inputs in [−1, 1] stay below 2.5): every hidden
  // unit dead, no live network to measure.
  const dead = bornDeadRate({ depth: 2, width: 2, trials: 4, biasInit: constantInit(-10) });
  expect([dead.dead, dead.constant!.count, dead.liveRange]).to.deep.equal([4, 4, null]);
});

Deno.test("bornDeadRate() leaves the constant-output count out for a single input", () => {
  const one = bornDeadRate({ depth: 5, width: 2, trials: 50, samples: 1 });
  expect([one.constant, one.liveRange]).to.deep.equal([null, null]);
});

import { expect } from "chai";
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

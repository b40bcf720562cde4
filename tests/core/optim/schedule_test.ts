import { expect } from "chai";
import fc from "fast-check";
import { constantLr, cosineLr, exponentialLr, type Schedule, stepLr, warmup } from "relu-lab";
import { expectClose, fixture } from "./_torch_fixture.ts";

type Run = (typeof fixture.schedules)[number];

// Which of our schedules reproduces each PyTorch scheduler in the fixture.
const BUILDERS: Record<string, (run: Run) => Schedule> = {
  step: (r) => stepLr(r.lr, { stepSize: r.stepSize!, gamma: r.gamma! }),
  exponential: (r) => exponentialLr(r.lr, r.gamma!),
  cosine: (r) => cosineLr(r.lr, { epochs: r.epochs!, minLr: r.minLr! }),
  warmup: (r) =>
    warmup(exponentialLr(r.lr, r.gamma!), { epochs: r.epochs!, startFactor: r.startFactor! }),
};

for (const run of fixture.schedules) {
  Deno.test(`${run.kind}Lr() matches PyTorch's scheduler epoch by epoch`, () => {
    const schedule = BUILDERS[run.kind]!(run);
    expectClose(run.rates.map((_, epoch) => schedule(epoch)), run.rates);
  });
}

Deno.test("constantLr() returns its rate at every epoch", () => {
  fc.assert(
    fc.property(fc.double({ min: 1e-9, max: 1e3, noNaN: true }), fc.nat(), (lr, epoch) => {
      expect(constantLr(lr)(epoch)).to.equal(lr);
    }),
  );
});

Deno.test("cosineLr() decreases to minLr and stays there after its epochs", () => {
  const schedule = cosineLr(0.5, { epochs: 7, minLr: 0.05 });
  const rates = Array.from({ length: 12 }, (_, epoch) => schedule(epoch));
  rates.slice(1).forEach((rate, i) => expect(rate).to.be.at.most(rates[i]!));
  expect(rates.slice(7)).to.deep.equal([0.05, 0.05, 0.05, 0.05, 0.05]);
});

Deno.test("schedules reject a negative or fractional epoch", () => {
  for (const schedule of [constantLr(0.1), cosineLr(0.1, { epochs: 3 })]) {
    expect(() => schedule(-1)).to.throw(RangeError, "epoch to be an integer >= 0, received -1");
    expect(() => schedule(0.5)).to.throw(TypeError, "epoch to be an integer, received 0.5");
  }
});

Deno.test("schedule builders reject bad rates, lengths and factors", () => {
  expect(() => constantLr(0)).to.throw(RangeError, "lr to be a positive finite number");
  expect(() => exponentialLr(0.1, -0.9)).to.throw(RangeError, "gamma");
  expect(() => stepLr(0.1, { stepSize: 0 })).to.throw(RangeError, "stepSize");
  expect(() => cosineLr(0.1, { epochs: 10, minLr: 0.2 })).to.throw(
    RangeError,
    "minLr to be in [0, 0.1], received 0.2",
  );
  expect(() => cosineLr(0.1, { epochs: 2.5 })).to.throw(TypeError, "epochs");
  expect(() => warmup(constantLr(0.1), { epochs: 3, startFactor: 1.5 })).to.throw(
    RangeError,
    "startFactor to be in (0, 1], received 1.5",
  );
});

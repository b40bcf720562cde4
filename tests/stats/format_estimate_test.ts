import { expect } from "chai";
import { formatEstimate } from "relu-lab/lab";

Deno.test("formatEstimate() writes shares, point differences and plain numbers with their interval", () => {
  const e = { mean: 0.5, low: 0.25, high: 0.75 };
  expect(formatEstimate(e, { digits: 0 })).to.equal("50% (25% to 75%)");
  expect(formatEstimate(e, { interval: false })).to.equal("50.0%");
  expect(formatEstimate({ mean: -0.004, low: -0.01, high: 0.002 }, { unit: "points", digits: 2 }))
    .to.equal("-0.40 (-1.00 to +0.20)");
  expect(formatEstimate({ mean: 15.45, low: 12.8, high: 18.3 }, { unit: "number" }))
    .to.equal("15.4 (12.8 to 18.3)");
});

Deno.test("formatEstimate() says n/a without a mean and rejects a bad unit or digit count", () => {
  expect(formatEstimate({ mean: null, low: 0, high: 1 })).to.equal("n/a");
  expect(formatEstimate({ mean: 0.1, low: null, high: null })).to.equal("10.0%");
  expect(() => formatEstimate({ mean: 1, low: 1, high: 1 }, { unit: "pct" as "percent" }))
    .to.throw(RangeError, /unit.*"pct"/);
  expect(() => formatEstimate({ mean: 1, low: 1, high: 1 }, { digits: -1 })).to.throw(/digits/);
});

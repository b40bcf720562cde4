import { expect } from "chai";
import fc from "fast-check";
import { mean, std } from "relu-lab/lab";

const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
  minLength: 2,
  maxLength: 40,
});

Deno.test("mean() and std() follow their definitions, for any finite sample", () => {
  fc.assert(fc.property(sample, (values) => {
    const m = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
    expect(mean(values)).to.be.closeTo(m, 1e-9);
    expect(std(values)).to.be.closeTo(Math.sqrt(variance), 1e-6);
  }));
});

Deno.test("mean() shifts and std() scales with the data, and std() of a constant is 0", () => {
  fc.assert(fc.property(sample, fc.double({ min: -10, max: 10, noNaN: true }), (values, c) => {
    expect(mean(values.map((v) => v + c))).to.be.closeTo(mean(values) + c, 1e-9);
    expect(std(values.map((v) => v * c))).to.be.closeTo(Math.abs(c) * std(values), 1e-6);
  }));
  expect(std([3, 3, 3])).to.equal(0);
});

Deno.test("mean() and std() reject empty, short or non-finite samples, naming values", () => {
  expect(() => mean([])).to.throw(RangeError, /values .* at least 1/);
  expect(() => std([1])).to.throw(RangeError, /values .* at least 2/);
  expect(() => mean([1, NaN])).to.throw(RangeError, /values .* NaN at index 1/);
  expect(() => std([1, Infinity])).to.throw(RangeError, /Infinity at index 1/);
});

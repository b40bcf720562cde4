import { expect } from "chai";
import fc from "fast-check";
import { erf } from "relu-lab";

// Values of Python's math.erf (the C library's erf), to the last digit printed.
const REFERENCE: [number, number][] = [
  [0.1, 0.1124629160182849],
  [0.46875, 0.49261347321793797],
  [0.5, 0.5204998778130465],
  [1.0, 0.8427007929497149],
  [2.0, 0.9953222650189527],
  [2.4999, 0.9995928300996666],
  [3.3, 0.9999969422902035],
  [4.0, 0.9999999845827421],
  [4.5, 0.9999999998033839],
  [6.0, 1.0],
];

Deno.test("erf() matches the C library's erf to 2e-16 in every branch of the approximation", () => {
  for (const [x, expected] of REFERENCE) {
    expect(Math.abs(erf(x) - expected), `erf(${x})`).to.be.at.most(2e-16);
    expect(erf(-x)).to.equal(-erf(x));
  }
});

Deno.test("erf() is odd, bounded by 1 and non-decreasing, also across its branch points", () => {
  fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
    expect(erf(-x)).to.equal(-erf(x) + 0); // +0 turns -0 into 0 for erf(0)
    expect(Math.abs(erf(x))).to.be.at.most(1);
  }));
  for (const edge of [0.46875, 4, 26.543]) {
    const below = erf(edge - 1e-12), at = erf(edge), above = erf(edge + 1e-12);
    expect(below).to.be.at.most(at);
    expect(at).to.be.at.most(above);
    expect(above - below).to.be.below(1e-11);
  }
  expect([erf(Infinity), erf(-Infinity), erf(NaN)]).to.deep.equal([1, -1, NaN]);
});

import { expect } from "chai";
import { activationByName } from "relu-lab";
import { defineSweep, type Grid, type SweepDefinition } from "relu-lab/lab";

const base = {
  name: "square",
  description: "Squares x.",
  module: import.meta.url,
  grid: { x: [1, 2, 3], act: ["relu"] },
  profiles: { quick: { seeds: 1 }, full: { seeds: 2 } },
  metrics: ["y"],
  run: ({ x }: { x: number }) => ({ metrics: { y: x * x } }),
};
const define = (changes: Record<string, unknown>) => () =>
  defineSweep({ ...base, ...changes } as unknown as SweepDefinition<Grid, string>);

Deno.test("defineSweep() returns the sweep frozen with its fields in declaration order", () => {
  const sweep = defineSweep(base);
  expect(sweep.fields).to.deep.equal(["x", "act"]);
  expect(sweep.seedFields).to.deep.equal([]);
  expect(Object.isFrozen(sweep)).to.equal(true);
});

Deno.test("defineSweep() wants the URL of the module that exports the sweep", () => {
  expect(define({ module: undefined })).to.throw(
    TypeError,
    /module to be the URL.*received undefined/,
  );
  expect(define({ module: "sweeps.ts" })).to.throw(TypeError, /module to be the URL.*"sweeps\.ts"/);
});

Deno.test("defineSweep() rejects bad grid values, naming the field and index", () => {
  expect(define({ grid: { x: [1, NaN] } })).to.throw(TypeError, /grid\.x\[1\].*received NaN/);
  expect(define({ grid: { x: [1, "2"] } })).to.throw(TypeError, /grid\.x\[1\].*of one type.*"2"/);
  expect(define({ grid: { x: [] } })).to.throw(TypeError, /grid\.x to be a non-empty array/);
  expect(define({ grid: { x: [1, 1] } })).to.throw(RangeError, /grid\.x values to be distinct/);
  expect(define({ grid: { x: ["a\nb"] } })).to.throw(TypeError, /grid\.x\[0\].*one-line/);
  expect(define({ grid: {} })).to.throw(TypeError, /grid to be an object with at least one field/);
});

Deno.test("defineSweep() runs each field's check on grid and profile values", () => {
  const check = { act: activationByName };
  expect(define({ check, grid: { x: [1], act: ["relu", "relux"] } })).to.throw(
    RangeError,
    /grid\.act\[1\] = "relux"/,
  );
  const profiles = { quick: { seeds: 1, grid: { act: ["nope"] } }, full: { seeds: 1 } };
  expect(define({ check, profiles })).to.throw(
    RangeError,
    /profiles\.quick\.grid\.act\[0\] = "nope"/,
  );
});

Deno.test("defineSweep() rejects bad names, metrics, profiles and seed fields", () => {
  expect(define({ name: "Dead Units" })).to.throw(TypeError, /name to be kebab-case.*"Dead Units"/);
  expect(define({ description: "" })).to.throw(TypeError, /description/);
  expect(define({ metrics: ["seed"] })).to.throw(RangeError, /metrics names .* received "seed"/);
  expect(define({ metrics: ["x"] })).to.throw(RangeError, /received "x"/);
  expect(define({ grid: { status: [1] } })).to.throw(
    RangeError,
    /grid field names .* received "status"/,
  );
  expect(define({ profiles: { quick: { seeds: 0 }, full: { seeds: 1 } } })).to.throw(
    RangeError,
    /profiles\.quick\.seeds/,
  );
  expect(define({ profiles: { quick: { seeds: 1 } } })).to.throw(TypeError, /profiles\.full/);
  const wrongField = { quick: { seeds: 1, grid: { lr: [0.1] } }, full: { seeds: 1 } };
  expect(define({ profiles: wrongField })).to.throw(
    RangeError,
    /profiles\.quick\.grid .*\(x, act\).*"lr"/,
  );
  const wrongType = { quick: { seeds: 1, grid: { x: ["1"] } }, full: { seeds: 1 } };
  expect(define({ profiles: wrongType })).to.throw(
    TypeError,
    /profiles\.quick\.grid\.x to hold numbers/,
  );
  expect(define({ seedFields: ["y"] })).to.throw(RangeError, /seedFields .* received "y"/);
  expect(define({ run: 3 })).to.throw(TypeError, /run to be a function/);
});

import { expect } from "chai";
import { cast, fromRows, gatherRows, takeRows, toRows, zeros } from "relu-lab";

Deno.test("fromRows() and toRows() round-trip, and fromRows() rejects ragged or non-finite rows", () => {
  expect(toRows(fromRows([[1, 2], [3, 4]], "float64"))).to.deep.equal([[1, 2], [3, 4]]);
  expect(() => fromRows([[1, 2], [3]])).to.throw(
    RangeError,
    /rectangular with 2 columns, received row 1 of length 1/,
  );
  expect(() => fromRows([[1, Infinity]])).to.throw(
    RangeError,
    /rows\[0\] to hold only finite numbers, received Infinity at index 1/,
  );
  expect(() => fromRows("x" as unknown as number[][])).to.throw(
    TypeError,
    /array of rows, received "x"/,
  );
});

Deno.test("takeRows(), gatherRows() and cast() copy the rows asked for", () => {
  const m = fromRows([[1, 2], [3, 4], [5, 6]], "float64");
  expect(toRows(takeRows(m, [2, 0]))).to.deep.equal([[5, 6], [1, 2]]);
  const buffer = gatherRows(m, [2, 1, 0], 1, 3);
  expect(toRows(buffer)).to.deep.equal([[3, 4], [1, 2]]);
  expect(gatherRows(m, [0, 1], 0, 2, buffer)).to.equal(buffer);
  expect(cast(m, "float32").data).to.be.instanceOf(Float32Array);
});

Deno.test("zeros() validates its shape and dtype", () => {
  expect(() => zeros(-1, 2)).to.throw(RangeError, /rows to be an integer >= 0, received -1/);
  expect(() => zeros(1, 2, "int8" as "float32")).to.throw(
    RangeError,
    /dtype to be one of "float32", "float64", received "int8"/,
  );
});

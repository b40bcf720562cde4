import { expect } from "chai";
import { classCounts, type Dataset, fromRows, requireDataset, subset, zeros } from "relu-lab";
import { expectBadInput } from "./_generator_checks.ts";
import { numbered } from "./_fixtures.ts";

Deno.test("requireDataset() accepts a well-formed dataset", () => {
  expect(() => requireDataset("ds", numbered([0, 1, 2], 3))).to.not.throw();
});

Deno.test("requireDataset() rejects a malformed dataset, naming the part", () => {
  const ok = numbered([0, 1]);
  const cases: Array<[unknown, string, string]> = [
    [null, "ds", "null"],
    [{ ...ok, classes: 1 }, "ds.classes", "1"],
    [{ ...ok, classes: 2.5 }, "ds.classes", "2.5"],
    [{ ...ok, x: "x" }, "ds.x", '"x"'],
    [{ ...ok, y: zeros(3, 1) }, "ds.y", "3 × 1"],
    [{ ...ok, y: zeros(2, 2) }, "ds.y", "2 × 2"],
    [{ ...ok, x: zeros(0, 1), y: zeros(0, 1) }, "ds", "0"],
    [
      { ...ok, x: { rows: 2, cols: 1, data: new Float32Array([0, NaN]) } },
      "ds.x",
      "NaN at index 1",
    ],
    [{ ...ok, y: fromRows([[0], [0.5]]) }, "ds.y", "0.5 at row 1"],
    [{ ...ok, y: fromRows([[-1], [0]]) }, "ds.y", "-1 at row 0"],
    [{ ...ok, y: fromRows([[0], [2]]) }, "ds.y", "2 at row 1"],
  ];
  for (const [value, part, shown] of cases) {
    expectBadInput(() => requireDataset("ds", value as Dataset), part, shown);
  }
});

Deno.test("classCounts() counts every class, including empty ones", () => {
  expect(classCounts(numbered([2, 0, 2, 2], 4))).to.deep.equal([1, 0, 3, 0]);
});

Deno.test("subset() copies the listed rows in order, repeats allowed", () => {
  const ds = numbered([0, 1, 1, 0, 1]);
  const part = subset(ds, [4, 0, 4]);
  expect(Array.from(part.x.data)).to.deep.equal([4, 0, 4]);
  expect(Array.from(part.y.data)).to.deep.equal([1, 0, 1]);
  expect(part.classes).to.equal(2);
  expect(part.x.data).to.be.instanceOf(Float64Array);
  part.x.data[0] = 99;
  expect(ds.x.data[4], "a copy, not a view").to.equal(4);
});

Deno.test("subset() rejects indices that are out of range, fractional or empty", () => {
  const ds = numbered([0, 1, 0]);
  expectBadInput(() => subset(ds, [0, 3]), "indices", "3 at position 1");
  expectBadInput(() => subset(ds, [-1]), "indices", "-1 at position 0");
  expectBadInput(() => subset(ds, [0.5]), "indices", "0.5 at position 0");
  expectBadInput(() => subset(ds, []), "indices.length", "0");
  expectBadInput(() => subset(ds, 3 as unknown as number[]), "indices", "3");
});

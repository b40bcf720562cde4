import { expect } from "chai";
import { pivotTable } from "relu-lab/plot";

Deno.test("pivotTable() lays rows out by row and column keys, leaving missing cells empty", () => {
  const rows = [
    { d: "a", act: "relu", v: "1" },
    { d: "b", act: "elu", v: "2" },
    { d: "a", act: "elu", v: "3" },
  ];
  const table = pivotTable(rows, { row: "d", column: "act", cell: (r) => r.v, caption: "c" });
  expect(table.columns).to.deep.equal(["d", "relu", "elu"]);
  expect(table.cells).to.deep.equal([["a", "1", "3"], ["b", "", "2"]]);
  expect(table.caption).to.equal("c");
});

Deno.test("pivotTable() names the fields a row lacks", () => {
  expect(() => pivotTable([{ d: "a" }], { row: "d", column: "act", cell: () => 1 }))
    .to.throw(RangeError, /rows\[0\].*"d" and "act"/);
});

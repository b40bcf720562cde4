import { expect } from "chai";
import { JUPYTER_DISPLAY, Table } from "relu-lab/plot";

Deno.test("Table formats numbers to significant digits and displays three ways", () => {
  const table = new Table(
    [{ name: "a<b", value: 1 / 3, n: 10, ok: true }, { name: "c|d", value: null, n: 2, ok: false }],
    { digits: 3, caption: "Results", columns: ["name", "value", "ok"] },
  );
  expect(table.cells).to.deep.equal([["a<b", "0.333", "true"], ["c|d", "", "false"]]);
  const bundle = table[JUPYTER_DISPLAY]();
  expect(bundle["text/html"]).to.contain("<caption>Results</caption>");
  expect(bundle["text/html"]).to.contain("<td>a&lt;b</td>");
  expect(bundle["text/markdown"]).to.contain("| c\\|d |  | false |");
  expect(bundle["text/plain"]).to.equal(
    "Results\nname | value | ok   \na<b  | 0.333 | true \nc|d  |       | false",
  );
});

Deno.test("Table rejects digits below 1", () => {
  expect(() => new Table([], { digits: 0 })).to.throw(RangeError, /digits/);
});

Deno.test("new Table() gives the numbers of one column one format", () => {
  const t = new Table([
    { lr: 0.01, ratio: 0.000031, accuracy: 1, runs: 20, note: "ok" },
    { lr: 0.1, ratio: 2.2e-10, accuracy: 0.9712, runs: 3, note: "" },
    { lr: 3, ratio: 0.5, accuracy: 0.5, runs: 10, note: null },
  ]);
  const column = (j: number) => t.cells.map((r) => r[j]);
  expect(column(0)).to.deep.equal(["0.01", "0.10", "3.00"]);
  // Ten decades: scientific notation for every number of the column.
  expect(column(1)).to.deep.equal(["3.1e-5", "2.2e-10", "5.0e-1"]);
  expect(column(2)).to.deep.equal(["1.0000", "0.9712", "0.5000"]);
  expect(column(3)).to.deep.equal(["20", "3", "10"]);
  expect(column(4)).to.deep.equal(["ok", "", ""]);
});

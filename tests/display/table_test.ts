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

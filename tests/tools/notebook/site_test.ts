import { expect } from "chai";
import type { Notebook } from "../../../tools/notebook/commit_form.ts";
import { notebookTitle, writeIndex } from "../../../tools/notebook/site.ts";

Deno.test("notebookTitle() takes the first Markdown heading, else the fallback", () => {
  const nb = (sources: string[]): Notebook => ({
    cells: sources.map((source) => ({ cell_type: "markdown", source })),
    metadata: {},
    nbformat: 4,
    nbformat_minor: 4,
  });
  expect(notebookTitle(nb(["intro", "text\n## 1. ReLU  \nmore"]), "x")).to.equal("1. ReLU");
  expect(notebookTitle(nb(["no heading"]), "01_relu")).to.equal("01_relu");
});

Deno.test("writeIndex() links every chapter's page in order, escaping titles", async () => {
  const dir = "tests/.out/site_index";
  await Deno.mkdir(dir, { recursive: true });
  const path = await writeIndex(dir, [
    { name: "01_relu", title: "1. ReLU <basics>" },
    { name: "02_dead", title: "2. Dead units" },
  ]);
  const html = await Deno.readTextFile(path);
  const links = [...html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  expect(links).to.deep.equal([
    ["01_relu.html", "1. ReLU &lt;basics>"],
    ["02_dead.html", "2. Dead units"],
  ]);
  expect(html).to.not.match(/(src|href)="https?:/);
});

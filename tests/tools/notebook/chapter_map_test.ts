import { expect } from "chai";
import type { Chapter } from "relu-lab/chapters";
import { chapterMap, chapterNumber } from "../../../tools/notebook/chapter_map.ts";

const OUT = "tests/.out/chapter_map";

Deno.test("chapterMap() lists every notebook: headlines from chapter modules, titles from the others", async () => {
  await Deno.mkdir(OUT, { recursive: true });
  const notebook = (heading: string) =>
    JSON.stringify({
      cells: [{ cell_type: "markdown", metadata: {}, source: [`# ${heading}\n`, "text"] }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 4,
    });
  await Deno.writeTextFile(`${OUT}/01_relu.ipynb`, notebook("1. ReLU: a line bent at the origin"));
  await Deno.writeTextFile(`${OUT}/07_remedies.ipynb`, notebook("7. Remedies"));
  await Deno.writeTextFile(`${OUT}/notes.txt`, "not a notebook");
  let computed = 0;
  const remedies: Chapter<{ dead: number }> = {
    number: 7,
    notebook: "07_remedies",
    title: "Remedies for dying ReLUs",
    question: "Which remedies work?",
    claims: ["Batch norm prevents dead units."],
    findings() {
      computed++;
      return Promise.resolve({ dead: 0.6 });
    },
    headline: (f) => `${100 * f.dead}% dead at the baseline`,
  };
  const entries = await chapterMap(OUT, [remedies as Chapter]);
  expect(entries).to.deep.equal([
    { name: "01_relu", number: 1, title: "ReLU: a line bent at the origin" },
    {
      name: "07_remedies",
      number: 7,
      title: "Remedies for dying ReLUs",
      question: "Which remedies work?",
      claims: ["Batch norm prevents dead units."],
      headline: "60% dead at the baseline",
    },
  ]);
  expect(computed).to.equal(1);
  expect(chapterNumber("08_verdict")).to.equal(8);
  expect(chapterNumber("README")).to.be.NaN;
});

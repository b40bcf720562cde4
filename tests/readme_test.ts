// Keeps README.md true: every TypeScript block in it must type-check against the library, and
// its chapter map is the chapters' headlines.

import { expect } from "chai";
import { CHAPTERS } from "relu-lab/chapters";
import { chapterMap } from "../tools/notebook/chapter_map.ts";
import { MAP_END, MAP_START, readmeMapStatus, withChapterMap } from "../tools/readme.ts";

const README = new URL("../README.md", import.meta.url);
const CONFIG = new URL("../deno.json", import.meta.url).pathname;

Deno.test("README.md's TypeScript examples type-check against lib/", async () => {
  const text = await Deno.readTextFile(README);
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).to.be.at.least(2);
  // Outside the repository: deno check skips git-ignored folders such as tests/.out.
  const dir = await Deno.makeTempDir({ prefix: "relu-lab-readme-" });
  const files = await Promise.all(blocks.map(async (code, i) => {
    const file = `${dir}/block_${i}.ts`;
    // README imports the library by its path from the repository root or by its name.
    await Deno.writeTextFile(
      file,
      code.replaceAll(`"./lib/mod.ts"`, `"relu-lab"`) + "\nexport {};\n",
    );
    return file;
  }));
  const { code, stderr } = await new Deno.Command("deno", {
    args: ["check", "-q", "--config", CONFIG, ...files],
    stderr: "piped",
  })
    .output();
  await Deno.remove(dir, { recursive: true });
  expect(code, new TextDecoder().decode(stderr)).to.equal(0);
});

Deno.test("README's chapter map is what the chapters' headlines give (deno task readme writes it)", async () => {
  const entries = await chapterMap("notebooks", CHAPTERS);
  const status = await readmeMapStatus(README.pathname, entries);
  expect(status.actual, "README's chapter map is out of date: run deno task readme").to.equal(
    status.expected,
  );
  // One item per notebook, in order; a chapter with a module shows its headline.
  const block = status.actual.slice(
    status.actual.indexOf(MAP_START),
    status.actual.indexOf(MAP_END),
  );
  const numbers = [...block.matchAll(/^- \*\*(\d+)\./gm)].map((m) => Number(m[1]));
  expect(numbers).to.deep.equal(entries.map((e) => e.number));
  for (const e of entries.filter((e) => e.headline !== undefined)) {
    expect(block.replace(/\s+/g, " ")).to.contain(e.headline!.replace(/\s+/g, " "));
  }
});

Deno.test("withChapterMap() replaces the lines of chapters with a headline and keeps the others", () => {
  const readme = `# x\n\n${MAP_START}\n\n- **1. ReLU** (\`01_relu.ipynb\`): kept\n  as it is.\n` +
    `- **7. Remedies** (\`07_remedies.ipynb\`): old text.\n\n${MAP_END}\n\nAfter.\n`;
  const entries = [
    { name: "01_relu", number: 1, title: "ReLU" },
    { name: "07_remedies", number: 7, title: "Remedies", headline: "new text + 26.6 points" },
    { name: "09_new", number: 9, title: "New" },
  ];
  expect(withChapterMap(readme, entries)).to.equal(
    `# x\n\n${MAP_START}\n\n- **1. ReLU** (\`01_relu.ipynb\`): kept\n  as it is.\n` +
      `- **7. Remedies** (\`07_remedies.ipynb\`): new text + 26.6 points.\n` +
      `- **9. New** (\`09_new.ipynb\`).\n\n${MAP_END}\n\nAfter.\n`,
  );
  expect(() => withChapterMap("no markers", entries)).to.throw(RangeError, /chapter-map:start/);
});

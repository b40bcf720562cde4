// Checks a chapter's notebook against its Chapter record and the tutorial's rules: it opens
// with its number, title, question and claims; its code cells are short; every glossary link
// points at an anchor chapter 0 defines. Shared by the tests of chapters 1 to 3.

import { expect } from "chai";
import type { Chapter } from "relu-lab/chapters";

interface Cell {
  readonly cell_type: string;
  readonly source: string | string[];
}

const _text = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);

function _cells(notebook: string): Cell[] {
  const url = new URL(`../../../notebooks/${notebook}.ipynb`, import.meta.url);
  return JSON.parse(Deno.readTextFileSync(url)).cells;
}

/** The glossary ids chapter 0 defines (`<a id="glossary-…">`). */
export function glossaryIds(): string[] {
  const text = _cells("00_start_here").map(_text).join("\n");
  return [...text.matchAll(/<a id="glossary-([a-z-]+)"><\/a>/g)].map((m) => m[1]!);
}

/** Fails unless the chapter's notebook follows the rules above. */
export function expectNotebookFollowsRules(chapter: Chapter): void {
  const cells = _cells(chapter.notebook);
  const opening = _text(cells[0]!);
  expect(opening.startsWith(`# ${chapter.number}. ${chapter.title}\n`), "heading").to.equal(true);
  expect(opening).to.contain(`**The question.** ${chapter.question}`);
  for (const claim of chapter.claims) expect(opening).to.contain(`- ${claim}`);
  const code = cells.filter((c) => c.cell_type === "code").map(_text);
  const lengths = code.map((c) => c.split("\n").length).sort((a, b) => a - b);
  expect(lengths.at(-1), "longest code cell").to.be.at.most(15);
  expect(lengths[Math.floor((lengths.length - 1) / 2)], "median code cell").to.be.at.most(8);
  const headings = cells.filter((c) => c.cell_type === "markdown").map(_text);
  expect(headings.some((h) => h.startsWith("## What the evidence says"))).to.equal(true);
  const ids = new Set(glossaryIds());
  const links = cells.map(_text).join("\n").matchAll(/00_start_here\.ipynb#glossary-([a-z-]+)/g);
  for (const [, id] of links) expect(ids.has(id!), `glossary-${id}`).to.equal(true);
}

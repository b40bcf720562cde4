/**
 * The tutorial's chapter map, from one source: every notebook in `notebooks/`, with the
 * question and one-line finding (`headline`) of the chapters that have a chapter module in
 * `CHAPTERS` (computed from their committed results), and the notebook's own title for the
 * others. The site's landing page and README's chapter map are both made from it.
 *
 * @module
 */

import { join } from "node:path";
import type { Chapter } from "relu-lab/chapters";
import { joinText, type Notebook } from "./commit_form.ts";

/** One chapter as the map shows it. */
export interface ChapterEntry {
  /** Notebook name without `.ipynb`, e.g. `"07_remedies"`; the page is `<name>.html`. */
  readonly name: string;
  /** Chapter number (from the notebook name's leading digits). */
  readonly number: number;
  /** Title without the number. */
  readonly title: string;
  /** The question it answers (chapters with a module only). */
  readonly question?: string;
  /** The article's claims it tests (chapters with a module only). */
  readonly claims?: readonly string[];
  /** Its one-line finding in Markdown, from the committed results (chapters with a module only). */
  readonly headline?: string;
}

/**
 * The first Markdown heading of a notebook, without the `#`s.
 *
 * @param nb The notebook.
 * @param fallback Used when there is no heading.
 * @returns The title.
 */
export function notebookTitle(nb: Notebook, fallback: string): string {
  for (const cell of nb.cells) {
    if (cell.cell_type !== "markdown") continue;
    const heading = /^#+\s+(.+)$/m.exec(joinText(cell.source));
    if (heading) return heading[1]!.trim();
  }
  return fallback;
}

/** The number a notebook name starts with (`"07_remedies"` → 7), or NaN. */
export function chapterNumber(name: string): number {
  return Number(/^(\d+)/.exec(name)?.[1] ?? NaN);
}

/**
 * The map's entries: one per notebook in `folder`, in name order, with the headline of each
 * chapter in `chapters` computed from its committed results.
 *
 * @param folder The notebooks' folder.
 * @param chapters The chapter modules (`CHAPTERS`).
 * @returns The entries.
 */
export async function chapterMap(
  folder: string,
  chapters: readonly Chapter[],
): Promise<ChapterEntry[]> {
  const names = [...Deno.readDirSync(folder)]
    .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
    .map((e) => e.name.slice(0, -".ipynb".length))
    .sort();
  const entries: ChapterEntry[] = [];
  for (const name of names) {
    const chapter = chapters.find((c) => c.notebook === name);
    if (chapter === undefined) {
      const nb: Notebook = JSON.parse(await Deno.readTextFile(join(folder, `${name}.ipynb`)));
      const heading = notebookTitle(nb, name);
      entries.push({
        name,
        number: chapterNumber(name),
        // "7. Remedies" as a heading: the number is shown apart.
        title: heading.replace(/^\d+\.\s*/, ""),
      });
      continue;
    }
    const findings = await chapter.findings();
    entries.push({
      name,
      number: chapter.number,
      title: chapter.title,
      question: chapter.question,
      claims: chapter.claims,
      headline: chapter.headline(findings),
    });
  }
  return entries;
}

/**
 * `deno task readme`: rewrites README's chapter map, between the markers
 * `<!-- chapter-map:start -->` and `<!-- chapter-map:end -->`, from the same source as the
 * site's landing page: each chapter's one-line finding (`headline()`, from its committed
 * results) for chapters with a chapter module in `CHAPTERS`; chapters without one keep
 * their line as README has it. The text goes through `deno fmt`, so the file stays formatted.
 * `tests/readme_test.ts` fails when README's map differs from what the headlines give.
 *
 * Usage: `deno task readme` (`--check` only reports whether README is up to date)
 *
 * @module
 */

import { CHAPTERS } from "relu-lab/chapters";
import { type ChapterEntry, chapterMap } from "./notebook/chapter_map.ts";

/** The lines that open and close README's chapter map. */
export const MAP_START = "<!-- chapter-map:start -->";
/** See {@linkcode MAP_START}. */
export const MAP_END = "<!-- chapter-map:end -->";

/**
 * The README lines of a chapter: `- **7. Title** (`07_x.ipynb`): headline.`, or the line
 * README has for a chapter without a headline (a title-only line when it has none).
 */
function _item(entry: ChapterEntry, current: ReadonlyMap<number, string>): string {
  const head = `- **${entry.number}. ${entry.title}** (\`${entry.name}.ipynb\`)`;
  if (entry.headline === undefined) return current.get(entry.number) ?? `${head}.`;
  return _wrap(`${head}: ${entry.headline.replace(/\s*\.?\s*$/, "")}.`);
}

/** Wraps a list item at 100 columns, continuation lines indented by two spaces. */
function _wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const indent = lines.length === 0 ? "" : "  ";
    // A line must not start with what Markdown reads as a list marker ("-", "+", "1.").
    const marker = /^(?:[-+*]|\d+[.)])$/.test(word);
    if (line !== "" && !marker && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push((lines.length === 0 ? "" : "  ") + line);
  return lines.join("\n");
}

/** README's current map: each chapter's item (its lines joined), by chapter number. */
function _currentItems(block: string): Map<number, string> {
  const items = new Map<number, string>();
  for (const item of block.split(/\n(?=- \*\*)/)) {
    const number = /^- \*\*(\d+)\./.exec(item.trim())?.[1];
    if (number !== undefined) items.set(Number(number), item.trim());
  }
  return items;
}

/**
 * README's text with its chapter map made from the entries (not yet formatted).
 *
 * @param readme README's text; it must hold both markers, in order.
 * @param entries The chapter map's entries.
 * @returns The new text.
 */
export function withChapterMap(readme: string, entries: readonly ChapterEntry[]): string {
  const start = readme.indexOf(MAP_START), end = readme.indexOf(MAP_END);
  if (start < 0 || end < start) {
    throw new RangeError(
      `Expected README to hold the lines ${MAP_START} and ${MAP_END}, in that order, around its chapter map`,
    );
  }
  const current = _currentItems(readme.slice(start + MAP_START.length, end));
  const map = entries.map((e) => _item(e, current)).join("\n");
  return `${readme.slice(0, start)}${MAP_START}\n\n${map}\n\n${readme.slice(end)}`;
}

/** Formats Markdown as `deno fmt` does with the project's settings. */
export async function formatMarkdown(text: string): Promise<string> {
  const child = new Deno.Command("deno", {
    args: ["fmt", "--ext=md", "-"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(text));
  await writer.close();
  const out = await child.output();
  if (!out.success) throw new Error(`deno fmt failed: ${new TextDecoder().decode(out.stderr)}`);
  return new TextDecoder().decode(out.stdout);
}

/**
 * Whether README's chapter map is what the entries give.
 *
 * @param path README's path.
 * @param entries The chapter map's entries.
 * @returns `upToDate`, with the expected text.
 */
export async function readmeMapStatus(
  path: string,
  entries: readonly ChapterEntry[],
): Promise<{ upToDate: boolean; expected: string; actual: string }> {
  const actual = await Deno.readTextFile(path);
  const expected = await formatMarkdown(withChapterMap(actual, entries));
  return { upToDate: expected === actual, expected, actual };
}

const _USAGE = "Usage: deno task readme [--check]";

if (import.meta.main) {
  if (Deno.args.includes("--help")) {
    console.log(
      `${_USAGE}\nRewrites README's chapter map from each chapter's headline; --check only reports.`,
    );
    Deno.exit(0);
  }
  const unknown = Deno.args.find((a) => a !== "--check");
  if (unknown !== undefined) {
    console.error(`Unknown argument ${JSON.stringify(unknown)}\n${_USAGE}`);
    Deno.exit(2);
  }
  const entries = await chapterMap("notebooks", CHAPTERS);
  const status = await readmeMapStatus("README.md", entries);
  if (Deno.args.includes("--check")) {
    console.log(
      status.upToDate
        ? "README's chapter map is up to date"
        : "README's chapter map is out of date: run deno task readme",
    );
    Deno.exit(status.upToDate ? 0 : 1);
  }
  if (!status.upToDate) await Deno.writeTextFile("README.md", status.expected);
  const made = entries.filter((e) => e.headline !== undefined).map((e) => e.number);
  console.log(
    `README's chapter map: ${status.upToDate ? "already up to date" : "rewritten"} ` +
      `(headlines of chapters ${made.join(", ") || "none"}; the others keep their line)`,
  );
}

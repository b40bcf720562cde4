// Reading a committed notebook's cells, for tests that hold its prose and its code cells to
// the chapter's findings and to the cell rules. Shared by the tests of chapters 4 and 5.

/** A code cell's source. */
export interface CodeCell {
  /** The whole source. */
  readonly text: string;
  /** Its lines (a trailing empty line not counted). */
  readonly lines: readonly string[];
}

type _Cell = { cell_type: string; source: string | string[] };

function _cells(path: string): _Cell[] {
  return JSON.parse(Deno.readTextFileSync(path)).cells;
}

function _text(cell: _Cell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/** Every code cell of the notebook at `path`, in order. */
export function codeCells(path: string): CodeCell[] {
  return _cells(path).filter((c) => c.cell_type === "code").map((c) => {
    const text = _text(c);
    return { text, lines: text.replace(/\n$/, "").split("\n") };
  });
}

/** Every Markdown cell's text, joined by blank lines. */
export function markdownText(path: string): string {
  return _cells(path).filter((c) => c.cell_type === "markdown").map(_text).join("\n\n");
}

/** The first cell's text with Markdown links reduced to their words and lines joined. */
export function firstCellText(path: string): string {
  return _text(_cells(path)[0]!).replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/\s+/g, " ");
}

/**
 * {@linkcode Table}: rows of results that display as an HTML table in notebooks, Markdown on
 * code hosts and aligned text in terminals. No plotly needed.
 *
 * @module
 */

import { escapeHtml } from "./_html.ts";
import { describe, requireInteger } from "../core/_validate.ts";
import { JUPYTER_DISPLAY, type MimeBundle } from "./kernel.ts";

/** One table cell's value. */
export type Cell = string | number | boolean | null;

/** Options of {@linkcode Table}. */
export interface TableOptions {
  /**
   * Columns to show, in order.
   * @default the keys of the first row
   */
  columns?: string[];
  /**
   * Significant digits of non-integer numbers. A column's numbers share one format: all
   * integers as they are; else every number with the decimals that the column's most
   * demanding number needs for these digits (at most 6); else (tiny values, or a range over
   * five decades) every number in scientific notation.
   * @default 4
   */
  digits?: number;
  /**
   * A caption above the table.
   * @default ""
   */
  caption?: string;
}

/**
 * A table of results; show it as a cell's last value or with `await show(table)`. The numbers
 * of one column share one format.
 *
 * @example
 * ```ts
 * import { Table } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const t = new Table([{ activation: "sigmoid", "max f′": 0.25 }, { activation: "tanh", "max f′": 1 }]);
 * expect(t.text()).to.equal("activation | max f′\nsigmoid    | 0.25  \ntanh       | 1.00  ");
 * expect(t.bundle()["text/markdown"]).to.contain("| sigmoid | 0.25 |");
 * ```
 *
 * @example Tiny and ordinary values in one column: scientific notation for all
 * ```ts
 * import { Table } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const t = new Table([{ ratio: 0.000031 }, { ratio: 2.2e-10 }, { ratio: 1 }], { digits: 2 });
 * expect(t.cells.map((r) => r[0])).to.deep.equal(["3.1e-5", "2.2e-10", "1.0e+0"]);
 * ```
 */
export class Table {
  /** Column names, in order. */
  readonly columns: string[];
  /** Formatted cells, one array per row. */
  readonly cells: string[][];
  /** Caption, possibly empty. */
  readonly caption: string;

  /**
   * Formats rows of values.
   *
   * @param rows Objects mapping column name to value.
   * @param options Columns, digits, caption.
   */
  constructor(rows: readonly Readonly<Record<string, Cell>>[], options: TableOptions = {}) {
    if (!Array.isArray(rows)) {
      throw new TypeError(
        `Expected rows to be an array of row objects, received ${describe(rows)}`,
      );
    }
    const { digits = 4, caption = "" } = options;
    requireInteger("digits", digits, 1);
    this.columns = options.columns ?? Object.keys(rows[0] ?? {});
    const formats = this.columns.map((c) => columnFormat(rows.map((r) => r[c] ?? null), digits));
    this.cells = rows.map((r) => this.columns.map((c, j) => formats[j]!(r[c] ?? null)));
    this.caption = caption;
  }

  /**
   * The table as aligned plain text, for terminals and plain-text frontends.
   *
   * @returns The caption (if any), the header and one line per row, columns padded.
   */
  text(): string {
    const widths = this.columns.map((c, j) =>
      Math.max(c.length, ...this.cells.map((r) => r[j]!.length))
    );
    const line = (r: string[]) => r.map((v, j) => v.padEnd(widths[j]!)).join(" | ");
    return [...(this.caption ? [this.caption] : []), line(this.columns), ...this.cells.map(line)]
      .join("\n");
  }

  /**
   * The MIME bundle a notebook shows: an HTML table, Markdown and aligned text.
   *
   * @returns `text/html`, `text/markdown` and `text/plain` forms.
   */
  bundle(): MimeBundle {
    const row = (r: string[], tag: string) =>
      `<tr>${r.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join("")}</tr>`;
    const html = `<table>${this.caption ? `<caption>${escapeHtml(this.caption)}</caption>` : ""}` +
      `<thead>${row(this.columns, "th")}</thead><tbody>${
        this.cells.map((r) => row(r, "td")).join("")
      }</tbody></table>`;
    const md = (r: string[]) => `| ${r.map((v) => v.replace(/\|/g, "\\|")).join(" | ")} |`;
    const markdown = [
      ...(this.caption ? [`**${this.caption}**`, ""] : []),
      md(this.columns),
      md(this.columns.map(() => "---")),
      ...this.cells.map(md),
    ].join("\n");
    return { "text/html": html, "text/markdown": markdown, "text/plain": this.text() };
  }

  /**
   * Called by the Deno kernel when the table is a cell's value.
   *
   * @returns The MIME bundle.
   */
  [JUPYTER_DISPLAY](): MimeBundle {
    return this.bundle();
  }
}

/**
 * The one format of a table column's numbers, chosen from all of them (see
 * {@linkcode TableOptions.digits}); other values are shown as {@linkcode formatCell} does.
 *
 * @param values The column's values.
 * @param digits Significant digits, an integer ≥ 1.
 * @returns A function that formats one value of the column.
 *
 * @example
 * ```ts
 * import { columnFormat } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const format = columnFormat([0.25, 1, 12.5, "n/a"], 3);
 * expect([0.25, 1, 12.5, "n/a"].map(format)).to.deep.equal(["0.25", "1.00", "12.50", "n/a"]);
 * expect([3, 40].map(columnFormat([3, 40], 3))).to.deep.equal(["3", "40"]);
 * ```
 */
export function columnFormat(values: readonly Cell[], digits: number): (value: Cell) => string {
  requireInteger("digits", digits, 1);
  const numbers = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const plain = (v: Cell) => formatCell(v, digits);
  if (numbers.every((v) => Number.isInteger(v) && Math.abs(v) < 1e15)) return plain;
  const nonzero = numbers.filter((v) => v !== 0).map(Math.abs);
  if (nonzero.length === 0) return plain;
  // Decimals each number needs for `digits` significant digits, trailing zeros dropped.
  const needed = (text: string) => /\.(\d*?)0*(?:e|$)/.exec(text)?.[1]?.length ?? 0;
  const decimals = Math.max(...numbers.map((v) => needed(v.toPrecision(digits))));
  const smallest = Math.min(...nonzero), largest = Math.max(...nonzero);
  if (decimals <= 6 && largest / smallest < 1e5 && largest < 1e9) {
    return (v) => (typeof v === "number" && Number.isFinite(v) ? v.toFixed(decimals) : plain(v));
  }
  const mantissa = Math.max(...numbers.map((v) => needed(v.toExponential(digits - 1))));
  return (
    v,
  ) => (typeof v === "number" && Number.isFinite(v) ? v.toExponential(mantissa) : plain(v));
}

/**
 * Formats one value for a table: integers as-is, other numbers to `digits` significant digits.
 *
 * @param value The value.
 * @param digits Significant digits, an integer ≥ 1.
 * @returns Its text; `null` becomes an empty string.
 *
 * @example
 * ```ts
 * import { formatCell } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect([formatCell(3, 4), formatCell(0.123456, 3), formatCell(null, 4)]).to.deep.equal(["3", "0.123", ""]);
 * ```
 */
export function formatCell(value: Cell, digits: number): string {
  if (value === null) return "";
  if (typeof value === "number" && !Number.isInteger(value) && Number.isFinite(value)) {
    return value.toPrecision(digits);
  }
  return String(value);
}

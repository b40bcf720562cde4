/**
 * {@linkcode Table}: rows of results that display as an HTML table in notebooks, Markdown on
 * code hosts and aligned text in terminals. No plotly needed.
 *
 * @module
 */

import { escapeHtml } from "./_html.ts";
import { requireInteger } from "../core/_validate.ts";
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
   * Significant digits of non-integer numbers.
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
 * A table of results; show it as a cell's last value or with `await show(table)`.
 *
 * @example
 * ```ts
 * import { Table } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const t = new Table([{ activation: "sigmoid", "max f′": 0.25 }, { activation: "tanh", "max f′": 1 }]);
 * expect(t.text()).to.equal("activation | max f′\nsigmoid    | 0.2500\ntanh       | 1     ");
 * expect(t.bundle()["text/markdown"]).to.contain("| sigmoid | 0.2500 |");
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
    const { digits = 4, caption = "" } = options;
    requireInteger("digits", digits, 1);
    this.columns = options.columns ?? Object.keys(rows[0] ?? {});
    this.cells = rows.map((r) => this.columns.map((c) => formatCell(r[c] ?? null, digits)));
    this.caption = caption;
  }

  /** @returns The table as aligned plain text. */
  text(): string {
    const widths = this.columns.map((c, j) =>
      Math.max(c.length, ...this.cells.map((r) => r[j]!.length))
    );
    const line = (r: string[]) => r.map((v, j) => v.padEnd(widths[j]!)).join(" | ");
    return [...(this.caption ? [this.caption] : []), line(this.columns), ...this.cells.map(line)]
      .join("\n");
  }

  /** @returns `text/html`, `text/markdown` and `text/plain` forms. */
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

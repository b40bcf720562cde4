/**
 * The committed form of an executed notebook: what a code host's viewer (no JavaScript)
 * can show, small enough to keep in git, and the same bytes on every run of an unchanged
 * notebook. The plotly.js outputs of the setup cell (and the playground's bundle, chapter 9)
 * are dropped, each figure keeps its static PNG and plain text (the interactive HTML and the
 * plotly JSON come back when the notebook is run), a progress bar keeps its final state
 * without elapsed time, and consecutive stream outputs are merged.
 *
 * @module
 */

import { PLOTLY_CHUNK_MARKER } from "../../lib/display/plotly_source.ts";
import {
  formatProgress,
  PROGRESS_MIME,
  progressHtml,
  type ProgressPayload,
  progressState,
} from "../../lib/display/progress_format.ts";
import { PLAYGROUND_BUNDLE_MARKER } from "../../lib/playground/page.ts";

/** Multi-line text as nbformat stores it: one string, or a list of lines. */
export type NbText = string | string[];

/** One cell output (nbformat 4). */
export interface NbOutput {
  output_type: "stream" | "display_data" | "execute_result" | "error";
  name?: string;
  text?: NbText;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One cell (nbformat 4). */
export interface NbCell {
  cell_type: "code" | "markdown" | "raw";
  source: NbText;
  outputs?: NbOutput[];
  [key: string]: unknown;
}

/** A notebook (nbformat 4). */
export interface Notebook {
  cells: NbCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** Joins nbformat text into one string. */
export function joinText(text: NbText | undefined): string {
  return Array.isArray(text) ? text.join("") : text ?? "";
}

/** Splits text into lines that keep their `\n`, as nbformat writes them. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Converts an executed notebook to its committed form (a new object; the input is kept).
 *
 * @param nb An executed notebook.
 * @returns The notebook without plotly.js, figures as PNG + text, progress bars without
 *   timing, streams merged.
 */
export function committedForm(nb: Notebook): Notebook {
  const cells = nb.cells.map((cell) => {
    if (cell.cell_type !== "code") return cell;
    const outputs: NbOutput[] = [];
    for (const out of cell.outputs ?? []) {
      const html = joinText(out.data?.["text/html"] as NbText | undefined);
      if (html.includes(PLOTLY_CHUNK_MARKER) || html.includes(PLAYGROUND_BUNDLE_MARKER)) continue;
      const last = outputs.at(-1);
      if (
        out.output_type === "stream" && last?.output_type === "stream" && last.name === out.name
      ) {
        last.text = splitLines(joinText(last.text) + joinText(out.text));
      } else if (out.data && PROGRESS_MIME in out.data) {
        // A progress bar without its timing: a second run writes the same bytes.
        const state = progressState(out.data[PROGRESS_MIME] as ProgressPayload);
        outputs.push({
          ...structuredClone(out),
          data: { "text/html": progressHtml(state), "text/plain": formatProgress(state) },
        });
      } else if (out.data && "application/vnd.plotly.v1+json" in out.data) {
        const { "image/png": png, "text/plain": plain } = out.data;
        outputs.push({
          ...out,
          data: png === undefined
            ? { "text/plain": plain }
            : { "image/png": png, "text/plain": plain },
        });
      } else {
        outputs.push(structuredClone(out));
      }
    }
    return { ...cell, outputs };
  });
  return { ...nb, cells };
}

/**
 * The shape of each code cell's outputs, for comparing two runs: output type plus stream
 * name or sorted MIME types, e.g. `"display_data image/png text/plain"`.
 *
 * @param nb A notebook in committed form.
 * @returns One list per code cell.
 */
export function outputShape(nb: Notebook): string[][] {
  return nb.cells.filter((c) => c.cell_type === "code").map((c) =>
    (c.outputs ?? []).map((o) =>
      [
        o.output_type,
        ...(o.output_type === "stream" ? [o.name ?? ""] : Object.keys(o.data ?? {}).sort()),
      ].join(" ")
    )
  );
}

/**
 * Serialises a notebook as Jupyter does (keys sorted, one-space indent, trailing newline),
 * so saving from Jupyter and refreshing with `deno task tutorial` give the same bytes.
 *
 * @param nb The notebook.
 * @returns The file's text.
 */
export function stringifyNotebook(nb: Notebook): string {
  return JSON.stringify(_sortKeys(nb), null, 1) + "\n";
}

/** A deep copy of a JSON value with every object's keys in sorted order. */
function _sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(_sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, _sortKeys(v)]));
}

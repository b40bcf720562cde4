/**
 * The tutorial's figure and table rules, checked on pages as Chromium draws them: what each
 * drawn figure shows is read in the page ({@linkcode readPageFacts}: plotly's resolved traces
 * and axes, the drawn tick labels, the boxes of every text, legend and title; every table's
 * cells), and the rules are applied to those facts ({@linkcode ruleViolations}):
 *
 * - one colour per activation across the tutorial (each trace named after an activation has
 *   its house colour, `activationColor`);
 * - every cartesian axis has a title, unless another axis of its column (x) or row (y) has one
 *   (a grid of small panels that shares titled outer axes);
 * - log axes show powers of ten (10⁻⁶), never SI prefixes or bare digits;
 * - text labels, legends, annotations, titles and controls do not overlap;
 * - the numbers of one table column share one format.
 *
 * @module
 */

import type { Page } from "puppeteer-core";
import { activationColor, activationFamily } from "../../lib/plot/palette.ts";
import { FIGURE_CLASS } from "../../lib/display/html.ts";

/** A box on the page, in CSS pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What one drawn figure shows. */
export interface FigureFacts {
  /** The figure's caption on the page (or its title), to name it in a report. */
  readonly name: string;
  /** Its traces as plotly resolved them. */
  readonly traces: readonly {
    readonly name: string;
    readonly type: string;
    /** The drawn colour (marker's, else line's); one per point for bars and markers. */
    readonly color: string | readonly string[] | undefined;
    /** Category names of a bar trace (x), for per-bar colours. */
    readonly x?: readonly unknown[];
    readonly visible: boolean;
  }[];
  /** Its cartesian axes. */
  readonly axes: readonly {
    readonly id: string;
    readonly title: string;
    readonly type: string;
    readonly domain: readonly [number, number];
    /** Tick labels as drawn. */
    readonly ticks: readonly string[];
    /** Whether the axis is drawn at all (a line, ticks or tick labels). */
    readonly drawn: boolean;
    /** Each labelled tick's position (log₁₀ of its value on a log axis) and label. */
    readonly placed?: readonly (readonly [number, string])[];
  }[];
  /** Texts that must not overlap: point labels, annotations, legend, title, controls. */
  readonly boxes: readonly { readonly what: string; readonly box: Box }[];
}

/** One table of a page: its header and its body cells as text. */
export interface TableFacts {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Everything the rules look at on one page. */
export interface PageFacts {
  readonly figures: readonly FigureFacts[];
  readonly tables: readonly TableFacts[];
}

/**
 * Reads the facts of every drawn figure and every table of a page.
 *
 * @param page A page whose figures plotly has drawn.
 * @returns The facts.
 */
export function readPageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate((figureClass: string) => {
    // Runs in the page. Deno's types have no DOM and plotly's internals are untyped.
    // deno-lint-ignore no-explicit-any
    const doc = (globalThis as any).document;
    // deno-lint-ignore no-explicit-any
    const rect = (el: any) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // deno-lint-ignore no-explicit-any
    const figures = Array.from(doc.querySelectorAll(`.${figureClass}`)).map((div: any) => {
      const full = div._fullLayout ?? {};
      // The drawn texts, not plotly's full layout (which holds "Click to enter ..." placeholders).
      const drawnText = (selector: string) =>
        String(div.querySelector(selector)?.textContent ?? "").trim();
      const caption = div.closest("figure")?.querySelector("figcaption")?.textContent ??
        (drawnText("g.g-gtitle text") || "untitled figure");
      // deno-lint-ignore no-explicit-any
      const traces = (div._fullData ?? []).map((t: any) => ({
        name: String(t.name ?? ""),
        type: String(t.type),
        color: t.type === "heatmap" || t.type === "contour"
          ? undefined
          : (t.marker?.color ?? t.line?.color),
        ...(t.type === "bar" ? { x: Array.from(t.x ?? []) } : {}),
        visible: t.visible === true,
      }));
      const axes = Object.keys(full).filter((k) => /^[xy]axis\d*$/.test(k)).map((k) => {
        const ax = full[k];
        const id = String(ax._id);
        const ticks = Array.from(div.querySelectorAll(`g.${id}tick text`))
          // deno-lint-ignore no-explicit-any
          .map((t: any) => String(t.textContent ?? "").trim()).filter((t: string) => t !== "");
        return {
          id,
          title: drawnText(`g.g-${id}title text`),
          type: String(ax.type),
          domain: [ax.domain[0], ax.domain[1]] as [number, number],
          ticks,
          drawn: ax.visible !== false && (ticks.length > 0 || ax.showline === true),
          // The ticks plotly computed for the drawing: where each label sits.
          placed: (ax._vals ?? []).filter((v: { text?: string }) => v.text)
            .map((v: { x: number; text: string }) => [
              v.x,
              String(v.text).replace(/<[^>]*>/g, ""),
            ]),
        };
      });
      const boxes: { what: string; box: ReturnType<typeof rect> }[] = [];
      const add = (what: string, selector: string) => {
        for (const el of Array.from(div.querySelectorAll(selector))) {
          // deno-lint-ignore no-explicit-any
          const e = el as any;
          const r = rect(e);
          if (r.right - r.left > 0.5 && r.bottom - r.top > 0.5) {
            boxes.push({
              what: `${what} "${String(e.textContent ?? "").trim().slice(0, 40)}"`,
              box: r,
            });
          }
        }
      };
      add("label", "g.textpoint text");
      add("annotation", "g.annotation-text-g text");
      add("title", "g.g-gtitle text");
      add("legend", "g.legend rect.bg");
      add("controls", "g.updatemenu-container g.updatemenu-button");
      add("slider", "g.slider-container text.slider-currentvalue");
      return { name: String(caption).trim(), traces, axes, boxes };
    });
    // deno-lint-ignore no-explicit-any
    const tables = Array.from(doc.querySelectorAll("table")).map((table: any) => ({
      caption: String(table.querySelector("caption")?.textContent ?? "").trim(),
      // deno-lint-ignore no-explicit-any
      header: Array.from(table.querySelectorAll("thead th")).map((c: any) =>
        String(c.textContent).trim()
      ),
      // deno-lint-ignore no-explicit-any
      rows: Array.from(table.querySelectorAll("tbody tr")).map((r: any) =>
        // deno-lint-ignore no-explicit-any
        Array.from(r.querySelectorAll("td, th")).map((c: any) => String(c.textContent).trim())
      ),
    }));
    return { figures, tables };
  }, FIGURE_CLASS);
}

/** A power of ten as the log axes write it: 10⁻⁶, 10⁰, 2×10⁻¹. */
const _POWER = /^(?:[1-9]×)?10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

/** The value a power-of-ten label states ("2×10⁻¹" → 0.2), or `undefined` for other texts. */
export function powerValue(text: string): number | undefined {
  const m = /^(?:([1-9])×)?10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text.trim());
  if (!m) return undefined;
  const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  const exponent = Number(
    [...m[2]!].map((c) => (c === "⁻" ? "-" : String(digits.indexOf(c)))).join(""),
  );
  return Number(m[1] ?? 1) * 10 ** exponent;
}

/** Normalises a CSS colour (`#RRGGBB`, `#rgb`, `rgb(...)`, `rgba(...)`) to `#rrggbb`. */
export function normalColor(color: string): string {
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(c);
  if (rgb) {
    return "#" + rgb.slice(1, 4).map((v) => Number(v).toString(16).padStart(2, "0")).join("");
  }
  return c;
}

/** The format of each number in a cell: `i` integer, `f2` two decimals, `e1` scientific. */
export function numberFormats(cell: string): string[] {
  return [...cell.matchAll(/(?<![\w.])[-+−]?(\d+)(?:\.(\d+))?(?:e([-+]?\d+))?(?![\w.])/gi)]
    .map((m) =>
      m[3] !== undefined ? `e${m[2]?.length ?? 0}` : m[2] === undefined ? "i" : `f${m[2].length}`
    );
}

/** Whether a cell is a number with at most an interval, a unit and counts ("72.3% (63.5% to 81.0%)"). */
export function isNumericCell(cell: string): boolean {
  const NUMBER = /(?<![\w.])[-+−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\w.])/gi;
  if (!NUMBER.test(cell)) return false;
  const rest = cell.replace(NUMBER, "").replace(
    /%|\bpoints?\b|\bseeds?\b|\bruns?\b|\bof\b|\bto\b|[()±+\-−×,/\s]/gi,
    "",
  );
  return rest === "";
}

function _overlap(a: Box, b: Box): boolean {
  // A pixel of contact is not an overlap.
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 &&
    b.top < a.bottom - 1;
}

/**
 * The rules each figure and table of a page breaks, one line per problem.
 *
 * @param page The page's name, to start each line.
 * @param facts What {@linkcode readPageFacts} read.
 * @returns The problems; empty when the page keeps every rule.
 */
export function ruleViolations(page: string, facts: PageFacts): string[] {
  const problems: string[] = [];
  for (const figure of facts.figures) {
    const at = `${page}, ${figure.name}`;
    // One colour per activation.
    for (const t of figure.traces) {
      if (t.color === undefined) continue;
      if (t.type === "bar" && Array.isArray(t.color)) {
        t.x?.forEach((name, i) => {
          const want = activationColor(String(name));
          const got = (t.color as readonly string[])[i];
          if (want && got && normalColor(got) !== normalColor(want)) {
            problems.push(
              `${at}: bar "${name}" is ${got}, not ${activationFamily(String(name))}'s ${want}`,
            );
          }
        });
        continue;
      }
      const want = activationColor(t.name);
      const got = typeof t.color === "string" ? t.color : undefined;
      if (want && got && normalColor(got) !== normalColor(want)) {
        problems.push(
          `${at}: "${t.name}" is drawn in ${got}, not ${activationFamily(t.name)}'s ${want}`,
        );
      }
    }
    // Axis titles, and powers of ten on log axes.
    const drawn = figure.axes.filter((a) => a.drawn);
    for (const a of drawn) {
      const letter = a.id[0];
      const shares = drawn.some((b) =>
        b !== a && b.id[0] === letter && b.title !== "" &&
        b.domain[0] < a.domain[1] && a.domain[0] < b.domain[1]
      );
      if (a.title === "" && !shares) problems.push(`${at}: axis ${a.id} has no title`);
      if (a.type === "log") {
        const bad = a.ticks.filter((t) => !_POWER.test(t));
        if (bad.length > 0) {
          problems.push(
            `${at}: log axis ${a.id} labels ${bad.slice(0, 4).join(", ")} (not powers of ten)`,
          );
        }
        // A label states the value where it sits.
        for (const [position, text] of a.placed ?? []) {
          const value = powerValue(text);
          if (value !== undefined && Math.abs(Math.log10(value) - position) > 1e-6) {
            problems.push(
              `${at}: log axis ${a.id} labels ${text} at ${(10 ** position).toPrecision(3)}`,
            );
          }
        }
      }
    }
    // Nothing written over anything else.
    const boxes = figure.boxes;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (_overlap(boxes[i]!.box, boxes[j]!.box)) {
          problems.push(`${at}: ${boxes[i]!.what} overlaps ${boxes[j]!.what}`);
        }
      }
    }
  }
  for (const table of facts.tables) {
    const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      const cells = table.rows.map((r) => r[c] ?? "").filter((cell) => cell !== "");
      // Only columns of numbers: a column of names or prose may hold numbers of any kind.
      if (cells.length < 2 || !cells.every(isNumericCell)) continue;
      const formats = new Map<string, string>();
      for (const cell of cells) {
        const f = numberFormats(cell);
        if (f.length > 0 && !formats.has(f.join(" "))) formats.set(f.join(" "), cell);
      }
      if (formats.size > 1) {
        problems.push(
          `${page}, table "${table.caption || table.header.join(" | ").slice(0, 50)}": column ` +
            `"${table.header[c] ?? c}" mixes number formats (${
              [...formats.values()].slice(0, 3).join(" / ")
            })`,
        );
      }
    }
  }
  return problems;
}

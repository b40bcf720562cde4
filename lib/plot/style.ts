/**
 * The house look of figures: a plain layout whose title, legend and plot area never run into
 * each other (long titles wrap, the top margin grows with the legend's rows), titled axes,
 * and axis ids for side-by-side subplots. Colours live in `palette.ts`.
 *
 * @module
 */

import { describe, requireInteger } from "../core/_validate.ts";
import type { Axis, Layout, PlotOptions } from "../display/types.ts";

/** Width of the static PNG every figure carries; layouts are estimated for it. */
export const FIGURE_WIDTH = 800;

/** Title font size, and the characters of a title line at that size. */
const _TITLE_SIZE = 16;
const _TITLE_CHARS = Math.floor((FIGURE_WIDTH - 40) / (0.55 * _TITLE_SIZE));
/** Characters of an axis title's line. */
const _AXIS_TITLE_CHARS = 48;
/** Height of one legend row, and room above and below the title. */
const _LEGEND_ROW = 22;

/**
 * Breaks text into lines of at most `width` characters at spaces, joined by `<br>` (plotly's
 * line break).
 *
 * @param text The text; existing `<br>`s are kept.
 * @param width Characters per line.
 * @returns The text with line breaks.
 *
 * @example
 * ```ts
 * import { wrapText } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(wrapText("dead units vs learning rate", 12)).to.equal("dead units<br>vs learning<br>rate");
 * ```
 */
export function wrapText(text: string, width: number): string {
  return text.split("<br>").map((paragraph) => {
    const lines: string[] = [];
    for (const word of paragraph.split(" ")) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= width) {
        lines[lines.length - 1] = `${last} ${word}`;
      } else lines.push(word);
    }
    return lines.join("<br>");
  }).join("<br>");
}

/**
 * The height a house title of `lines` lines takes at the top of a figure, in pixels (its
 * padding included): what a page that shows the title as a caption instead can take away.
 *
 * @param lines Lines of the title (`<br>`s + 1).
 * @returns Pixels.
 *
 * @example
 * ```ts
 * import { titleHeight } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(titleHeight(2)).to.be.above(titleHeight(1));
 * ```
 */
export function titleHeight(lines: number): number {
  return 14 + lines * (_TITLE_SIZE + 4);
}

/**
 * How many rows a horizontal legend with these entries takes across a figure.
 *
 * @param entries The legend's entry names.
 * @param width The width available, in pixels.
 * @returns At least 1.
 *
 * @example
 * ```ts
 * import { legendRows } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(legendRows(["relu", "tanh"])).to.equal(1);
 * expect(legendRows(Array.from({ length: 12 }, (_, i) => `remedy number ${i}`))).to.be.above(1);
 * ```
 */
export function legendRows(entries: readonly string[], width = FIGURE_WIDTH - 40): number {
  let rows = 1, used = 0;
  for (const name of entries) {
    const w = 46 + 7 * String(name).replace(/<[^>]*>/g, "").length;
    if (used > 0 && used + w > width) rows++, used = 0;
    used += w;
  }
  return rows;
}

/**
 * The layout every builder starts from: the title at the top (wrapped to the figure's
 * width), a horizontal legend under it, then the plot; white background.
 *
 * @param options The caller's title and height.
 * @param defaultTitle Title used when the caller gives none.
 * @param legend `false` for no legend (plotly's validator fails on a legend setting in a
 *   figure that shows none), or the legend's entry names (their number of rows sets the top
 *   margin); `true` for a legend of one row.
 * @param place Legend under the title (`"top"`) or at the bottom of the figure (`"below"`,
 *   which adds its rows to the default height).
 * @returns A fresh layout to extend.
 *
 * @example
 * ```ts
 * import { baseLayout } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(baseLayout({ height: 300 }, "Loss").title?.text).to.equal("Loss");
 * expect(baseLayout({}, "Bars", false)).to.not.have.property("legend");
 * const top = (names: string[]) => (baseLayout({}, "Remedies", names).margin as { t: number }).t;
 * expect(top(Array.from({ length: 12 }, (_, i) => `remedy ${i}`))).to.be.above(top(["relu"]));
 * ```
 */
export function baseLayout(
  options: PlotOptions,
  defaultTitle: string,
  legend: boolean | readonly string[] = true,
  place: "top" | "below" = "top",
): Layout {
  requirePlotOptions(options);
  const text = wrapText(options.title ?? defaultTitle, _TITLE_CHARS);
  const titleLines = text.split("<br>").length;
  const rows = legend === false ? 0 : legend === true ? 1 : legendRows(legend);
  const below = place === "below" && rows > 0;
  const height = options.height ?? 420 + (below ? rows * _LEGEND_ROW : 0);
  const titleBottom = titleHeight(titleLines);
  const top = titleBottom + (below ? 0 : rows * _LEGEND_ROW) + 18;
  return {
    title: {
      text,
      font: { size: _TITLE_SIZE },
      x: 0.5,
      xanchor: "center",
      yref: "container",
      y: 1,
      yanchor: "top",
      // A pad in pixels keeps a title of several lines whole (without one, plotly clips its top).
      pad: { t: 12 },
    },
    height,
    plot_bgcolor: "white",
    margin: { t: Math.max(60, top), r: 20, b: 60 + (below ? rows * _LEGEND_ROW + 14 : 0), l: 70 },
    showlegend: legend !== false,
    ...(legend !== false && {
      legend: below
        ? {
          orientation: "h",
          x: 0,
          xanchor: "left",
          yref: "container",
          y: 8 / height,
          yanchor: "bottom",
        }
        : {
          orientation: "h",
          x: 0,
          xanchor: "left",
          yref: "container",
          y: 1 - (titleBottom + 4) / height,
          yanchor: "top",
        },
    }),
  };
}

/**
 * Checks the options every builder takes: `options` an object, `title` a string, `height` a
 * whole number of pixels (at least 100).
 *
 * @param options The caller's options.
 *
 * @example
 * ```ts
 * import { requirePlotOptions } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(() => requirePlotOptions({ height: 50 })).to.throw(RangeError, /height/);
 * ```
 */
export function requirePlotOptions(options: PlotOptions): void {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`Expected options to be an object, received ${describe(options)}`);
  }
  if (options.title !== undefined && typeof options.title !== "string") {
    throw new TypeError(`Expected title to be a string, received ${describe(options.title)}`);
  }
  if (options.height !== undefined) requireInteger("height", options.height, 100);
}

/**
 * A layout at another height, with its title and legend kept at the same distance in pixels
 * from the top (or, for a legend at the bottom, from the bottom) of the figure.
 *
 * @param layout A layout from {@linkcode baseLayout} (or built on it).
 * @param height The new height in pixels.
 * @returns A new layout.
 *
 * @example
 * ```ts
 * import { baseLayout, withHeight } from "./style.ts";
 * import { expect } from "chai";
 *
 * const taller = withHeight(baseLayout({ height: 400 }, "Title"), 800);
 * expect((1 - (taller.legend as { y: number }).y) * 800).to.be.closeTo(38, 1e-9);
 * ```
 */
export function withHeight(layout: Layout, height: number): Layout {
  const old = layout.height ?? 420;
  const move = (part: unknown) => {
    const p = part as { yref?: string; y?: number; yanchor?: string } | undefined;
    if (p?.yref !== "container" || typeof p.y !== "number") return part;
    const y = p.yanchor === "bottom" ? (p.y * old) / height : 1 - ((1 - p.y) * old) / height;
    return { ...p, y };
  };
  const out: Layout = { ...layout, height };
  if (layout.title) out.title = move(layout.title) as NonNullable<Layout["title"]>;
  if (layout.legend !== undefined) out.legend = move(layout.legend);
  return out;
}

/**
 * An axis with a title (wrapped after 48 characters) and optional range, in the house style
 * (light grid, zero line, room made for long tick labels).
 *
 * @param title Axis title.
 * @param range Fixed `[min, max]`, or autoscaled when absent.
 * @returns The axis.
 *
 * @example
 * ```ts
 * import { axis } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(axis("epoch", [0, 10])).to.include({ gridcolor: "#eee" });
 * ```
 */
export function axis(title: string, range?: [number, number]): Axis {
  // Long titles wrap, so that they fit a plot a phone's width wide.
  return {
    title: { text: wrapText(title, _AXIS_TITLE_CHARS) },
    gridcolor: "#eee",
    zerolinecolor: "#bbb",
    automargin: true,
    ...(range ? { range } : {}),
  };
}

/**
 * Plotly's names for the k-th subplot's axes: `x`/`y` for k = 0, then `x2`/`y2`, ...
 *
 * @param k Subplot index from 0.
 * @returns The trace references and the layout keys of that subplot's axes.
 *
 * @example
 * ```ts
 * import { subplotAxes } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(subplotAxes(1)).to.deep.equal({ x: "x2", y: "y2", xKey: "xaxis2", yKey: "yaxis2" });
 * ```
 */
export function subplotAxes(k: number): { x: string; y: string; xKey: string; yKey: string } {
  const n = k === 0 ? "" : String(k + 1);
  return { x: `x${n}`, y: `y${n}`, xKey: `xaxis${n}`, yKey: `yaxis${n}` };
}

/**
 * Figures on the site's pages: each one a numbered `<figure>` whose caption is the figure's
 * title ("Figure 7.2. Remedies: units knocked out vs test accuracy"), the title taken out of
 * the interactive plot (the caption says it), and the static PNG the figure carries kept
 * beside it for print and for readers without scripts.
 *
 * @module
 */

import { figureHtml } from "../../lib/display/html.ts";
import type { FigureSpec, Layout } from "../../lib/display/types.ts";
import { titleHeight } from "../../lib/plot/style.ts";
import { escapeHtml } from "./inline_markdown.ts";

/** A figure's title as plain text: line breaks as spaces, tags removed. */
export function captionText(spec: FigureSpec): string {
  const text = spec.layout?.title?.text ?? "";
  return text.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
}

/**
 * The figure without its title. A house title (see `baseLayout`) leaves no gap: the band it
 * took comes off the top margin and the height, and whatever sits in the top margin (the
 * legend) moves up with it. Other titles are emptied in place.
 *
 * @param spec The figure.
 * @returns A new spec.
 */
export function withoutTitle(spec: FigureSpec): FigureSpec {
  const layout: Layout = { ...spec.layout, title: { text: "" } };
  const title = spec.layout.title as { text?: string; pad?: { t?: number }; yref?: string };
  const house = title?.yref === "container" && title.pad?.t === 12 && title.text;
  const margin = spec.layout.margin as { t?: number } | undefined;
  if (!house || typeof margin?.t !== "number") return { ...spec, layout };
  const height = spec.layout.height ?? 420;
  const legend = spec.layout.legend as { yref?: string; y?: number; yanchor?: string } | undefined;
  // A legend at the top keeps clear of plotly's tool bar, which sits in the top 24 px.
  const toolbar = legend?.yref === "container" && legend.yanchor !== "bottom" ? 24 : 0;
  const band = Math.max(
    0,
    Math.min(titleHeight(title.text!.split(/<br\s*\/?>/i).length) - 6 - toolbar, margin.t - 10),
  );
  layout.height = height - band;
  layout.margin = { ...margin, t: margin.t - band };
  if (legend?.yref === "container" && typeof legend.y === "number") {
    layout.legend = {
      ...legend,
      y: legend.yanchor === "bottom"
        ? (legend.y * height) / (height - band)
        : 1 - Math.max(4, (1 - legend.y) * height - band) / (height - band),
    };
  }
  return { ...spec, layout };
}

/**
 * The HTML of one figure on a page: the interactive plot (its title moved to the caption),
 * the static PNG for print and for pages read without scripts, and the numbered caption.
 *
 * @param spec The figure (its plotly JSON).
 * @param png Its static PNG, base64, if it has one.
 * @param label Its number, e.g. `"7.2"`; the element id is `figure-7-2`.
 * @returns A `<figure>` element.
 */
export function siteFigure(spec: FigureSpec, png: string | undefined, label: string): string {
  const id = `figure-${label.replace(/\./g, "-")}`;
  const caption = captionText(spec);
  const still = png === undefined
    ? ""
    : `<img class="rl-still" alt="${escapeHtml(caption || `Figure ${label}`)}" ` +
      `src="data:image/png;base64,${png}">`;
  return `<figure class="rl-figure" id="${id}">` +
    `<div class="rl-plot">${figureHtml(withoutTitle(spec))}</div>${still}` +
    `<figcaption><a href="#${id}">Figure ${label}.</a> ${escapeHtml(caption)}</figcaption>` +
    `</figure>`;
}

/**
 * Side by side: several one-panel figures (say, one decision boundary per activation)
 * become one figure with a grid of panels, so they can be compared and animated together.
 *
 * @module
 */

import { describe, requireInteger } from "../core/_validate.ts";
import { Figure } from "../display/figure.ts";
import { requireNonEmpty } from "./_marks.ts";
import { baseLayout, FIGURE_WIDTH, subplotAxes, wrapText } from "./style.ts";
import type { Layout, PlotOptions, Trace } from "../display/types.ts";

/** Options of {@linkcode panelGrid}. */
export interface PanelGridOptions extends PlotOptions {
  /**
   * Panels per row.
   * @default the number of figures, at most 4
   */
  columns?: number;
  /**
   * One title per panel.
   * @default each figure's title
   */
  titles?: readonly string[];
  /**
   * Height of one row of panels in pixels (ignored when `height` is given).
   * @default 300, or for panels drawn to scale (decision boundaries) the height their width gives
   */
  rowHeight?: number;
}

/**
 * The default height of a row: 300 px, or for panels drawn to scale (`scaleanchor`) the height
 * that their width gives, so that square maps leave no empty band above and below.
 */
function _rowHeight(first: Figure, columns: number, xgap: number, ygap: number): number {
  const { xaxis, yaxis } = first.layout;
  if (yaxis?.scaleanchor === undefined) return 300;
  const span = (r: unknown) => (Array.isArray(r) && r.length === 2 ? Math.abs(r[1] - r[0]) : NaN);
  const ratio = span(yaxis.range) / span(xaxis?.range);
  const width = ((FIGURE_WIDTH - 90) / columns) * (1 - xgap);
  const panel = width * (Number.isFinite(ratio) && ratio > 0 ? ratio : 1);
  return Math.max(150, Math.round(panel / (1 - ygap) + 24));
}

/** Traces whose colour bar would repeat in every panel. */
const _SCALED = new Set(["heatmap", "contour"]);

/**
 * Puts one-panel figures into a grid of panels. Each figure's traces move to its panel's
 * axes, its `xaxis`/`yaxis` settings go with them (a `scaleanchor` follows to the panel's
 * own x axis; axis titles are kept along the bottom and left edges only), and its title
 * becomes the panel's caption. Colour bars are shown once, from the first panel; each legend
 * entry once, from the first panel that has it, and it toggles that trace in every panel.
 * Other layout fields of the figures (shapes, annotations) are not carried over.
 *
 * @param figures One-panel figures without animation frames, at least one.
 * @param options Columns, panel titles, row height, title, height.
 * @returns One figure with a panel per input figure.
 *
 * @example Two bar charts side by side
 * ```ts
 * import { Figure, panelGrid } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const bar = (title: string) =>
 *   new Figure({ data: [{ type: "bar", name: "dead", x: ["a"], y: [1] }], layout: { title: { text: title } } });
 * const fig = panelGrid([bar("relu"), bar("tanh")]);
 * expect(fig.data.map((t) => [t.xaxis, t.yaxis])).to.deep.equal([["x", "y"], ["x2", "y2"]]);
 * expect(fig.layout.grid).to.deep.include({ rows: 1, columns: 2 });
 * ```
 */
export function panelGrid(figures: readonly Figure[], options: PanelGridOptions = {}): Figure {
  requireNonEmpty("figures", figures, "figure", "figures");
  figures.forEach((f, k) => {
    if (!(f instanceof Figure)) {
      throw new TypeError(`Expected figures[${k}] to be a Figure, received ${describe(f)}`);
    }
  });
  const { columns = Math.min(4, figures.length) } = options;
  requireInteger("columns", columns, 1);
  // Maps drawn to scale (decision boundaries) on equal ranges share their tick labels along
  // the outer edges; other panels keep their own, with room between them.
  const sameRange = (key: "xaxis" | "yaxis") => {
    const ranges = figures.map((f) => JSON.stringify(f.layout[key]?.range ?? null));
    return ranges[0] !== "null" && ranges.every((r) => r === ranges[0]);
  };
  const shareX = sameRange("xaxis"), shareY = sameRange("yaxis");
  const xgap = shareY || columns < 3 ? 0.1 : 0.2, ygap = 0.3;
  const { rowHeight = _rowHeight(figures[0]!, columns, xgap, ygap) } = options;
  requireInteger("rowHeight", rowHeight, 1);
  const titles = options.titles ?? figures.map((f) => f.title);
  if (!Array.isArray(titles) || titles.length !== figures.length) {
    throw new RangeError(
      `Expected titles to have one entry per figure (${figures.length}), received ${
        describe(titles)
      }`,
    );
  }
  // A legend entry for each group, from the first panel that has it.
  const seen = new Set<string>();
  const shown = figures.map((figure) =>
    figure.data.map((trace) => {
      const group = String(trace.legendgroup ?? trace.name ?? "");
      const show = trace.showlegend !== false && figure.layout.showlegend !== false &&
        trace.name !== undefined && !seen.has(group);
      if (show) seen.add(group);
      return show;
    })
  );
  const entries = figures.flatMap((f, k) =>
    f.data.filter((_, t) => shown[k]![t]).map((t) => String(t.name))
  );
  const rows = Math.ceil(figures.length / columns);
  const captionRoom = 26;
  const base = baseLayout(
    { height: 150 + rowHeight * rows, ...options },
    "Side by side",
    entries.length > 0 && entries,
  );
  const margin = base.margin as { t: number; r: number; b: number; l: number };
  const layout: Layout = {
    ...base,
    grid: { rows, columns, pattern: "independent", xgap, ygap },
    margin: { ...margin, t: margin.t + captionRoom },
  };
  const annotations: object[] = [];
  const data: Trace[] = figures.flatMap((figure, k) => {
    if (figure.frames.length > 0) {
      throw new RangeError(`Expected figures[${k}] to have no animation frames; animate the grid`);
    }
    const axes = subplotAxes(k);
    const xaxis = { ...figure.layout.xaxis }, yaxis = { ...figure.layout.yaxis };
    if (yaxis.scaleanchor !== undefined) {
      // Equal scales shrink the panel rather than stretch an axis beyond its range.
      yaxis.scaleanchor = axes.x;
      xaxis.constrain = yaxis.constrain = "domain";
    }
    // Axis titles only along the grid's bottom and left edges.
    const inner = { x: k + columns < figures.length, y: k % columns > 0 };
    if (inner.x) delete xaxis.title;
    if (inner.y) delete yaxis.title;
    if (inner.x && shareX) xaxis.showticklabels = false;
    if (inner.y && shareY) yaxis.showticklabels = false;
    layout[axes.xKey] = xaxis;
    layout[axes.yKey] = yaxis;
    annotations.push({
      text: wrapText(String(titles[k]), Math.floor(90 / columns)),
      showarrow: false,
      xref: `${axes.x} domain`,
      yref: `${axes.y} domain`,
      x: 0.5,
      y: 1,
      yanchor: "bottom",
      yshift: 6,
      font: { size: 13 },
    });
    return figure.data.map((trace, t) => {
      if ((trace.xaxis ?? "x") !== "x" || (trace.yaxis ?? "y") !== "y") {
        throw new RangeError(
          `Expected figures[${k}] to have one panel, received trace ${t} on ${trace.xaxis}/${trace.yaxis}`,
        );
      }
      return {
        ...trace,
        xaxis: axes.x,
        yaxis: axes.y,
        legendgroup: trace.legendgroup ?? trace.name,
        ...(!shown[k]![t] && { showlegend: false }),
        ...(k > 0 && _SCALED.has(trace.type) && { showscale: false }),
      };
    });
  });
  layout.annotations = annotations;
  return new Figure({ data, layout });
}

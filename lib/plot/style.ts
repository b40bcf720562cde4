/**
 * The house look of figures: one colour per activation across every chapter, a plain
 * layout, and axis ids for side-by-side subplots.
 *
 * @module
 */

import type { Axis, Layout, PlotOptions } from "../display/types.ts";

const _ACTIVATION_COLORS: Readonly<Record<string, string>> = {
  relu: "#1f77b4",
  leaky_relu: "#d62728",
  prelu: "#9467bd",
  rrelu: "#8c564b",
  elu: "#2ca02c",
  selu: "#17becf",
  gelu: "#ff7f0e",
  silu: "#e377c2",
  softplus: "#bcbd22",
  sigmoid: "#7f7f7f",
  tanh: "#393b79",
  identity: "#aaaaaa",
};

const _CYCLE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"];

/**
 * The colour of a series: fixed per activation family (by the name's first word, so
 * `"leaky_relu(0.1)"` and `"Leaky ReLU"` match), else from a cycle by position.
 *
 * @param name Series name.
 * @param index Position of the series, used when the name is not an activation.
 * @returns A CSS colour.
 *
 * @example
 * ```ts
 * import { seriesColor } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(seriesColor("leaky_relu(0.1)", 0)).to.equal(seriesColor("Leaky ReLU", 5));
 * expect(seriesColor("run A", 1)).to.not.equal(seriesColor("run B", 2));
 * ```
 */
export function seriesColor(name: string, index: number): string {
  const family = /^[a-z_ ]+/.exec(name.toLowerCase())?.[0].trim().replace(/ /g, "_") ?? "";
  return _ACTIVATION_COLORS[family] ??
    _CYCLE[((index % _CYCLE.length) + _CYCLE.length) % _CYCLE.length]!;
}

/**
 * The layout every builder starts from: title, height, white background, legend on top.
 *
 * @param options The caller's title and height.
 * @param defaultTitle Title used when the caller gives none.
 * @param legend Whether the figure has a legend (plotly's validator fails on a legend
 *   setting in a figure that shows none).
 * @returns A fresh layout to extend.
 *
 * @example
 * ```ts
 * import { baseLayout } from "./style.ts";
 * import { expect } from "chai";
 *
 * expect(baseLayout({ height: 300 }, "Loss").title?.text).to.equal("Loss");
 * expect(baseLayout({}, "Bars", false)).to.not.have.property("legend");
 * ```
 */
export function baseLayout(options: PlotOptions, defaultTitle: string, legend = true): Layout {
  return {
    title: { text: options.title ?? defaultTitle },
    height: options.height ?? 420,
    plot_bgcolor: "white",
    margin: { t: 90, r: 20, b: 50, l: 60 },
    showlegend: legend,
    ...(legend ? { legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" } } : {}),
  };
}

/**
 * An axis with a title and optional range, in the house style (light grid, zero line).
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
  return {
    title: { text: title },
    gridcolor: "#eee",
    zerolinecolor: "#bbb",
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

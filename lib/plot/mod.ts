/**
 * Figures for the notebooks: typed plotly.js builders that take results (numbers, arrays)
 * and never run training, a {@linkcode Figure} that displays itself inline (interactive,
 * offline, with a static PNG), the setup call that embeds plotly.js, and {@linkcode Table}.
 *
 * @example A notebook's figure cells
 * ```ts
 * import { activationPlot, relu, setupNotebook, sigmoid } from "relu-lab";
 * import { expect } from "chai";
 *
 * await setupNotebook(); // first cell: embeds plotly.js (in a notebook)
 * const fig = activationPlot([relu, sigmoid]); // a cell's last value displays itself
 * expect(fig.data).to.have.length(4);
 * ```
 *
 * @module
 */

export * from "./types.ts";
export * from "./style.ts";
export * from "./html.ts";
export {
  loadPlotlySource,
  PLOTLY_CHUNK_MARKER,
  plotlyChunks,
  plotlyVersion,
} from "./plotly_source.ts";
export { closeBrowser, findBrowser, renderPng } from "./png.ts";
export * from "./figure.ts";
export * from "./setup.ts";
export * from "./curves.ts";
export * from "./slider.ts";
export * from "./decision_boundary.ts";
export * from "./feature_maps.ts";
export * from "./animation.ts";
export * from "./training_curves.ts";
export * from "./stats_plots.ts";
export * from "./table.ts";
export * from "./panels.ts";
export * from "./polylines.ts";

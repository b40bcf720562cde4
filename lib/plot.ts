/**
 * relu-lab/plot: show results in a notebook, on the rendered site or in a terminal.
 * Figure builders that take numbers and never train, the self-displaying `Figure` and
 * `Table`, Markdown prose, progress bars, and the setup cell that embeds plotly.js offline.
 *
 * @example A notebook's first cell and a figure
 * ```ts
 * import { activationPlot, setupNotebook } from "relu-lab/plot";
 * import { relu, sigmoid } from "relu-lab";
 * import { expect } from "chai";
 *
 * await setupNotebook(); // in a notebook: embeds plotly.js once
 * const figure = activationPlot([relu, sigmoid]); // a cell's last value displays itself
 * expect(figure.data).to.have.length(4);
 * ```
 *
 * @module
 */

export * from "./display/mod.ts";
export * from "./plot/mod.ts";

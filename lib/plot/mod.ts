/**
 * Chart builders: typed plotly.js figures from results (numbers, arrays, summary rows).
 * A builder draws what it is given and never trains. Each returns a `Figure`, which
 * displays itself as a cell's last value (interactive offline, with a static PNG).
 *
 * @example Lines with intervals
 * ```ts
 * import { xyPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const figure = xyPlot([{ name: "relu", x: [1, 2], y: [0.5, 0.7] }], { xTitle: "x", yTitle: "y" });
 * expect(figure.data).to.have.length(1);
 * ```
 *
 * @module
 */

// The types that builders take from the library's other parts, so that the signatures here
// name only what this entry point exports.
export type { FloatArray, Matrix } from "../core/matrix.ts";
export type { PlaneGrid } from "../analysis/surface.ts";
export type { Point, Polyline } from "../analysis/contour.ts";
export * from "./palette.ts";
export * from "./log_axis.ts";
export * from "./xy_plot.ts";
export * from "./summary_series.ts";
export * from "./curve.ts";
export * from "./curves.ts";
export * from "./slider.ts";
export * from "./decision_boundary.ts";
export * from "./feature_maps.ts";
export * from "./animation.ts";
export * from "./training_curves.ts";
export * from "./stats_plots.ts";
export * from "./panels.ts";
export * from "./polylines.ts";
export * from "./pivot_table.ts";

/**
 * Curves given as polylines (decision boundaries from `decisionBoundary`, their
 * simplifications from `simplifyPolyline`) drawn in the plane, optionally with their
 * vertices marked: where a boundary bends, and how many straight pieces it takes.
 *
 * @module
 */

import { describe, requireAllFinite } from "../core/_validate.ts";
import type { Polyline } from "../analysis/contour.ts";
import { Figure } from "../display/figure.ts";
import { chartAxes, markTraces, requireName, requireNonEmpty } from "./_marks.ts";
import { baseLayout } from "./style.ts";
import { groupStyles } from "./palette.ts";
import type { Datum, PlotOptions } from "../display/types.ts";

/** One named set of polylines, drawn as one trace. */
export interface PolylineSeries {
  /** Legend name. */
  name: string;
  /** The lines; a closed line is drawn back to its first point. */
  lines: readonly Polyline[];
  /**
   * Draw the lines, their vertices, or both.
   * @default "lines"
   */
  mode?: "lines" | "markers" | "lines+markers";
  /**
   * CSS colour.
   * @default from the name (`seriesColor`)
   */
  color?: string;
}

/** Options of {@linkcode polylinePlot}. */
export interface PolylinePlotOptions extends PlotOptions {
  /**
   * Axis ranges `[min, max]` for x and y; autoscaled when absent.
   * @default undefined
   */
  range?: { x: [number, number]; y: [number, number] };
}

/**
 * Draws polylines on equal-scale axes, one trace per series (lines separated by gaps).
 *
 * @param series The sets of lines, at least one.
 * @param options Axis ranges, title, height.
 * @returns One scatter trace per series.
 *
 * @example A closed triangle and its corners
 * ```ts
 * import { polylinePlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const triangle = { points: [[0, 0], [1, 0], [0, 1]] as [number, number][], closed: true };
 * const fig = polylinePlot([
 *   { name: "boundary", lines: [triangle] },
 *   { name: "corners", lines: [triangle], mode: "markers" },
 * ]);
 * expect(fig.data[0]!.x).to.deep.equal([0, 1, 0, 0]);
 * expect(fig.data[1]!.mode).to.equal("markers");
 * expect(fig.data[1]!.x).to.deep.equal([0, 1, 0]);
 * ```
 */
export function polylinePlot(
  series: readonly PolylineSeries[],
  options: PolylinePlotOptions = {},
): Figure {
  requireNonEmpty("series", series, "series", "series");
  series.forEach((s, i) => {
    if (s === null || typeof s !== "object") {
      throw new TypeError(`Expected series[${i}] to be { name, lines }, received ${describe(s)}`);
    }
    requireName(`series[${i}].name`, s.name);
    if (!Array.isArray(s.lines)) {
      throw new TypeError(
        `Expected series[${i}].lines to be an array of polylines, received ${describe(s.lines)}`,
      );
    }
  });
  const styles = groupStyles(series.map((s) => s.name));
  const data = series.flatMap((s, i) => {
    const { mode = "lines" } = s;
    const x: Datum[] = [], y: Datum[] = [];
    s.lines.forEach((line, l) => {
      if (!Array.isArray(line?.points)) {
        throw new TypeError(
          `Expected series[${i}].lines[${l}] to be { points, closed }, received ${describe(line)}`,
        );
      }
      const closeIt = line.closed && mode !== "markers" && line.points.length > 0;
      const points = closeIt ? [...line.points, line.points[0]!] : line.points;
      requireAllFinite(`series[${i}].lines[${l}]`, points.flat());
      if (x.length > 0) x.push(null), y.push(null);
      for (const [px, py] of points) x.push(px), y.push(py);
    });
    const color = s.color ?? styles.get(s.name)!.color;
    return markTraces({ name: s.name, x, y, draw: mode, color, size: 7, symbol: "circle" });
  });
  const layout = {
    ...baseLayout(options, "Curves", series.map((s) => s.name)),
    ...chartAxes(data, {
      xTitle: "x₁",
      yTitle: "x₂",
      xRange: options.range?.x,
      yRange: options.range?.y,
      yAxis: { scaleanchor: "x" },
    }),
  };
  return new Figure({ data, layout });
}

/**
 * Comparisons across groups with their uncertainty: bars with confidence intervals
 * ({@linkcode barWithCI}) and box or violin plots of all values, with each group's
 * interval drawn beside it ({@linkcode distributionPlot}). The intervals are computed by the
 * caller (e.g. a bootstrap); these plots only draw them.
 *
 * @module
 */

import { requireAllFinite, requireOneOf } from "../core/_validate.ts";
import { Figure } from "../display/figure.ts";
import { axis, baseLayout, seriesColor } from "./style.ts";
import type { PlotOptions, Trace } from "../display/types.ts";

/** A point estimate with a confidence interval. */
export interface Estimate {
  /** Group name, e.g. `"leaky_relu(0.1)"`. */
  name: string;
  /** The estimate (mean, median, ...). */
  value: number;
  /** Lower end of its interval, ≤ value. */
  low: number;
  /** Upper end of its interval, ≥ value. */
  high: number;
}

/** Options of the plots in this module. */
export interface ComparisonOptions extends PlotOptions {
  /**
   * Title of the value axis.
   * @default "value"
   */
  yTitle?: string;
  /**
   * What the intervals are, for hover text and legend.
   * @default "95% CI"
   */
  ciLabel?: string;
}

/**
 * Bars with asymmetric error bars from each group's interval.
 *
 * @param estimates One per bar, each with `low ≤ value ≤ high`.
 * @param options Value-axis title, interval label, title, height.
 * @returns One bar trace with `error_y` arrays.
 *
 * @example
 * ```ts
 * import { barWithCI } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const fig = barWithCI([{ name: "relu", value: 0.9, low: 0.85, high: 0.93 }]);
 * const err = fig.data[0]!.error_y as { array: number[]; arrayminus: number[] };
 * expect(err.array[0]).to.be.closeTo(0.03, 1e-12);
 * expect(err.arrayminus[0]).to.be.closeTo(0.05, 1e-12);
 * ```
 */
export function barWithCI(estimates: readonly Estimate[], options: ComparisonOptions = {}): Figure {
  estimates.forEach((e, i) => _requireInterval(`estimates[${i}]`, e));
  const trace: Trace = {
    type: "bar",
    name: options.ciLabel ?? "95% CI",
    x: estimates.map((e) => e.name),
    y: estimates.map((e) => e.value),
    marker: { color: estimates.map((e, i) => seriesColor(e.name, i)) },
    error_y: {
      type: "data",
      symmetric: false,
      array: estimates.map((e) => e.high - e.value),
      arrayminus: estimates.map((e) => e.value - e.low),
    },
    hovertext: estimates.map((e) =>
      `${e.value} (${options.ciLabel ?? "95% CI"} ${e.low} to ${e.high})`
    ),
  };
  return new Figure({ data: [trace], layout: _layout(options, "Comparison", false) });
}

/** One group's values, with an optional interval for its mean. */
export interface Sample {
  /** Group name. */
  name: string;
  /** All values (e.g. final accuracy of every seed). */
  values: ArrayLike<number>;
  /** Interval drawn as a dot with error bar beside the box; omitted when absent. */
  ci?: Estimate;
}

/** Options of {@linkcode distributionPlot}. */
export interface DistributionOptions extends ComparisonOptions {
  /**
   * Box plot or violin plot.
   * @default "box"
   */
  kind?: "box" | "violin";
}

/**
 * Box or violin plots with every value shown, and each group's interval as a dot with bars.
 *
 * @param samples The groups.
 * @param options Kind, value-axis title, interval label, title, height.
 * @returns One box/violin trace per group, plus one scatter of intervals if any are given.
 *
 * @example
 * ```ts
 * import { distributionPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const ci = { name: "relu", value: 2, low: 1.5, high: 2.5 };
 * const fig = distributionPlot([{ name: "relu", values: [1, 2, 3], ci }], { kind: "violin" });
 * expect(fig.data.map((t) => t.type)).to.deep.equal(["violin", "scatter"]);
 * ```
 */
export function distributionPlot(
  samples: readonly Sample[],
  options: DistributionOptions = {},
): Figure {
  const { kind = "box" } = options;
  requireOneOf("kind", kind, ["box", "violin"]);
  const data: Trace[] = samples.map((s, i) => {
    requireAllFinite(`samples[${i}].values`, s.values);
    const color = seriesColor(s.name, i);
    const shape = kind === "box" ? { boxpoints: "all", jitter: 0.4, pointpos: 0 } : {
      points: "all",
      jitter: 0.4,
      pointpos: 0,
      box: { visible: true },
      meanline: { visible: true },
    };
    return {
      type: kind,
      name: s.name,
      y: Array.from(s.values),
      marker: { color },
      line: { color },
      ...shape,
    };
  });
  const cis = samples.flatMap((s, i) => (s.ci ? [_requireInterval(`samples[${i}].ci`, s.ci)] : []));
  if (cis.length > 0) {
    data.push({
      type: "scatter",
      mode: "markers",
      name: options.ciLabel ?? "95% CI",
      x: cis.map((e) => e.name),
      y: cis.map((e) => e.value),
      marker: { color: "black", symbol: "diamond", size: 8 },
      error_y: {
        type: "data",
        symmetric: false,
        array: cis.map((e) => e.high - e.value),
        arrayminus: cis.map((e) => e.value - e.low),
      },
    });
  }
  return new Figure({
    data,
    layout: _layout(options, "Distribution over runs", cis.length > 0),
  });
}

/** Checks `low ≤ value ≤ high`, all finite; returns the estimate. */
function _requireInterval(name: string, e: Estimate): Estimate {
  requireAllFinite(`${name} (value, low, high)`, [e.value, e.low, e.high]);
  if (!(e.low <= e.value && e.value <= e.high)) {
    throw new RangeError(
      `Expected ${name} to have low ≤ value ≤ high, received ${e.low}, ${e.value}, ${e.high}`,
    );
  }
  return e;
}

/** Layout with a categorical x axis (long group names get room below) and the value axis titled. */
function _layout(options: ComparisonOptions, title: string, legend: boolean) {
  return {
    ...baseLayout(options, title, legend),
    xaxis: { ...axis(""), automargin: true },
    yaxis: axis(options.yTitle ?? "value"),
  };
}

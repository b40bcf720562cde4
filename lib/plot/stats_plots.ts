/**
 * Comparisons across groups with their uncertainty: bars with confidence intervals
 * ({@linkcode barWithCI}) and box or violin plots of all values, with each group's
 * interval drawn beside it ({@linkcode distributionPlot}). The intervals are computed by the
 * caller (e.g. a bootstrap); these plots only draw them.
 *
 * @module
 */

import { describe, requireOneOf } from "../core/_validate.ts";
import { chartAxes, markTraces, requireName, requireNonEmpty, requirePoints } from "./_marks.ts";
import { Figure } from "../display/figure.ts";
import { baseLayout } from "./style.ts";
import { activationFamily, groupStyles } from "./palette.ts";
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
   * Title of the category axis.
   * @default "activation" when every group name is an activation's, else "group"
   */
  xTitle?: string;
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
  requireNonEmpty("estimates", estimates, "estimate", "estimates");
  estimates.forEach((e, i) => _requireInterval(`estimates[${i}]`, e));
  const ci = options.ciLabel ?? "95% CI";
  const styles = groupStyles(estimates.map((e) => e.name));
  const data = markTraces({
    name: ci,
    x: estimates.map((e) => e.name),
    y: estimates.map((e) => e.value),
    draw: "bars",
    color: estimates.map((e) => styles.get(e.name)!.color),
    yInterval: { low: estimates.map((e) => e.low), high: estimates.map((e) => e.high) },
    hovertext: estimates.map((e) => `${e.value} (${ci} ${e.low} to ${e.high})`),
  });
  return new Figure({
    data,
    layout: _layout(data, options, "Comparison", false, estimates.map((e) => e.name)),
  });
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
  requireNonEmpty("samples", samples, "sample", "samples");
  samples.forEach((s, i) => {
    if (s === null || typeof s !== "object") {
      throw new TypeError(`Expected samples[${i}] to be { name, values }, received ${describe(s)}`);
    }
    requireName(`samples[${i}].name`, s.name);
    requirePoints(`samples[${i}]`, Array.from(s.values ?? [], () => s.name), s.values, {
      x: "values",
      y: "values",
    });
  });
  const styles = groupStyles(samples.map((s) => s.name));
  const data: Trace[] = samples.map((s) => {
    const color = styles.get(s.name)!.color;
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
    data.push(...markTraces({
      name: options.ciLabel ?? "95% CI",
      x: cis.map((e) => e.name),
      y: cis.map((e) => e.value),
      draw: "markers",
      color: "black",
      symbol: "diamond",
      yInterval: { low: cis.map((e) => e.low), high: cis.map((e) => e.high) },
    }));
  }
  return new Figure({
    data,
    layout: _layout(
      data,
      options,
      "Distribution over runs",
      cis.length > 0 && [...samples.map((s) => s.name), options.ciLabel ?? "95% CI"],
      samples.map((s) => s.name),
    ),
  });
}

/** Checks `low ≤ value ≤ high`, all finite; returns the estimate. */
function _requireInterval(name: string, e: Estimate): Estimate {
  if (e === null || typeof e !== "object") {
    throw new TypeError(
      `Expected ${name} to be { name, value, low, high }, received ${describe(e)}`,
    );
  }
  requireName(`${name}.name`, e.name);
  for (const field of ["value", "low", "high"] as const) {
    if (typeof e[field] !== "number" || !Number.isFinite(e[field])) {
      throw new RangeError(
        `Expected ${name}.${field} to be a finite number, received ${describe(e[field])}`,
      );
    }
  }
  if (!(e.low <= e.value && e.value <= e.high)) {
    throw new RangeError(
      `Expected ${name} to have low ≤ value ≤ high, received ${e.low}, ${e.value}, ${e.high}`,
    );
  }
  return e;
}

/** Layout with a titled categorical x axis (long group names get room below) and value axis. */
function _layout(
  data: readonly Trace[],
  options: ComparisonOptions,
  title: string,
  legend: false | readonly string[],
  names: readonly string[],
) {
  const everyActivation = names.every((n) => activationFamily(n) !== undefined);
  return {
    ...baseLayout(options, title, legend),
    ...chartAxes(data, {
      xTitle: options.xTitle ?? (everyActivation ? "activation" : "group"),
      yTitle: options.yTitle ?? "value",
    }),
  };
}

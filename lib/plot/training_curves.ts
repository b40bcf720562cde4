/**
 * Curves over training for several runs: loss or accuracy ({@linkcode trainingCurves}) and
 * the fraction of dead units ({@linkcode deadFractionPlot}). Runs of one group (say, one
 * activation over several seeds) share a colour and a legend entry that toggles them together.
 *
 * @module
 */

import { describe, requireAllFinite } from "../core/_validate.ts";
import { Figure } from "../display/figure.ts";
import { axis, baseLayout, seriesColor } from "./style.ts";
import type { PlotOptions, Trace } from "../display/types.ts";

/** The values of one run, one per step (epoch). */
export interface RunSeries {
  /** Run name, e.g. `"relu seed 3"`. */
  name: string;
  /** One value per step. */
  values: ArrayLike<number>;
  /** Group sharing colour and legend entry, e.g. `"relu"`; the run is its own group if absent. */
  group?: string;
  /** Step numbers; 1, 2, 3, ... when absent. */
  steps?: ArrayLike<number>;
}

/** Options of {@linkcode trainingCurves}. */
export interface TrainingCurveOptions extends PlotOptions {
  /**
   * Title of the vertical axis.
   * @default "loss"
   */
  yTitle?: string;
  /**
   * Title of the horizontal axis.
   * @default "epoch"
   */
  xTitle?: string;
  /**
   * Logarithmic vertical axis (losses spanning decades).
   * @default false
   */
  logY?: boolean;
  /**
   * Fixed vertical range; autoscaled when absent.
   * @default undefined
   */
  yRange?: [number, number];
}

/**
 * Plots one line per run, coloured and toggled by group.
 *
 * @param runs The runs, at least one.
 * @param options Axis titles, log scale, range, title, height.
 * @returns One scatter trace per run.
 *
 * @example Two activations, two seeds each
 * ```ts
 * import { trainingCurves } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const runs = ["relu", "leaky_relu"].flatMap((group) =>
 *   [1, 2].map((seed) => ({ name: `${group} seed ${seed}`, group, values: [1, 0.5 / seed] }))
 * );
 * const fig = trainingCurves(runs, { logY: true });
 * expect(fig.data.filter((t) => t.showlegend).map((t) => t.name)).to.deep.equal(["relu", "leaky_relu"]);
 * expect(fig.layout.yaxis?.type).to.equal("log");
 * ```
 */
export function trainingCurves(
  runs: readonly RunSeries[],
  options: TrainingCurveOptions = {},
): Figure {
  if (runs.length === 0) throw new RangeError("Expected runs to hold at least one run");
  const groups: string[] = [];
  const data: Trace[] = runs.map((run, r) => {
    requireAllFinite(`runs[${r}].values`, run.values);
    const steps = run.steps ?? Array.from(run.values, (_, i) => i + 1);
    if (steps.length !== run.values.length) {
      throw new RangeError(
        `Expected runs[${r}].steps to match its ${run.values.length} values, ` +
          `received ${describe(steps)}`,
      );
    }
    const group = run.group ?? run.name;
    const first = !groups.includes(group);
    if (first) groups.push(group);
    return {
      type: "scatter",
      mode: "lines",
      name: first ? group : run.name,
      legendgroup: group,
      showlegend: first,
      hovertext: run.name,
      x: Array.from(steps),
      y: Array.from(run.values),
      line: { color: seriesColor(group, groups.indexOf(group)), width: 1.5 },
      opacity: 0.75,
    };
  });
  const yaxis = { ...axis(options.yTitle ?? "loss", options.yRange) };
  if (options.logY) yaxis.type = "log";
  const layout = {
    ...baseLayout(options, `${options.yTitle ?? "loss"} over training`),
    xaxis: axis(options.xTitle ?? "epoch"),
    yaxis,
  };
  return new Figure({ data, layout });
}

/**
 * Plots the fraction of dead units over training, per run, on a 0-100 % axis.
 *
 * @param runs Runs whose values are fractions in [0, 1].
 * @param options Title, height, horizontal axis title.
 * @returns One scatter trace per run.
 *
 * @example
 * ```ts
 * import { deadFractionPlot } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const fig = deadFractionPlot([{ name: "relu", values: [0.1, 0.3] }]);
 * expect(fig.layout.yaxis?.range).to.deep.equal([0, 1]);
 * expect(fig.layout.yaxis?.tickformat).to.equal(".0%");
 * ```
 */
export function deadFractionPlot(
  runs: readonly RunSeries[],
  options: Omit<TrainingCurveOptions, "yTitle" | "yRange" | "logY"> = {},
): Figure {
  runs.forEach((run, r) =>
    Array.from(run.values).forEach((v, i) => {
      if (v < 0 || v > 1) {
        throw new RangeError(
          `Expected runs[${r}].values to be fractions in [0, 1], received ${v} at index ${i}`,
        );
      }
    })
  );
  const fig = trainingCurves(runs, {
    title: "Dead units over training",
    ...options,
    yTitle: "dead units",
    yRange: [0, 1],
  });
  fig.layout.yaxis = { ...fig.layout.yaxis, tickformat: ".0%" };
  return fig;
}

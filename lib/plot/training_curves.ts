/**
 * Curves over training for several runs: loss or accuracy ({@linkcode trainingCurves}) and
 * the fraction of dead units ({@linkcode deadFractionPlot}). Runs of one group (say, one
 * activation over several seeds) share a colour and a legend entry that toggles them together.
 *
 * @module
 */

import { describe } from "../core/_validate.ts";
import {
  chartAxes,
  type Marks,
  markTraces,
  requireName,
  requireNonEmpty,
  requirePoints,
} from "./_marks.ts";
import { Figure } from "../display/figure.ts";
import { baseLayout } from "./style.ts";
import { groupStyles } from "./palette.ts";
import type { PlotOptions } from "../display/types.ts";

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
 * @param runs The runs, at least one, each with at least one finite value.
 * @param options Axis titles, log scale (ticks at powers of ten), range, title, height.
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
  requireNonEmpty("runs", runs, "run", "runs");
  const groupOf = (run: RunSeries) => run.group ?? run.name;
  runs.forEach((run, r) => {
    if (run === null || typeof run !== "object") {
      throw new TypeError(
        `Expected runs[${r}] to be a run { name, values }, received ${describe(run)}`,
      );
    }
    requireName(`runs[${r}].name`, run.name);
    if (run.group !== undefined) requireName(`runs[${r}].group`, run.group);
    const steps = run.steps ?? Array.from(run.values ?? [], (_, i) => i + 1);
    requirePoints(`runs[${r}]`, Array.from(steps), run.values, { x: "steps", y: "values" });
  });
  const styles = groupStyles(runs.map(groupOf));
  const seen = new Set<string>();
  const data = runs.flatMap((run) => {
    const group = groupOf(run);
    const first = !seen.has(group);
    seen.add(group);
    const marks: Marks = {
      name: first ? group : run.name,
      x: Array.from(run.steps ?? Array.from(run.values, (_, i) => i + 1)),
      y: Array.from(run.values),
      draw: "lines",
      color: styles.get(group)!.color,
      width: 1.5,
      opacity: 0.75,
      legendgroup: group,
      showlegend: first,
      hovertext: run.name,
    };
    return markTraces(marks);
  });
  const yTitle = options.yTitle ?? "loss";
  const layout = {
    ...baseLayout(options, `${yTitle} over training`, [...seen]),
    ...chartAxes(data, {
      xTitle: options.xTitle ?? "epoch",
      yTitle,
      logY: options.logY,
      yRange: options.yRange,
    }),
  };
  return new Figure({ data, layout });
}

/** Options of {@linkcode deadFractionPlot}. */
export interface DeadFractionOptions extends Omit<TrainingCurveOptions, "yRange" | "logY"> {
  /**
   * Title of the vertical axis, e.g. `"inactive units"` for a leaky activation, whose units
   * are never strictly dead.
   * @default "dead units"
   */
  yTitle?: string;
}

/**
 * Plots the fraction of dead (or inactive) units over training, per run, on a 0-100 % axis.
 *
 * @param runs Runs whose values are fractions in [0, 1].
 * @param options Title, height, axis titles.
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
  options: DeadFractionOptions = {},
): Figure {
  requireNonEmpty("runs", runs, "run", "runs");
  runs.forEach((run, r) =>
    Array.from(run?.values ?? []).forEach((v, i) => {
      if (!(v >= 0 && v <= 1)) {
        throw new RangeError(
          `Expected runs[${r}].values to be fractions in [0, 1], received ${
            describe(v)
          } at index ${i}`,
        );
      }
    })
  );
  const yTitle = options.yTitle ?? "dead units";
  const fig = trainingCurves(runs, {
    title: `${yTitle[0]!.toUpperCase()}${yTitle.slice(1)} over training`,
    ...options,
    yTitle,
    yRange: [0, 1],
  });
  fig.layout.yaxis = { ...fig.layout.yaxis, tickformat: ".0%" };
  return fig;
}

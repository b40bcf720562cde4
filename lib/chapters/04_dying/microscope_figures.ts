/**
 * The microscope's figures and table: the weight's distance from the solution, the mean
 * output, the weight's gradient, and the numbers at the end, for each of the four neurons.
 *
 * @module
 */

import type { Figure } from "../../display/figure.ts";
import { Table } from "../../display/table.ts";
import { xyPlot, type XYSeries } from "../../plot/xy_plot.ts";
import { MICROSCOPE, type Microscope, type NeuronCase } from "./microscope.ts";

/** Every how many steps a plotted line keeps a point (the lines stay light). */
const _EVERY = 20;

function _line(c: NeuronCase, values: readonly number[]): XYSeries {
  const kept = values.map((y, step) => ({ step, y })).filter((p) => p.step % _EVERY === 0);
  return {
    name: `${c.activation}, w₀ = ${c.weight}`,
    colorGroup: c.activation,
    mode: "lines",
    dash: c.weight === MICROSCOPE.weights[0] ? "solid" : "dot",
    x: kept.map((p) => p.step),
    y: kept.map((p) => p.y),
  };
}

/**
 * |w − 2|, the weight's distance from the solution, at every 20th step (log scale).
 *
 * @param scope The microscope.
 * @returns The figure, one line per neuron.
 *
 * @example
 * ```ts
 * import { weightDistancePlot } from "./microscope_figures.ts";
 * import { microscope } from "./microscope.ts";
 * import { expect } from "chai";
 *
 * const figure = weightDistancePlot(microscope({ steps: 100 }));
 * expect(figure.data).to.have.length(4);
 * expect(figure.layout.yaxis?.type).to.equal("log");
 * ```
 */
export function weightDistancePlot(scope: Microscope): Figure {
  return xyPlot(scope.cases.map((c) => _line(c, c.trace.weight.map((w) => Math.abs(w - 2)))), {
    logY: true,
    xTitle: "gradient step",
    yTitle: "|w − 2|",
    title: "Distance of the weight from the solution",
    height: 420,
    legend: "below",
  });
}

/**
 * The mean output over the inputs of the two neurons started at w = −3 (the target's
 * mean is 2·mean(x)).
 *
 * @param scope The microscope.
 * @returns The figure, one line per neuron.
 *
 * @example
 * ```ts
 * import { neuronOutputPlot } from "./microscope_figures.ts";
 * import { microscope } from "./microscope.ts";
 * import { expect } from "chai";
 *
 * expect(neuronOutputPlot(microscope({ steps: 100 })).data).to.have.length(2);
 * ```
 */
export function neuronOutputPlot(scope: Microscope): Figure {
  const near = scope.cases.filter((c) => c.weight === scope.cases[0]!.weight);
  return xyPlot(near.map((c) => _line(c, c.trace.meanOutput)), {
    xTitle: "gradient step",
    yTitle: "mean output",
    title: `The neuron's output (w₀ = ${near[0]!.weight})`,
    height: 400,
    legend: "below",
  });
}

/**
 * |∂L/∂w| at every 20th step (log scale). A dead ReLU neuron's gradient is exactly 0, so
 * its line has no points on a log axis.
 *
 * @param scope The microscope.
 * @returns The figure, one line per neuron.
 *
 * @example
 * ```ts
 * import { weightGradientPlot } from "./microscope_figures.ts";
 * import { microscope } from "./microscope.ts";
 * import { expect } from "chai";
 *
 * const figure = weightGradientPlot(microscope({ steps: 100 }));
 * expect(figure.data[0]!.y).to.satisfy((y: number[]) => y.every((v) => v === 0));
 * ```
 */
export function weightGradientPlot(scope: Microscope): Figure {
  return xyPlot(scope.cases.map((c) => _line(c, c.trace.weightGrad.map(Math.abs))), {
    logY: true,
    xTitle: "gradient step",
    yTitle: "|∂L/∂w|",
    title: "The weight's gradient",
    height: 420,
    legend: "below",
  });
}

/**
 * The four neurons at the end: weight, mean output, steps with a non-zero weight
 * gradient, loss. One format per column.
 *
 * @param scope The microscope.
 * @returns The table.
 *
 * @example
 * ```ts
 * import { microscopeTable } from "./microscope_figures.ts";
 * import { microscope } from "./microscope.ts";
 * import { expect } from "chai";
 *
 * const table = microscopeTable(microscope({ steps: 100 }));
 * expect(table.cells[0]!.slice(0, 3)).to.deep.equal(["relu", "-3", "-3.0000"]);
 * ```
 */
export function microscopeTable(scope: Microscope): Table {
  const steps = scope.findings.steps;
  return new Table(
    scope.cases.map(({ activation, weight, trace }) => ({
      activation,
      "w₀": weight,
      "w at the end": trace.weight.at(-1)!.toFixed(4),
      "mean output at the end": trace.meanOutput.at(-1)!.toFixed(4),
      "steps with ∂L/∂w ≠ 0": trace.weightGrad.filter((g) => g !== 0).length,
      "loss at the end": trace.loss.at(-1)!.toExponential(3),
    })),
    { caption: `One neuron after ${steps.toLocaleString("en")} gradient steps` },
  );
}

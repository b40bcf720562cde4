// Every builder refuses bad input with an error that names the parameter as the caller wrote
// it, the expected form and the received value: no empty figure, no internal field names.
import { expect } from "chai";
import { fromRows, relu } from "relu-lab";
import { grid2d } from "relu-lab/lab";
import {
  activationPlot,
  animateFigures,
  barWithCI,
  deadFractionPlot,
  decisionBoundaryPlot,
  distributionPlot,
  featureMapGrid,
  Figure,
  intervalPoints,
  linspace,
  panelGrid,
  parameterSliderPlot,
  pivotTable,
  polylinePlot,
  rowSeries,
  summarySeries,
  Table,
  trainingCurves,
  xyPlot,
} from "relu-lab/plot";

const grid = grid2d({ x: [-1, 1], resolution: 2 });
const bar = new Figure({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
const data = { inputs: fromRows([[0, 0]]), labels: [0] };
// deno-lint-ignore no-explicit-any -- bad input on purpose
const bad = (v: unknown) => v as any;

/** [call, error class, message] for each builder. */
const CASES: [string, () => unknown, typeof TypeError | typeof RangeError, RegExp][] = [
  [
    "activationPlot([])",
    () => activationPlot([]),
    RangeError,
    /^Expected curves to hold at least one curve, received none$/,
  ],
  [
    "activationPlot(null)",
    () => activationPlot(bad(null)),
    TypeError,
    /^Expected curves to be an array of curves, received null$/,
  ],
  [
    "activationPlot([{}])",
    () => activationPlot(bad([{}])),
    TypeError,
    /^Expected curves\[0\] to be a curve \{ name, f, df \}/,
  ],
  [
    "activationPlot range",
    () => activationPlot([relu], { range: [1, -1] }),
    RangeError,
    /^Expected range to be \[min, max\] with min < max, received \[1,-1\]$/,
  ],
  [
    "activationPlot points",
    () => activationPlot([relu], { points: 1 }),
    RangeError,
    /^Expected points to be an integer >= 2, received 1$/,
  ],
  [
    "activationPlot marks",
    () => activationPlot([relu], { markDerivativeAt: [NaN] }),
    RangeError,
    /markDerivativeAt/,
  ],
  [
    "parameterSliderPlot values",
    () => parameterSliderPlot(() => relu, []),
    RangeError,
    /^Expected values to hold at least one number, received none$/,
  ],
  [
    "parameterSliderPlot family",
    () => parameterSliderPlot(bad(relu), [1]),
    TypeError,
    /^Expected family to be a function/,
  ],
  [
    "parameterSliderPlot curve",
    () => parameterSliderPlot(bad(() => 1), [1]),
    TypeError,
    /^Expected family\(values\[0\]\) to be a curve/,
  ],
  [
    "parameterSliderPlot initial",
    () => parameterSliderPlot(() => relu, [1, 2], { initial: 3 }),
    RangeError,
    /^Expected initial to be one of values \(1, 2\), received 3$/,
  ],
  [
    "decisionBoundaryPlot grid",
    () => decisionBoundaryPlot(bad({}), [], data),
    TypeError,
    /^Expected grid to be a plane grid from grid2d/,
  ],
  [
    "decisionBoundaryPlot outputs",
    () => decisionBoundaryPlot(grid, [], data),
    RangeError,
    /^Expected outputs to have one value per grid point \(4\), received an array of length 0$/,
  ],
  [
    "decisionBoundaryPlot data",
    () => decisionBoundaryPlot(grid, [0, 0, 1, 1], bad(null)),
    TypeError,
    /^Expected data to be \{ inputs, labels \}, received null$/,
  ],
  [
    "decisionBoundaryPlot zRange",
    () => decisionBoundaryPlot(grid, [0, 0, 1, 1], data, { zRange: [1, 0] }),
    RangeError,
    /^Expected zRange to be \[low, high\]/,
  ],
  [
    "featureMapGrid([])",
    () => featureMapGrid(grid, []),
    RangeError,
    /^Expected maps to hold at least one map, received none$/,
  ],
  [
    "featureMapGrid columns",
    () => featureMapGrid(grid, [[1, 2, 3, 4]], { columns: 0 }),
    RangeError,
    /^Expected columns to be an integer >= 1, received 0$/,
  ],
  [
    "animateFigures([])",
    () => animateFigures([]),
    RangeError,
    /^Expected frames to hold at least one snapshot, received none$/,
  ],
  [
    "animateFigures frame",
    () => animateFigures(bad([{ name: "a" }])),
    TypeError,
    /^Expected frames\[0\] to be \{ name, figure \}/,
  ],
  [
    "animateFigures still",
    () => animateFigures([{ name: "a", figure: bar }], { still: 3 }),
    RangeError,
    /^Expected still to be "first", "last" or a frame index from 0 to 0, received 3$/,
  ],
  [
    "trainingCurves([])",
    () => trainingCurves([]),
    RangeError,
    /^Expected runs to hold at least one run, received none$/,
  ],
  [
    "trainingCurves values",
    () => trainingCurves([{ name: "a", values: [] }]),
    RangeError,
    /^Expected runs\[0\]\.values to hold at least one value, received none$/,
  ],
  [
    "trainingCurves name",
    () => trainingCurves(bad([{ values: [1] }])),
    TypeError,
    /^Expected runs\[0\]\.name to be a string, received undefined$/,
  ],
  [
    "trainingCurves steps",
    () => trainingCurves([{ name: "a", values: [1], steps: [1, 2] }]),
    RangeError,
    /^Expected runs\[0\]\.steps to have the 1 entries of values, received 2$/,
  ],
  [
    "deadFractionPlot([])",
    () => deadFractionPlot([]),
    RangeError,
    /^Expected runs to hold at least one run, received none$/,
  ],
  [
    "deadFractionPlot NaN",
    () => deadFractionPlot([{ name: "a", values: [NaN] }]),
    RangeError,
    /^Expected runs\[0\]\.values to be fractions in \[0, 1\], received NaN at index 0$/,
  ],
  [
    "barWithCI([])",
    () => barWithCI([]),
    RangeError,
    /^Expected estimates to hold at least one estimate, received none$/,
  ],
  [
    "barWithCI(null)",
    () => barWithCI(bad(null)),
    TypeError,
    /^Expected estimates to be an array of estimates, received null$/,
  ],
  [
    "barWithCI value",
    () => barWithCI([{ name: "a", value: NaN, low: 0, high: 1 }]),
    RangeError,
    /^Expected estimates\[0\]\.value to be a finite number, received NaN$/,
  ],
  [
    "barWithCI interval",
    () => barWithCI([{ name: "a", value: 2, low: 0, high: 1 }]),
    RangeError,
    /^Expected estimates\[0\] to have low ≤ value ≤ high, received 0, 2, 1$/,
  ],
  [
    "distributionPlot values",
    () => distributionPlot([{ name: "a", values: [] }]),
    RangeError,
    /^Expected samples\[0\]\.values to hold at least one value, received none$/,
  ],
  [
    "distributionPlot([])",
    () => distributionPlot([]),
    RangeError,
    /^Expected samples to hold at least one sample, received none$/,
  ],
  [
    "distributionPlot name",
    () => distributionPlot(bad([{ values: [1] }])),
    TypeError,
    /^Expected samples\[0\]\.name to be a string, received undefined$/,
  ],
  [
    "panelGrid([])",
    () => panelGrid([]),
    RangeError,
    /^Expected figures to hold at least one figure, received none$/,
  ],
  [
    "panelGrid([{}])",
    () => panelGrid(bad([{}])),
    TypeError,
    /^Expected figures\[0\] to be a Figure, received an object$/,
  ],
  [
    "polylinePlot([])",
    () => polylinePlot([]),
    RangeError,
    /^Expected series to hold at least one series, received none$/,
  ],
  [
    "polylinePlot lines",
    () => polylinePlot(bad([{ name: "a" }])),
    TypeError,
    /^Expected series\[0\]\.lines to be an array of polylines, received undefined$/,
  ],
  [
    "xyPlot([])",
    () => xyPlot([]),
    RangeError,
    /^Expected series to hold at least one series, received none$/,
  ],
  [
    "xyPlot y",
    () => xyPlot([{ name: "a", x: [], y: [] }]),
    RangeError,
    /^Expected series\[0\]\.y to hold at least one value, received none$/,
  ],
  [
    "xyPlot mode",
    () => xyPlot(bad([{ name: "a", x: [1], y: [1], mode: "dots" }])),
    RangeError,
    /series\[0\]\.mode/,
  ],
  [
    "xyPlot height",
    () => xyPlot([{ name: "a", x: [1], y: [1] }], { height: 10 }),
    RangeError,
    /^Expected height to be an integer >= 100, received 10$/,
  ],
  [
    "xyPlot title",
    () => xyPlot([{ name: "a", x: [1], y: [1] }], { title: bad(3) }),
    TypeError,
    /^Expected title to be a string, received 3$/,
  ],
  [
    "summarySeries(null)",
    () => summarySeries(bad(null), { x: "a" }),
    TypeError,
    /^Expected rows to be an array of rows, received null$/,
  ],
  [
    "rowSeries(null)",
    () => rowSeries(bad(null), { x: () => 1, y: () => 1, by: () => "a" }),
    TypeError,
    /^Expected rows to be an array of rows, received null$/,
  ],
  [
    "intervalPoints(null)",
    () => intervalPoints(bad(null), [], "a"),
    TypeError,
    /^Expected xs to be an array of rows, received null$/,
  ],
  [
    "pivotTable([])",
    () => pivotTable([], { row: "a", column: "b", cell: () => 1 }),
    RangeError,
    /^Expected rows to hold at least one row, received none$/,
  ],
  [
    "new Table(null)",
    () => new Table(bad(null)),
    TypeError,
    /^Expected rows to be an array of row objects, received null$/,
  ],
  [
    "new Figure({})",
    () => new Figure(bad({})),
    TypeError,
    /^Expected spec\.data to be a non-empty array of traces, received undefined$/,
  ],
  [
    "linspace",
    () => linspace(0, 1, 1),
    RangeError,
    /^Expected n to be an integer >= 2, received 1$/,
  ],
];

for (const [call, run, Thrown, message] of CASES) {
  Deno.test(`${call.split(" ")[0]!.replace(/\(.*$/, "")}() refuses bad input: ${call}`, () => {
    expect(run).to.throw(Thrown, message);
  });
}

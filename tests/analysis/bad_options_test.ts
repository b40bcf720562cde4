// Every numeric option of the analyses is checked, NaN included (see tests/core/_bad_input.ts).
import { mlp } from "relu-lab";
import { expect } from "chai";
import {
  bornDeadAtPoint,
  bornDeadRate,
  contourLines,
  decisionBoundary,
  decisionSurface,
  grid2d,
  linearPieces,
  simplifyPolyline,
  straightSegments,
  traceNeuron,
  unitSurfaces,
  widthForBornDead,
} from "relu-lab/lab";
import { type BadNumberCase, testBadNumbers } from "../core/_bad_input.ts";

const CASES: BadNumberCase[] = [
  {
    name: "depth",
    label: "bornDeadRate({ depth })",
    call: (v) => bornDeadRate({ depth: v, width: 2 }),
  },
  {
    name: "width",
    label: "bornDeadRate({ width })",
    call: (v) => bornDeadRate({ depth: 2, width: v }),
  },
  {
    name: "trials",
    label: "bornDeadRate({ trials })",
    call: (v) => bornDeadRate({ depth: 2, width: 2, trials: v }),
  },
  {
    name: "samples",
    label: "bornDeadRate({ samples })",
    call: (v) => bornDeadRate({ depth: 2, width: 2, samples: v }),
  },
  {
    name: "inputSize",
    label: "bornDeadRate({ inputSize })",
    call: (v) => bornDeadRate({ depth: 2, width: 2, inputSize: v }),
  },
  {
    name: "seed",
    label: "bornDeadRate({ seed })",
    call: (v) => bornDeadRate({ depth: 2, width: 2, trials: 2, seed: v }),
  },
  { name: "depth", label: "bornDeadAtPoint(depth, w)", call: (v) => bornDeadAtPoint(v, 2) },
  { name: "width", label: "bornDeadAtPoint(d, width)", call: (v) => bornDeadAtPoint(2, v) },
  { name: "delta", label: "widthForBornDead(d, delta)", call: (v) => widthForBornDead(2, v) },
  { name: "weight", label: "traceNeuron({ weight })", call: (v) => traceNeuron({ weight: v }) },
  {
    name: "bias",
    label: "traceNeuron({ bias })",
    call: (v) => traceNeuron({ weight: 1, bias: v }),
  },
  {
    name: "steps",
    label: "traceNeuron({ steps })",
    call: (v) => traceNeuron({ weight: 1, steps: v }),
  },
  {
    name: "learningRate",
    label: "traceNeuron({ learningRate })",
    call: (v) => traceNeuron({ weight: 1, learningRate: v }),
  },
  {
    name: "samples",
    label: "traceNeuron({ samples })",
    call: (v) => traceNeuron({ weight: 1, samples: v }),
  },
  {
    name: "seed",
    label: "traceNeuron({ seed })",
    call: (v) => traceNeuron({ weight: 1, seed: v }),
  },
  { name: "resolution", label: "grid2d({ resolution })", call: (v) => grid2d({ resolution: v }) },
  { name: "x[0]", label: "grid2d({ x: [low, 1] })", call: (v) => grid2d({ x: [v, 1] }) },
  { name: "y[1]", label: "grid2d({ y: [0, high] })", call: (v) => grid2d({ y: [0, v] }) },
  {
    name: "tolerance",
    label: "simplifyPolyline(line, tolerance)",
    call: (v) => simplifyPolyline({ points: [[0, 0], [1, 1]], closed: false }, v),
  },
  {
    name: "tolerance",
    label: "straightSegments(lines, tolerance)",
    call: (v) => straightSegments([{ points: [[0, 0], [1, 1]], closed: false }], v),
  },
  {
    name: "level",
    label: "contourLines(grid, values, level)",
    call: (v) => {
      const grid = grid2d({ resolution: 2 });
      return contourLines(grid, [0, 1, 0, 1], v);
    },
  },
];

testBadNumbers(CASES);

Deno.test("the grid analyses refuse a hand-built grid whose points do not match xs and ys, naming grid", () => {
  const model = mlp({ sizes: [2, 3, 1] });
  const grid = grid2d({ resolution: 3 });
  const bad = { ...grid, xs: [0, 1] };
  for (const call of [() => decisionSurface(model, bad), () => linearPieces(model, bad)]) {
    expect(call).to.throw(RangeError, "Expected grid.points to be 6 × 2, received 9 × 2");
  }
  expect(() => decisionBoundary(model, { ...grid, ys: [0, NaN, 1] })).to.throw(
    RangeError,
    "Expected grid.ys to hold only finite numbers, received NaN at index 1",
  );
  expect(() => unitSurfaces(model, null as never)).to.throw(
    TypeError,
    "Expected grid to be a PlaneGrid",
  );
});

/**
 * Chapter 2's figures and tables: the worked example's accuracies, its decision boundaries
 * over training (animated, and at four moments), what each hidden unit computes, the
 * straight segments that trace each boundary; and, from the findings over seeds, the shape
 * of every activation's boundary, the spread of its growth, and Leaky ReLU against ReLU.
 *
 * @module
 */

import { simplifyPolyline, straightSegments } from "../../analysis/boundary_shape.ts";
import { decisionBoundary } from "../../analysis/contour.ts";
import { linearPieces } from "../../analysis/linear_pieces.ts";
import { unitSurfaces } from "../../analysis/surface.ts";
import { takeRows } from "../../core/matrix.ts";
import { describe } from "../../core/_validate.ts";
import type { Figure } from "../../display/figure.ts";
import { Table } from "../../display/table.ts";
import { animateFigures } from "../../plot/animation.ts";
import { decisionBoundaryPlot, type LabelledPoints } from "../../plot/decision_boundary.ts";
import { featureMapGrid } from "../../plot/feature_maps.ts";
import { panelGrid } from "../../plot/panels.ts";
import { polylinePlot } from "../../plot/polylines.ts";
import { distributionPlot } from "../../plot/stats_plots.ts";
import type { Finding } from "../../stats/finding.ts";
import { BOUNDARY_TOLERANCES, type BoundaryExamples, boundaryGrid } from "./boundary_nets.ts";
import { boundaryShapeSweep } from "./boundary_shape.ts";
import { PAIRED_METRICS, type ShapeFindings, type ShapeMetric } from "./findings.ts";

/** The tolerances of {@linkcode segmentTable}: the sweep's three and one finer. */
export const TABLE_TOLERANCES: readonly number[] = [
  BOUNDARY_TOLERANCES.coarse,
  BOUNDARY_TOLERANCES.medium,
  BOUNDARY_TOLERANCES.fine,
  0.001,
];

/** Training points drawn on the boundary plots (all 400 would hide the boundary). */
const _SHOWN = 150;

/**
 * The worked example's final train and test accuracy per activation.
 *
 * @param examples The trained nets.
 * @returns A table, one row per activation.
 *
 * @example
 * ```ts
 * import { accuracyTable } from "./figures.ts";
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const table = accuracyTable(await trainBoundaryExamples({ epochs: 1, resolution: 5 }));
 * expect(table.columns).to.deep.equal(["activation", "train accuracy", "test accuracy"]);
 * ```
 */
export function accuracyTable(examples: BoundaryExamples): Table {
  const percent = (v: number | undefined) => `${(100 * v!).toFixed(2)}%`;
  return new Table(
    examples.nets.map((net, i) => ({
      activation: examples.activations[i]!,
      "train accuracy": percent(net.history.epochs.at(-1)!.accuracy),
      "test accuracy": percent(net.history.epochs.at(-1)!.testAccuracy),
    })),
    { caption: `After ${_epochs(examples)} epochs, seed ${examples.seed}` },
  );
}

/**
 * The decision boundaries of all activations side by side, animated over the snapshots
 * (play, pause, slider).
 *
 * @param examples The trained nets.
 * @returns The animated figure.
 *
 * @example
 * ```ts
 * import { boundaryAnimation } from "./figures.ts";
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const examples = await trainBoundaryExamples({ epochs: 2, every: 1, resolution: 5 });
 * expect(boundaryAnimation(examples).frames.map((f) => f.name)).to.deep.equal(["epoch 0", "epoch 1", "epoch 2"]);
 * ```
 */
export function boundaryAnimation(examples: BoundaryExamples): Figure {
  const shown = _shown(examples);
  const at = (k: number) =>
    panelGrid(
      examples.nets.map((net, i) =>
        decisionBoundaryPlot(examples.grid, net.snapshots[k]!.outputs, shown, {
          title: examples.activations[i]!,
        })
      ),
      { height: 480, title: `Decision boundaries over training (seed ${examples.seed})` },
    );
  return animateFigures(
    examples.nets[0]!.snapshots.map((s, k) => ({ name: `epoch ${s.epoch}`, figure: at(k) })),
  );
}

/**
 * The decision boundaries at a few moments of training: one row per activation, one
 * column per epoch.
 *
 * @param examples The trained nets.
 * @param epochs Snapshot epochs to show, each one the nets have.
 * @returns The grid of panels.
 * @throws {RangeError} If an epoch has no snapshot.
 *
 * @example
 * ```ts
 * import { boundaryMoments } from "./figures.ts";
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const examples = await trainBoundaryExamples({ epochs: 2, every: 2, resolution: 5 });
 * expect(boundaryMoments(examples, [0, 2]).layout.grid).to.deep.include({ rows: 4, columns: 2 });
 * expect(() => boundaryMoments(examples, [1])).to.throw(RangeError, /epochs/);
 * ```
 */
export function boundaryMoments(examples: BoundaryExamples, epochs: readonly number[]): Figure {
  const taken = examples.nets[0]!.snapshots.map((s) => s.epoch);
  for (const epoch of epochs) {
    if (!taken.includes(epoch)) {
      throw new RangeError(
        `Expected epochs to hold snapshot epochs (${taken.join(", ")}), received ${
          describe(epoch)
        }`,
      );
    }
  }
  const shown = _shown(examples);
  return panelGrid(
    examples.nets.flatMap((net, i) =>
      epochs.map((epoch) =>
        decisionBoundaryPlot(
          examples.grid,
          net.snapshots.find((s) => s.epoch === epoch)!.outputs,
          shown,
          { title: `${examples.activations[i]}, epoch ${epoch}` },
        )
      )
    ),
    {
      columns: epochs.length,
      rowHeight: 230,
      title: `Rows: activations; columns: epochs ${epochs.join(", ")}`,
    },
  );
}

/**
 * What each hidden unit of one activation's net computes over [−1.6, 1.6]² (61 × 61
 * points), first layer on top.
 *
 * @param examples The trained nets.
 * @param activation Which net, e.g. `"tanh"`.
 * @returns The grid of small maps.
 * @throws {RangeError} If no net has that activation.
 *
 * @example
 * ```ts
 * import { featureMaps } from "./figures.ts";
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const examples = await trainBoundaryExamples({ epochs: 1, resolution: 5 });
 * expect(featureMaps(examples, "relu").data).to.have.length(16);
 * expect(() => featureMaps(examples, "gelu")).to.throw(RangeError, /activation/);
 * ```
 */
export function featureMaps(examples: BoundaryExamples, activation: string): Figure {
  const net = examples.nets[_index(examples, activation)]!;
  const grid = boundaryGrid(61);
  const maps = unitSurfaces(net.model, grid).flatMap((layer, l) =>
    layer.map((unit, u) => ({ name: `layer ${l + 1} unit ${u + 1}`, values: unit.flat() }))
  );
  return featureMapGrid(grid, maps.map((m) => m.values), {
    columns: 8,
    names: maps.map((m) => m.name),
    title: `${activation}: what each of the ${maps.length} hidden units computes ` +
      `(seed ${examples.seed})`,
  });
}

/**
 * Each net's boundary (marching squares on [−1.6, 1.6]², 321 × 321 points) with the
 * vertices of the straight segments that trace it within the finest tolerance.
 *
 * @param examples The trained nets.
 * @returns One panel per activation, zoomed in on the boundary.
 *
 * @example
 * ```ts
 * import { segmentPlot } from "./figures.ts";
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const figure = segmentPlot(await trainBoundaryExamples({ epochs: 3, resolution: 5 }));
 * expect(figure.data).to.have.length(8);
 * ```
 */
export function segmentPlot(examples: BoundaryExamples): Figure {
  const fine = BOUNDARY_TOLERANCES.fine;
  return panelGrid(
    _boundaries(examples).map((lines, i) =>
      polylinePlot([
        { name: "boundary", lines, color: "#999" },
        {
          name: `vertices at ε = ${fine}`,
          lines: lines.map((l) => simplifyPolyline(l, fine)),
          mode: "markers",
          color: "black",
        },
      ], {
        title: `${examples.activations[i]}: ${straightSegments(lines, fine)} segments`,
        range: { x: [-1.1, 1.1], y: [-1.1, 1.1] }, // ticks at ±1 inside, clear of the corner
      })
    ),
    { rowHeight: 300, title: `Straight segments that trace each boundary within ε = ${fine}` },
  );
}

/**
 * The straight segments that trace each net's boundary at each of
 * {@linkcode TABLE_TOLERANCES}, and the exact count of straight pieces where the activation
 * is piecewise linear.
 *
 * @param examples The trained nets.
 * @returns A table, one row per activation.
 *
 * @example
 * ```ts
 * import { segmentTable } from "./figures.ts";
 * import { trainBoundaryExamples } from "./boundary_nets.ts";
 * import { expect } from "chai";
 *
 * const table = segmentTable(await trainBoundaryExamples({ epochs: 3, resolution: 5 }));
 * expect(table.cells[2]!.at(-1)).to.equal(""); // tanh has no exact count
 * ```
 */
export function segmentTable(examples: BoundaryExamples): Table {
  const grid = boundaryGrid();
  const lines = _boundaries(examples);
  return new Table(
    examples.nets.map((net, i) => {
      const activation = examples.activations[i]!;
      const smooth = /^(tanh|sigmoid)/.test(activation);
      return {
        activation,
        ...Object.fromEntries(
          TABLE_TOLERANCES.map((t) => [`ε = ${t}`, straightSegments(lines[i]!, t)]),
        ),
        "exact straight pieces": smooth ? null : linearPieces(net.model, grid).boundaryPieces,
      };
    }),
    { caption: `Segments needed to trace the boundary (seed ${examples.seed})` },
  );
}

/**
 * The shape of every activation's boundary over the seeds of one profile: test accuracy,
 * segments at the finest tolerance, their growth, exact straight pieces and linear regions
 * (means with 95% bootstrap intervals).
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per activation.
 *
 * @example
 * ```ts
 * import { shapeTable } from "./figures.ts";
 * import { boundariesChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const table = shapeTable(await boundariesChapter.findings());
 * expect(table.cells.map((row) => row[0])).to.deep.equal(["relu", "leaky_relu(0.1)", "tanh", "sigmoid"]);
 * ```
 */
export function shapeTable(findings: ShapeFindings): Table {
  const cell = (f: Finding | null) => f?.withInterval ?? "none (smooth)";
  const { coarse, fine } = findings.tolerances;
  return new Table(
    findings.shapes.map((s) => ({
      activation: s.activation,
      seeds: s.growth.n,
      "test accuracy": cell(s.testAccuracy),
      [`segments at ε = ${fine}`]: cell(s.segmentsFine),
      [`growth (ε ${coarse} → ${fine})`]: cell(s.growth),
      "exact straight pieces": cell(s.boundaryPieces),
      "linear regions": cell(s.regions),
    })),
    { caption: `${_source(findings)}: mean (95% bootstrap CI)` },
  );
}

/**
 * The growth of every seed, per activation, with each mean and its 95% bootstrap interval.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A box plot with every seed as a point.
 *
 * @example
 * ```ts
 * import { growthPlot } from "./figures.ts";
 * import { boundariesChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const figure = growthPlot(await boundariesChapter.findings());
 * expect(figure.data.map((t) => t.name).slice(0, 4)).to.deep.equal(["relu", "leaky_relu(0.1)", "tanh", "sigmoid"]);
 * expect(figure.layout.xaxis?.title?.text).to.equal("activation");
 * ```
 */
export function growthPlot(findings: ShapeFindings): Figure {
  const { coarse, fine } = findings.tolerances;
  const figure = distributionPlot(
    findings.shapes.map((s) => ({
      name: s.activation,
      values: s.growths,
      ci: { name: s.activation, value: s.growth.value, low: s.growth.low!, high: s.growth.high! },
    })),
    {
      yTitle: `segments at ε = ${fine} / segments at ε = ${coarse}`,
      ciLabel: "mean and 95% bootstrap CI",
      title: `Growth of the segment count, ${findings.seeds} seeds (${findings.profile} profile)`,
    },
  );
  figure.layout.xaxis = { ...figure.layout.xaxis, title: { text: "activation" } };
  return figure;
}

/**
 * Leaky ReLU (0.1) minus ReLU, paired by seed, per metric: the mean difference with its
 * paired 95% bootstrap interval, and on how many seeds each was larger.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per metric of `PAIRED_METRICS`.
 *
 * @example
 * ```ts
 * import { leakyTable } from "./figures.ts";
 * import { boundariesChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const table = leakyTable(await boundariesChapter.findings());
 * expect(table.cells[0]![0]).to.equal("exact straight pieces");
 * ```
 */
export function leakyTable(findings: ShapeFindings): Table {
  return new Table(
    PAIRED_METRICS.map((metric) => {
      const p = findings.leakyVsRelu[metric];
      return {
        metric: _METRIC_NAMES[metric],
        "leaky − relu (95% paired CI)": p.difference.withInterval,
        pairs: p.n,
        "leaky larger": p.aWins,
        "relu larger": p.bWins,
        ties: p.ties,
      };
    }),
    { caption: `${_source(findings)}: Leaky ReLU (0.1) minus ReLU, paired by seed` },
  );
}

const _METRIC_NAMES: Readonly<Record<ShapeMetric, string>> = {
  boundaryPieces: "exact straight pieces",
  regions: "linear regions",
  segmentsFine: `segments at ε = ${BOUNDARY_TOLERANCES.fine}`,
  growth: "growth",
  testAccuracy: "test accuracy (points)",
};

function _index(examples: BoundaryExamples, activation: string): number {
  const i = examples.activations.indexOf(activation);
  if (i < 0) {
    const names = examples.activations.map((a) => `"${a}"`).join(", ");
    throw new RangeError(
      `Expected activation to be one of ${names}, received ${describe(activation)}`,
    );
  }
  return i;
}

function _epochs(examples: BoundaryExamples): number {
  return examples.nets[0]!.history.epochs.length;
}

/** The first training points of the example's data (the same for every net). */
function _shown(examples: BoundaryExamples): LabelledPoints {
  const { train } = examples.nets[0]!;
  const rows = Array.from({ length: Math.min(_SHOWN, train.x.rows) }, (_, i) => i);
  return { inputs: takeRows(train.x, rows), labels: takeRows(train.y, rows).data };
}

/** Each net's boundary on the 321 × 321 grid. */
function _boundaries(examples: BoundaryExamples) {
  const grid = boundaryGrid();
  return examples.nets.map((net) => decisionBoundary(net.model, grid));
}

function _source(findings: ShapeFindings): string {
  const runs = `${findings.incomplete} of ${findings.runs} runs incomplete`;
  return findings.profile === "full"
    ? `Full profile (deno task sweep ${boundaryShapeSweep.name} --profile full; ${findings.seeds} seeds; ${runs})`
    : `Quick profile (this run; ${findings.seeds} seeds; ${runs})`;
}

/**
 * Chapter 6's tables and figures, drawn from its findings: dead units against the initial
 * bias, where units dead on the training data still fire (with maps of them over a box far
 * beyond the data), dead units across two phases of training, pruning, accuracy against
 * dead and alive units, whole dead layers, and chapter 4's baseline beside this chapter's.
 *
 * @module
 */

import { Table } from "../../display/table.ts";
import type { Figure } from "../../display/figure.ts";
import { type Markdown, markdown } from "../../display/markdown.ts";
import { xyPlot } from "../../plot/xy_plot.ts";
import { rowSeries, summarySeries } from "../../plot/summary_series.ts";
import { featureMapGrid } from "../../plot/feature_maps.ts";
import { subplotAxes } from "../../plot/style.ts";
import { grid2d, unitSurfaces } from "../../analysis/surface.ts";
import { deadUnits } from "../../core/diagnostics/dead_units.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import type { MeanFinding } from "../../stats/row_findings.ts";
import { initialBiasSweep } from "./initial_bias.ts";
import { revivalSweep } from "./revival.ts";
import { type RetrainedRun, SHIFTED_BOX, widthSweep } from "./width.ts";
import type { WidthRow } from "./width_summary.ts";
import {
  type BiasFindings,
  type Chapter4Comparison,
  type RevivalFindings,
  type WidthFindings,
  widthOutcome,
} from "./findings.ts";

/**
 * The share of hidden units dead at initialisation and after training, against the
 * initial bias, one line per learning rate (mean and 95% interval over seeds).
 *
 * @param findings The initial-bias findings of one profile.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { biasPlot } from "./figures.ts";
 * import { biasFindings } from "./findings.ts";
 * import { initialBiasSweep } from "./initial_bias.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const figure = biasPlot(biasFindings((await committedResults(initialBiasSweep)).rows, "full"));
 * expect(figure.data.map((t) => t.name)).to.deep.equal([
 *   "at initialisation", "after training, lr 0.3", "after training, lr 2",
 * ]);
 * ```
 */
export function biasPlot(findings: BiasFindings): Figure {
  const rates = [...new Set(findings.outcomes.map((o) => o.learningRate))];
  const rows = (pick: "deadAtInit" | "dead", learningRate: number) =>
    findings.outcomes.filter((o) => o.learningRate === learningRate)
      .map((o) => ({ bias: o.bias, learningRate, ...o[pick].mean.estimate }));
  return xyPlot([
    ...summarySeries(rows("deadAtInit", rates[0]!), { x: "bias", name: "at initialisation" }),
    ...rates.flatMap((lr) =>
      summarySeries(rows("dead", lr), { x: "bias", name: `after training, lr ${lr}` })
    ),
  ], {
    xTitle: "initial bias of every hidden unit",
    yTitle: "dead hidden units",
    yFormat: ".0%",
    title: `Dead units vs initial bias (${
      _label(findings.profile, findings.seeds)
    }, ${findings.epochs} epochs)`,
  });
}

/**
 * Per initial bias and learning rate: the dead shares at birth and after training and the
 * test accuracy, with their intervals, and the diverged runs.
 *
 * @param findings The initial-bias findings of one profile.
 * @returns A table, one row per bias and learning rate.
 *
 * @example
 * ```ts
 * import { biasTable } from "./figures.ts";
 * import { biasFindings } from "./findings.ts";
 * import { initialBiasSweep } from "./initial_bias.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = biasTable(biasFindings((await committedResults(initialBiasSweep)).rows, "full"));
 * expect(table.cells[0]!.slice(0, 2)).to.deep.equal(["0.3", "-1.0"]);
 * ```
 */
export function biasTable(findings: BiasFindings): Table {
  return new Table(
    findings.outcomes.map((o) => ({
      "learning rate": o.learningRate,
      "initial bias": o.bias,
      "dead at birth": o.deadAtInit.mean.withInterval,
      "dead after training": o.dead.mean.withInterval,
      "test accuracy": o.accuracy.mean.withInterval,
      diverged: o.accuracy.missing,
    })),
    {
      caption: `${_source(findings.profile, initialBiasSweep.name)}: ${_meanOver(findings.seeds)}`,
    },
  );
}

/**
 * Per width and learning rate: the hidden units dead on the training inputs (summed over
 * runs) and how many of them fire on fresh test points or somewhere in the shifted box.
 *
 * @param findings The width findings of one profile.
 * @returns A table, one row per width and learning rate.
 *
 * @example
 * ```ts
 * import { deadElsewhereTable } from "./figures.ts";
 * import { widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = deadElsewhereTable(widthFindings((await committedResults(widthSweep)).rows, "full"));
 * expect(table.columns).to.include("fire in [-3, 3]²");
 * ```
 */
export function deadElsewhereTable(findings: WidthFindings): Table {
  const [low, high] = SHIFTED_BOX;
  return new Table(
    findings.elsewhere.totals.map((t) => ({
      width: t.width,
      "learning rate": t.learningRate,
      runs: t.runs,
      "dead units": t.deadUnits,
      "fire on test points": t.activeOnTest,
      [`fire in [${low}, ${high}]²`]: t.activeOnShifted,
    })),
    {
      caption: `${
        _source(findings.profile, widthSweep.name)
      }: hidden units dead on the training inputs, summed over runs, and how many of them fire on test points or in [${low}, ${high}]²`,
    },
  );
}

/**
 * Every unit of a trained network that is dead on its training inputs, drawn over the
 * shifted box: one small map per unit on shared outer axes, with the disc that holds the
 * training points dashed on each. On every training point each map is 0 (that is what dead
 * means); where a map lights up, that unit would fire.
 *
 * @param run A retrained run (see `retrainFirstRun`).
 * @returns The figure, or a sentence if the network has no dead unit.
 *
 * @example
 * ```ts
 * import { deadUnitMaps } from "./figures.ts";
 * import { retrainFirstRun } from "./width.ts";
 * import { expect } from "chai";
 *
 * const run = await retrainFirstRun(
 *   [{ width: 16, learningRate: 3, epochs: 5, replicate: 0, seed: 2 }],
 *   { width: 16, learningRate: 3 },
 * );
 * const figure = deadUnitMaps(run);
 * if (!("layout" in figure)) throw new Error("expected dead units");
 * expect(figure.layout.shapes).to.have.length(figure.data.length); // one data disc per map
 * ```
 */
export function deadUnitMaps(run: RetrainedRun): Figure | Markdown {
  const box = grid2d({ x: SHIFTED_BOX, resolution: 61 });
  const maps = unitSurfaces(run.model, box);
  const tiles = deadUnits(run.model, run.train.x).flatMap((layer, l) =>
    layer.dead.flatMap((isDead, unit) =>
      isDead ? [{ name: `layer ${l + 1}, unit ${unit}`, map: maps[l]![unit]!.flat() }] : []
    )
  );
  if (tiles.length === 0) {
    return markdown(
      `This network (seed ${run.seed}) has no dead unit: try another seed or a higher learning rate.`,
    );
  }
  const columns = Math.min(4, tiles.length), rows = Math.ceil(tiles.length / columns);
  const figure = featureMapGrid(box, tiles.map((t) => t.map), {
    names: tiles.map((t) => t.name),
    columns,
    height: 140 + 250 * rows,
    title: `Units dead on the training data, drawn over [${SHIFTED_BOX[0]}, ${
      SHIFTED_BOX[1]
    }]² (seed ${run.seed}; dashed: the disc holding every training point)`,
  });
  _outerAxes(figure, tiles.length, columns, _dataRadius(run.train.x.data));
  return figure;
}

/**
 * The share of units dead on the data being trained on, epoch by epoch across both
 * phases, one line per second-phase condition, with a dashed line where phase 2 begins.
 *
 * @param findings The revival findings of one profile.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { revivalPlot } from "./figures.ts";
 * import { revivalFindings } from "./findings.ts";
 * import { revivalSweep } from "./revival.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const figure = revivalPlot(revivalFindings((await committedResults(revivalSweep)).rows, "full"));
 * expect(figure.data).to.have.length(2);
 * ```
 */
export function revivalPlot(findings: RevivalFindings): Figure {
  const names: Record<string, string> = {
    all: "phase 2 on all points (new data)",
    same: "phase 2 on the same half (control)",
  };
  const { epochs } = findings;
  return xyPlot(
    summarySeries(findings.curve, { x: "epoch", by: "phase2", name: (v) => names[String(v)]! }),
    {
      xTitle: "epoch (both phases)",
      yTitle: "dead on the data being trained on",
      yFormat: ".0%",
      markX: [{ x: epochs + 0.5, label: "phase 2 begins" }],
      title: `Dead units across the two phases (${
        _label(findings.profile, findings.seeds)
      }, ${epochs} + ${epochs} epochs)`,
    },
  );
}

/**
 * Per second-phase condition: the units dead after phase 1, those of them that fire on
 * the phase-2 data at once and at the end, the units dead at the end, and the accuracy.
 *
 * @param findings The revival findings of one profile.
 * @returns A table, one row per condition.
 *
 * @example
 * ```ts
 * import { revivalTable } from "./figures.ts";
 * import { revivalFindings } from "./findings.ts";
 * import { revivalSweep } from "./revival.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = revivalTable(revivalFindings((await committedResults(revivalSweep)).rows, "full"));
 * expect(table.cells.map((row) => row[0])).to.deep.equal(["all points", "same half"]);
 * ```
 */
export function revivalTable(findings: RevivalFindings): Table {
  const data: Record<string, string> = { all: "all points", same: "same half" };
  return new Table(
    findings.conditions.map((c) => ({
      "phase 2 data": data[c.phase2] ?? c.phase2,
      "dead after phase 1": c.deadAfterPhase1.mean.withInterval,
      "of those, active on the phase-2 data at once": c.activeOnPhase2Data.mean.withInterval,
      "of those, active at the end": c.cameBack.mean.withInterval,
      "dead at the end": c.deadAtEnd.mean.withInterval,
      "test accuracy": c.accuracy.mean.withInterval,
    })),
    {
      caption: `${
        _source(findings.profile, revivalSweep.name)
      }: hidden units (of 32) per network, ${_meanOver(findings.seeds)}`,
    },
  );
}

/**
 * Whether removing the dead units changed the training or the test accuracy.
 *
 * @param findings The width findings of one profile.
 * @returns A table of one row.
 *
 * @example
 * ```ts
 * import { pruningTable } from "./figures.ts";
 * import { widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = pruningTable(widthFindings((await committedResults(widthSweep)).rows, "full"));
 * expect(table.cells[0]![1]).to.equal("480");
 * ```
 */
export function pruningTable(findings: WidthFindings): Table {
  const p = findings.pruning;
  return new Table([{
    profile: findings.profile,
    runs: p.runs,
    "same train accuracy": p.sameTrainAccuracy,
    "same test accuracy": p.sameTestAccuracy,
    "largest test change": `${(100 * p.largestTestChange).toFixed(1)} points`,
  }], { caption: `${_source(findings.profile, widthSweep.name)}: pruned vs original network` });
}

/**
 * Each run's test accuracy against its share of dead units, one colour per width.
 *
 * @param findings The width findings of one profile.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { deadVsAccuracyPlot } from "./figures.ts";
 * import { widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const figure = deadVsAccuracyPlot(widthFindings((await committedResults(widthSweep)).rows, "full"));
 * expect(figure.data.map((t) => t.name)).to.include("width 64");
 * ```
 */
export function deadVsAccuracyPlot(findings: WidthFindings): Figure {
  return xyPlot(_byWidth(findings.rows, (r) => r.deadFraction), {
    xTitle: "dead hidden units (share)",
    yTitle: "test accuracy",
    xFormat: ".0%",
    yFormat: ".0%",
    title: `Test accuracy vs dead share, one point per run (${
      _label(findings.profile, findings.seeds)
    }, widths ${_widths(findings)})`,
  });
}

/**
 * Each run's test accuracy against its number of alive hidden units (of 2 × width), on a
 * logarithmic axis, one colour per width.
 *
 * @param findings The width findings of one profile.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { aliveUnitsPlot } from "./figures.ts";
 * import { widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const figure = aliveUnitsPlot(widthFindings((await committedResults(widthSweep)).rows, "full"));
 * expect(figure.layout.xaxis?.type).to.equal("log");
 * ```
 */
export function aliveUnitsPlot(findings: WidthFindings): Figure {
  const alive = (r: WidthRow) => r.deadUnits === null ? null : 2 * r.width - r.deadUnits;
  return xyPlot(_byWidth(findings.rows, alive), {
    xTitle: "alive hidden units (of 2 × width)",
    yTitle: "test accuracy",
    yFormat: ".0%",
    logX: true,
    title: `Test accuracy vs alive units, one point per run (${
      _label(findings.profile, findings.seeds)
    })`,
  });
}

/**
 * Per width, over every learning rate: the runs that lost a whole hidden layer, their test
 * accuracy and the other runs'.
 *
 * @param findings The width findings of one profile.
 * @returns A table, one row per width.
 *
 * @example
 * ```ts
 * import { deadLayerTable } from "./figures.ts";
 * import { widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = deadLayerTable(widthFindings((await committedResults(widthSweep)).rows, "full"));
 * expect(table.cells.at(-1)![1]).to.equal("0 of 80");
 * ```
 */
export function deadLayerTable(findings: WidthFindings): Table {
  const cell = (f: MeanFinding | null) => f === null ? "none" : f.mean.withInterval;
  return new Table(
    findings.deadLayers.map((d) => ({
      width: d.width,
      "runs with a dead layer": `${d.withDeadLayer} of ${d.runs}`,
      "their test accuracy": cell(d.accuracyWithDeadLayer),
      "the other runs' test accuracy": cell(d.accuracyOtherwise),
    })),
    {
      caption: `${
        _source(findings.profile, widthSweep.name)
      }: every learning rate; mean test accuracy (95% bootstrap CI) over the runs`,
    },
  );
}

/**
 * Per width: the dead share and the test accuracy at the highest learning rate and at the
 * gentlest.
 *
 * @param findings The width findings of one profile.
 * @returns A table, one row per width.
 *
 * @example
 * ```ts
 * import { widthTable } from "./figures.ts";
 * import { widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = widthTable(widthFindings((await committedResults(widthSweep)).rows, "full"));
 * expect(table.columns).to.deep.equal([
 *   "width", "dead, lr 3", "test accuracy, lr 3", "dead, lr 0.1", "test accuracy, lr 0.1",
 * ]);
 * ```
 */
export function widthTable(findings: WidthFindings): Table {
  const rates = [...new Set(findings.outcomes.map((o) => o.learningRate))];
  const [gentle, high] = [rates[0]!, rates.at(-1)!];
  const widths = [...new Set(findings.outcomes.map((o) => o.width))];
  return new Table(
    widths.map((width) => {
      const at = (learningRate: number) => widthOutcome(findings, { width, learningRate });
      return {
        width,
        [`dead, lr ${high}`]: at(high).dead.mean.withInterval,
        [`test accuracy, lr ${high}`]: at(high).accuracy.mean.withInterval,
        [`dead, lr ${gentle}`]: at(gentle).dead.mean.withInterval,
        [`test accuracy, lr ${gentle}`]: at(gentle).accuracy.mean.withInterval,
      };
    }),
    { caption: `${_source(findings.profile, widthSweep.name)}: ${_meanOver(findings.seeds)}` },
  );
}

/**
 * Chapter 4's learning-rate-3 ReLU network beside this chapter's width-16 one: their
 * setups, their dead shares, and the paired difference over the seeds both ran.
 *
 * @param comparison The comparison (see `chapter4Comparison`).
 * @returns A table of two rows.
 *
 * @example
 * ```ts
 * import { baselineTable } from "./figures.ts";
 * import { chapter4Comparison, widthFindings } from "./findings.ts";
 * import { widthSweep } from "./width.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const width = widthFindings((await committedResults(widthSweep)).rows, "full");
 * const table = baselineTable(chapter4Comparison((await committedResults(dyingLr)).rows, width));
 * expect(table.cells.map((row) => row[0])).to.deep.equal(["chapter 4 (dying-lr)", "chapter 6 (threat-width)"]);
 * ```
 */
export function baselineTable(comparison: Chapter4Comparison): Table {
  const { difference } = comparison;
  const dead = [comparison.chapter4.mean, comparison.here.mean];
  return new Table(
    comparison.setups.map((s, i) => ({
      chapter: s.chapter,
      "training points": s.trainingPoints,
      epochs: s.epochs,
      "SGD steps": s.steps,
      seeds: dead[i]!.n,
      "dead after training": dead[i]!.withInterval,
    })),
    {
      caption:
        `Full profiles; both 2-16-16-1 ReLU, He-uniform weights, zero biases, SGD at learning rate 3, batch 32. On the ${difference.n} seeds both ran (the same initial weights), chapter 4 minus chapter 6: ${difference.difference.withInterval} points, more units dead in chapter 4 on ${difference.bWins} of ${difference.n}`,
    },
  );
}

/** One scatter series per width: test accuracy against `x`. */
function _byWidth(rows: readonly WidthRow[], x: (r: WidthRow) => number | null) {
  return rowSeries(rows, { x, y: (r) => r.testAccuracy, by: (r) => `width ${r.width}` });
}

/** Outer axes for a grid of maps: ticks and titles on the bottom row and left column only. */
function _outerAxes(figure: Figure, count: number, columns: number, radius: number): void {
  const shapes: Record<string, unknown>[] = [];
  for (let k = 0; k < count; k++) {
    const axes = subplotAxes(k);
    const bottom = k + columns >= count, left = k % columns === 0;
    const outer = (shown: boolean, title: string) => ({
      zeroline: false,
      tickvals: [-3, 0, 3],
      showticklabels: shown,
      ticks: shown ? "outside" : "",
      ticklen: 3,
      ...(shown && { title: { text: title, standoff: 2 } }),
    });
    figure.layout[axes.xKey] = { ...(figure.layout[axes.xKey] as object), ...outer(bottom, "x₁") };
    figure.layout[axes.yKey] = { ...(figure.layout[axes.yKey] as object), ...outer(left, "x₂") };
    shapes.push({
      type: "circle",
      xref: axes.x,
      yref: axes.y,
      x0: -radius,
      x1: radius,
      y0: -radius,
      y1: radius,
      line: { color: "white", width: 1.5, dash: "dash" },
    });
  }
  figure.layout.shapes = [...((figure.layout.shapes as object[] | undefined) ?? []), ...shapes];
  const scale = figure.layout.coloraxis as { colorbar?: object } | undefined;
  figure.layout.coloraxis = {
    ...scale,
    colorbar: { ...scale?.colorbar, title: { text: "unit output", side: "right" } },
  };
}

/** The largest distance of a training point from the origin (points as x, y pairs). */
function _dataRadius(data: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i + 1 < data.length; i += 2) {
    most = Math.max(most, Math.hypot(data[i]!, data[i + 1]!));
  }
  return most;
}

function _widths(findings: WidthFindings): string {
  const widths = [...new Set(findings.outcomes.map((o) => o.width))];
  return `${widths[0]}-${widths.at(-1)}`;
}

function _label(profile: FindingProfile, seeds: number): string {
  return `${profile} profile, ${seeds} seeds`;
}

function _meanOver(seeds: number): string {
  return `mean (95% bootstrap CI) over ${seeds} seeds`;
}

function _source(profile: FindingProfile, sweep: string): string {
  return profile === "full"
    ? `Full profile (deno task sweep ${sweep} --profile full)`
    : "Quick profile";
}

/**
 * Chapter 4's figures and tables of its sweeps, drawn from findings (full profile, with
 * the quick run beside it where the notebook shows one): dead units and accuracy against
 * the learning rate, the census over training, dead at birth against the initialisation,
 * what comes back per layer.
 *
 * @module
 */

import type { Figure } from "../../display/figure.ts";
import { Table } from "../../display/table.ts";
import { trainingCurves } from "../../plot/training_curves.ts";
import { xyPlot, type XYSeries } from "../../plot/xy_plot.ts";
import type { Finding } from "../../stats/finding.ts";
import type { CensusRun, CensusShare, LayerRevival } from "./revival.ts";
import { DEMO_LR, type LrFindings } from "./lr_findings.ts";
import { initCell, type InitFindings } from "./init_findings.ts";
import { revivalTotals } from "./findings.ts";

/**
 * A series through findings with their intervals as error bars: a line for the full
 * profile, markers for a quick run, in a colour group (an activation's name gets its
 * house colour).
 *
 * @param name Legend name.
 * @param points One finding per horizontal position.
 * @param options Colour group, and whether the points are a quick run's.
 * @returns The series, for `xyPlot`.
 *
 * @example
 * ```ts
 * import { findingSeries } from "./figures.ts";
 * import { Finding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const finding = new Finding({ value: 0.5, interval: [0.4, 0.6], n: 10, profile: "full" });
 * const series = findingSeries("relu", [{ x: 1, finding }], { colorGroup: "relu" });
 * expect(series.yInterval).to.deep.equal({ low: [0.4], high: [0.6] });
 * ```
 */
export function findingSeries(
  name: string,
  points: readonly { readonly x: number; readonly finding: Finding }[],
  options: { readonly colorGroup: string; readonly quick?: boolean },
): XYSeries {
  return {
    name,
    colorGroup: options.colorGroup,
    mode: options.quick ? "markers" : "lines+markers",
    x: points.map((p) => p.x),
    y: points.map((p) => p.finding.value),
    yInterval: {
      low: points.map((p) => p.finding.low ?? p.finding.value),
      high: points.map((p) => p.finding.high ?? p.finding.value),
    },
  };
}

/**
 * ReLU's share of hidden units dead after training against the learning rate (log axis,
 * ticks at the grid's rates): the full profile as a line, the quick run as points.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's findings, if shown.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { deadVsLrPlot } from "./figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const figure = deadVsLrPlot((await dyingFindings()).lr);
 * expect(figure.data).to.have.length(1);
 * expect(figure.layout.xaxis?.type).to.equal("log");
 * ```
 */
export function deadVsLrPlot(full: LrFindings, quick?: LrFindings): Figure {
  const line = (f: LrFindings) =>
    findingSeries(
      `relu, ${f.profile} (${f.seeds} seeds)`,
      f.points.map((p) => ({ x: p.learningRate, finding: p.dead.mean })),
      { colorGroup: "relu", quick: f.profile === "quick" },
    );
  return xyPlot([line(full), ...(quick ? [line(quick)] : [])], {
    logX: true,
    yFormat: ".0%",
    legend: "below",
    xTitle: "learning rate",
    yTitle: "dead hidden units after training",
    title: "Dead units vs learning rate (mean and 95% bootstrap CI over seeds)",
  });
}

/**
 * ReLU's test accuracy per learning rate, full profile beside the quick run.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's findings, if shown.
 * @returns The table, one row per learning rate of the full profile.
 *
 * @example
 * ```ts
 * import { lrAccuracyTable } from "./figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const table = lrAccuracyTable((await dyingFindings()).lr);
 * expect(table.cells[0]![0]).to.equal("0.03");
 * ```
 */
export function lrAccuracyTable(full: LrFindings, quick?: LrFindings): Table {
  return new Table(
    full.points.map((p) => ({
      "learning rate": p.learningRate,
      [`full: mean (95% CI, ${full.seeds} seeds)`]: p.accuracy.mean.withInterval,
      ...(quick && {
        [`quick: mean (95% CI, ${quick.seeds} seeds)`]: quick.points.find((q) =>
          q.learningRate === p.learningRate
        )?.accuracy.mean
          .withInterval ?? "",
      }),
    })),
    { caption: "ReLU test accuracy after training" },
  );
}

/** Options of {@linkcode censusOverTrainingPlot}. */
export interface CensusPlotOptions {
  /**
   * The hidden activation whose runs are drawn.
   * @default "relu"
   */
  readonly activation?: string;
  /**
   * The learning rate.
   * @default DEMO_LR
   */
  readonly learningRate?: number;
  /**
   * `"deadFraction"` (the axis says dead units) or `"inactiveFraction"` (inactive units).
   * @default "deadFraction"
   */
  readonly share?: CensusShare;
}

/**
 * The census over training: one line per seed and hidden layer, coloured by layer, of
 * the share of units dead (or inactive) on the training inputs; epoch 0 is before training.
 *
 * @param rows Runs of a census sweep (dying-lr), with `activation` and `learningRate`.
 * @param options Which activation, learning rate and share.
 * @returns The figure.
 * @throws {RangeError} If no run has that activation and learning rate.
 *
 * @example
 * ```ts
 * import { censusOverTrainingPlot } from "./figures.ts";
 * import { dyingLr } from "./dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const { rows } = await committedResults(dyingLr);
 * const figure = censusOverTrainingPlot(rows, { share: "inactiveFraction" });
 * expect(figure.layout.yaxis?.title?.text).to.match(/^inactive/);
 * ```
 */
export function censusOverTrainingPlot(
  rows: readonly (CensusRun & {
    readonly activation: string;
    readonly learningRate: number;
    readonly replicate: number;
  })[],
  options: CensusPlotOptions = {},
): Figure {
  const { activation = "relu", learningRate = DEMO_LR, share = "deadFraction" } = options;
  const runs = rows.filter((r) => r.activation === activation && r.learningRate === learningRate);
  if (runs.length === 0) {
    throw new RangeError(
      `Expected runs of ${activation} at learning rate ${learningRate}, received none`,
    );
  }
  const word = share === "deadFraction" ? "dead" : "inactive";
  const layers = (runs[0]!.perEpoch[0]![share] as number[]).length;
  const figure = trainingCurves(
    runs.flatMap((r) =>
      Array.from({ length: layers }, (_, layer) => ({
        name: `seed ${r.replicate}, layer ${layer + 1}`,
        group: `layer ${layer + 1}`,
        steps: r.perEpoch.map((e) => e.epoch as number),
        values: r.perEpoch.map((e) => (e[share] as number[])[layer]!),
      }))
    ),
    {
      xTitle: "epoch (0 = before training)",
      yTitle: `${word} units in the layer`,
      yRange: [0, 1],
      title: `${word[0]!.toUpperCase()}${word.slice(1)} units per layer over training, ` +
        `${activation}, learning rate ${learningRate}`,
    },
  );
  figure.layout.yaxis = { ...figure.layout.yaxis, tickformat: ".0%" };
  return figure;
}

/**
 * ReLU's share of hidden units dead before training against the initial bias, one line
 * per weight scale (full profile), with the quick run as points.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's findings, if shown.
 * @param scales Weight scales to draw.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { deadAtBirthPlot } from "./figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(deadAtBirthPlot((await dyingFindings()).init).data).to.have.length(3);
 * ```
 */
export function deadAtBirthPlot(
  full: InitFindings,
  quick?: InitFindings,
  scales: readonly number[] = [0.5, 1, 4],
): Figure {
  const line = (f: InitFindings, scale: number) =>
    findingSeries(
      `scale ${scale}, ${f.profile}`,
      f.cells.filter((c) => c.weightScale === scale && c.biasStd === 0)
        .sort((a, b) => a.biasMean - b.biasMean)
        .map((c) => ({ x: c.biasMean, finding: c.deadAtInit.mean })),
      { colorGroup: `scale ${scale}`, quick: f.profile === "quick" },
    );
  return xyPlot(
    scales.flatMap((s) => [line(full, s), ...(quick ? [line(quick, s)] : [])]),
    {
      yFormat: ".0%",
      legend: "below",
      xTitle: "initial bias of every hidden unit",
      yTitle: "dead hidden units before training",
      title: "Dead at birth: negative bias vs weight scale (ReLU)",
    },
  );
}

/**
 * ReLU's test accuracy after training per weight scale and initial bias (constant
 * biases), full profile.
 *
 * @param full The full profile's findings.
 * @returns The table, one row per weight scale, one column per bias.
 *
 * @example
 * ```ts
 * import { initAccuracyTable } from "./figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const table = initAccuracyTable((await dyingFindings()).init);
 * expect(table.columns).to.deep.equal(["weight scale", "bias 0", "bias -0.5", "bias -1", "bias -2"]);
 * ```
 */
export function initAccuracyTable(full: InitFindings): Table {
  const of = (key: "weightScale" | "biasMean") =>
    [...new Set(full.cells.map((c) => c[key]))].sort((a, b) => a - b);
  return new Table(
    of("weightScale").map((weightScale) => ({
      "weight scale": weightScale,
      ...Object.fromEntries(
        of("biasMean").reverse().map((biasMean) => [
          `bias ${biasMean}`,
          initCell(full, { weightScale, biasMean }).accuracy.mean.withInterval,
        ]),
      ),
    })),
    {
      caption:
        `ReLU test accuracy after training, ${full.profile} profile: mean (95% CI over ${full.seeds} seeds)`,
    },
  );
}

/**
 * What comes back, per hidden layer, in ReLU's runs: for each learning rate of dying-lr
 * and for the He-scale, bias −1 initialisation of dying-init, the runs in which a layer's
 * dead share ever fell and its change from its peak to the end; and every run of both
 * sweeps together.
 *
 * @param lr The dying-lr findings.
 * @param init The dying-init findings.
 * @returns The table.
 *
 * @example The first layer never comes back
 * ```ts
 * import { revivalTable } from "./figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const { lr, init } = await dyingFindings();
 * const table = revivalTable(lr, init);
 * expect(table.cells.at(-1)![2]).to.equal("0 of 500");
 * ```
 */
export function revivalTable(lr: LrFindings, init: InitFindings): Table {
  const row = (setting: string, layers: readonly LayerRevival[]) => ({
    setting,
    runs: layers[0]!.runs,
    ...Object.fromEntries(layers.flatMap((l) => [
      [`layer ${l.layer}: runs whose dead share fell`, `${l.runsThatFell} of ${l.runs}`],
      [`layer ${l.layer}: peak → end (points)`, l.change.withInterval],
    ])),
  });
  const he = initCell(init, { weightScale: 1, biasMean: -1 });
  const totals = revivalTotals(lr, init);
  const total = {
    setting: "every ReLU run of both sweeps",
    runs: totals.runs,
    ...Object.fromEntries(totals.runsThatFell.flatMap((fell, l) => [
      [`layer ${l + 1}: runs whose dead share fell`, `${fell} of ${totals.runs}`],
      [`layer ${l + 1}: peak → end (points)`, ""],
    ])),
  };
  return new Table(
    [
      ...lr.points.filter((p) => p.learningRate >= 1)
        .map((p) => row(`dying-lr, learning rate ${p.learningRate}`, p.revival.layers)),
      row("dying-init, He scale, bias −1", he.revival.layers),
      total,
    ],
    {
      caption: `ReLU, ${lr.profile} profile: what comes back per hidden layer ` +
        "(peak → end: mean over runs, 95% bootstrap CI)",
    },
  );
}

/**
 * Chapter 3's figures and tables, drawn from its findings: the gradient at every layer at
 * initialisation, the first-to-last ratio against depth, the ratios at depths 10 and 20,
 * weight gradients, exact zeros, float32 underflow, and the curves and outcomes of
 * training. Curves over seeds are drawn one colour per activation: each seed a thin line,
 * the median over seeds a thick one.
 *
 * @module
 */

import type { Figure } from "../../display/figure.ts";
import { Table } from "../../display/table.ts";
import { panelGrid } from "../../plot/panels.ts";
import { type RunSeries, trainingCurves } from "../../plot/training_curves.ts";
import { xyPlot } from "../../plot/xy_plot.ts";
import { requireOneOf } from "../../core/_validate.ts";
import { powerOfTen } from "../01_relu/powers_of_ten.ts";
import { DEPTH_ACTIVATIONS } from "./deep_nets.ts";
import {
  type InitFindings,
  initGroup,
  INITS,
  TRAINED_ACCURACY,
  type TrainingFindings,
  VANISHING_LEVEL,
  VANISHING_TEXT,
} from "./findings.ts";
import { gradientsAtInitSweep, gradientsTrainingSweep } from "./gradient_sweeps.ts";
import type { UnderflowRow } from "./underflow.ts";

/** The per-epoch curves {@linkcode trainingPanels} draws. */
export type TrainingCurve = "testAccuracy" | "deltaRatio" | "weightFirst";

const _CURVES: Readonly<
  Record<TrainingCurve, { yTitle: string; log: boolean; range?: [number, number]; what: string }>
> = {
  testAccuracy: {
    yTitle: "test accuracy",
    log: false,
    range: [0.4, 1],
    what: "Test accuracy while training",
  },
  deltaRatio: {
    yTitle: "first / last hidden layer gradient",
    log: true,
    what: "Gradient ratio, first to last hidden layer, while training",
  },
  weightFirst: {
    yTitle: "‖∂loss/∂W‖ of hidden layer 2",
    log: true,
    what: "Weight-gradient norm of the first hidden→hidden layer while training",
  },
};

/**
 * The RMS of ∂loss/∂z at every hidden layer of fresh nets of one depth, He and Xavier side
 * by side, each seed a thin line and the median over seeds a thick one.
 *
 * @param findings Findings at initialisation (their rows hold the per-layer gradients).
 * @param depth A depth the findings measured.
 * @returns Two panels, log vertical axes.
 *
 * @example
 * ```ts
 * import { layerProfile } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const figure = layerProfile((await gradientsChapter.findings()).init, 20);
 * const legend = figure.data.filter((t) => t.showlegend).map((t) => t.name);
 * expect(legend).to.deep.equal(["sigmoid", "tanh", "relu", "leaky_relu(0.1)"]);
 * ```
 */
export function layerProfile(findings: InitFindings, depth: number): Figure {
  const panels = INITS.map((init) =>
    _seedsAndMedians(
      findings.rows.filter((r) => r.init === init && r.depth === depth).map((r) => ({
        activation: r.activation,
        name: `${r.activation} seed ${r.replicate}`,
        values: (r.perEpoch[0]!.deltaRms as number[]).slice(0, depth),
        steps: Array.from({ length: depth }, (_, i) => i + 1),
      })),
      {
        logY: true,
        xTitle: "hidden layer (1 = next to the input)",
        yTitle: "RMS of ∂loss/∂z",
        title: `${init} initialisation`,
      },
    )
  );
  return panelGrid(panels, {
    columns: 2,
    rowHeight: 380,
    title: `Gradient reaching each of ${depth} hidden layers at initialisation ` +
      `(${findings.profile} profile, ${findings.seeds} seeds; thick: median)`,
  });
}

/**
 * The first-to-last gradient ratio (geometric mean with its 95% interval) against depth,
 * one line per activation, He and Xavier side by side, with the level the chapter calls
 * vanished.
 *
 * @param findings Findings at initialisation.
 * @returns Two panels, log vertical axes.
 *
 * @example
 * ```ts
 * import { ratioDepthPlot } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const figure = ratioDepthPlot((await gradientsChapter.findings()).init);
 * expect(figure.data[0]!.x).to.include(2).and.to.include(20);
 * const axis = (key: string) => figure.layout[key] as { range?: number[] };
 * expect(axis("yaxis").range).to.deep.equal(axis("yaxis2").range);
 * ```
 */
export function ratioDepthPlot(findings: InitFindings): Figure {
  const { depths } = findings;
  // One vertical range (in decades) for both panels, so He and Xavier compare at a glance.
  const ends = findings.groups.flatMap((g) => [g.deltaRatio.log.low!, g.deltaRatio.log.high!]);
  const range: [number, number] = [
    Math.floor(Math.min(...ends, Math.log10(VANISHING_LEVEL))),
    Math.ceil(Math.max(...ends)),
  ];
  const panels = INITS.map((init) =>
    xyPlot([
      ...DEPTH_ACTIVATIONS.map((activation) => {
        const ratios = depths.map((d) => initGroup(findings, d, init, activation).deltaRatio);
        return {
          name: activation,
          x: depths,
          y: ratios.map((r) => r.value),
          yInterval: { low: ratios.map((r) => r.low!), high: ratios.map((r) => r.high!) },
        };
      }),
      {
        name: `vanished: ${VANISHING_TEXT}`,
        x: [depths[0]!, depths.at(-1)!],
        y: [VANISHING_LEVEL, VANISHING_LEVEL],
        mode: "lines" as const,
        dash: "dash" as const,
      },
    ], {
      logY: true,
      xTitle: "hidden layers",
      yTitle: "first / last hidden layer gradient",
      yAxis: { range },
      title: `${init} initialisation`,
    })
  );
  for (const panel of panels) {
    const level = panel.data.at(-1)!; // not an activation: drawn grey
    level.line = { ...(level.line as object), color: "#888" };
    level.marker = { ...(level.marker as object), color: "#888" };
  }
  return panelGrid(panels, {
    columns: 2,
    rowHeight: 400,
    title: `How much of the gradient reaches the first hidden layer, by depth ` +
      `(geometric mean and 95% CI; ${findings.profile} profile, ${findings.seeds} seeds)`,
  });
}

/**
 * The first-to-last ratio at the depths both profiles measure, full beside quick.
 *
 * @param full Findings at initialisation from the full profile.
 * @param quick The same from this run's quick profile.
 * @returns A table, one row per activation, initialisation and depth.
 *
 * @example
 * ```ts
 * import { ratioTable } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const { init } = await gradientsChapter.findings();
 * const table = ratioTable(init, init); // the full profile beside itself: every depth
 * expect(table.cells).to.have.length(4 * 2 * init.depths.length);
 * ```
 */
export function ratioTable(full: InitFindings, quick: InitFindings): Table {
  const depths = quick.depths.filter((d) => full.depths.includes(d));
  return new Table(
    DEPTH_ACTIVATIONS.flatMap((activation) =>
      INITS.flatMap((init) =>
        depths.map((depth) => ({
          activation,
          init,
          depth,
          [`full profile, ${full.seeds} seeds`]:
            initGroup(full, depth, init, activation).deltaRatio.withInterval,
          [`quick (this run), ${quick.seeds} seeds`]:
            initGroup(quick, depth, init, activation).deltaRatio.withInterval,
        }))
      )
    ),
    {
      caption: "First / last hidden layer gradient at initialisation, geometric mean (95% CI); " +
        `full: deno task sweep ${gradientsAtInitSweep.name} --profile full`,
    },
  );
}

/**
 * Weight gradients at initialisation, at one depth: the first-to-last ratio of
 * weight-gradient norms (geometric mean) and the last hidden→hidden layer's norm (median).
 *
 * @param findings Findings at initialisation.
 * @param depth A depth the findings measured.
 * @returns A table, one row per initialisation and activation.
 *
 * @example
 * ```ts
 * import { weightTable } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * expect(weightTable((await gradientsChapter.findings()).init, 20).cells).to.have.length(8);
 * ```
 */
export function weightTable(findings: InitFindings, depth: number): Table {
  return new Table(
    INITS.flatMap((init) =>
      DEPTH_ACTIVATIONS.map((activation) => {
        const g = initGroup(findings, depth, init, activation);
        return {
          init,
          activation,
          "weight-gradient ratio, first / last (geometric mean, 95% CI)":
            g.weightRatio.withInterval,
          "last hidden→hidden weight-gradient norm (median)": powerOfTen(g.lastWeightNorm),
        };
      })
    ),
    {
      caption: `${depth} hidden layers, at initialisation: weight gradients ` +
        `(${findings.profile} profile, ${findings.seeds} seeds)`,
    },
  );
}

/**
 * Exact zeros at initialisation, at one depth: the mean share of ∂loss/∂z entries that are
 * exactly 0, and the smallest nonzero entry of any seed.
 *
 * @param findings Findings at initialisation.
 * @param depth A depth the findings measured.
 * @returns A table, one row per activation and initialisation.
 *
 * @example
 * ```ts
 * import { zeroTable } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const table = zeroTable((await gradientsChapter.findings()).init, 20);
 * expect(table.cells[0]!.slice(0, 3)).to.deep.equal(["sigmoid", "he", "0.0% (0.0% to 0.0%)"]);
 * ```
 */
export function zeroTable(findings: InitFindings, depth: number): Table {
  return new Table(
    INITS.flatMap((init) =>
      DEPTH_ACTIVATIONS.map((activation) => {
        const g = initGroup(findings, depth, init, activation);
        return {
          activation,
          init,
          "share of ∂loss/∂z exactly 0 (mean, 95% CI)": g.exactZeros.withInterval,
          "smallest nonzero |∂loss/∂z| (any seed)": powerOfTen(g.smallestGrad),
        };
      })
    ),
    {
      caption: `${depth} hidden layers, at initialisation (${findings.profile} profile, ` +
        `${findings.seeds} seeds)`,
    },
  );
}

/**
 * Sigmoid networks in float32, by depth: the gradient at the first hidden layer, the share
 * of it that is exactly 0, and the hidden layers that get exactly 0 everywhere.
 *
 * @param rows From `sigmoidUnderflow`.
 * @returns A table, one row per depth and initialisation.
 *
 * @example
 * ```ts
 * import { underflowTable } from "./figures.ts";
 * import { sigmoidUnderflow } from "./underflow.ts";
 * import { expect } from "chai";
 *
 * expect(underflowTable(sigmoidUnderflow([10])).cells[0]!.slice(0, 2)).to.deep.equal(["10", "xavier"]);
 * ```
 */
export function underflowTable(rows: readonly UnderflowRow[]): Table {
  return new Table(
    rows.map((r) => ({
      depth: r.depth,
      init: r.init,
      "RMS of ∂loss/∂z at layer 1": powerOfTen(r.rmsFirst),
      "share exactly 0 at layer 1": `${(100 * r.zeroShareFirst).toFixed(1)}%`,
      "hidden layers with every entry 0": r.zeroLayers,
    })),
    { caption: "Sigmoid networks in float32 (seed 1): when the gradient underflows" },
  );
}

/**
 * One per-epoch curve of training at one depth, He and Xavier side by side, each seed a
 * thin line and the median over seeds a thick one. On the log axes a point with a value of
 * 0 (no gradient at all) cannot be drawn: it is left out of the seed's line (which stops
 * early when the gradient stays 0), and the median counts the 0.
 *
 * @param findings Findings over training (their rows hold the curves).
 * @param curve `"testAccuracy"`, `"deltaRatio"` or `"weightFirst"`.
 * @param depth A depth the findings trained.
 * @returns Two panels.
 * @throws {RangeError} On an unknown curve.
 *
 * @example
 * ```ts
 * import { trainingPanels } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const figure = trainingPanels((await gradientsChapter.findings()).training, "testAccuracy", 20);
 * expect(figure.data.filter((t) => t.showlegend)).to.have.length(4);
 * ```
 */
export function trainingPanels(
  findings: TrainingFindings,
  curve: TrainingCurve,
  depth: number,
): Figure {
  requireOneOf("curve", curve, Object.keys(_CURVES));
  const { yTitle, log, range, what } = _CURVES[curve];
  const panels = INITS.map((init) =>
    _seedsAndMedians(
      findings.rows.filter((r) => r.init === init && r.depth === depth).map((r) => {
        const points = r.perEpoch.filter((e) => typeof e[curve] === "number");
        return {
          activation: r.activation,
          name: `${r.activation} seed ${r.replicate}`,
          values: points.map((e) => e[curve] as number),
          steps: points.map((e) => e.epoch as number),
        };
      }),
      { logY: log, yTitle, title: `${init} initialisation`, ...(range && { yRange: range }) },
    )
  );
  return panelGrid(panels, {
    columns: 2,
    rowHeight: 380,
    title: `${what} ${depth} hidden layers (${findings.profile} profile, ${findings.seeds} ` +
      `seeds; thick: median)`,
  });
}

/**
 * How each setting ended: the mean final test accuracy, the seeds that trained, and the
 * runs whose first hidden→hidden layer got no gradient at all in some epoch.
 *
 * @param findings Findings over training.
 * @returns A table, one row per setting.
 *
 * @example
 * ```ts
 * import { outcomeTable } from "./figures.ts";
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const table = outcomeTable((await gradientsChapter.findings()).training);
 * expect(table.cells).to.have.length(16);
 * ```
 */
export function outcomeTable(findings: TrainingFindings): Table {
  return new Table(
    findings.groups.map((g) => ({
      depth: g.depth,
      init: g.init,
      activation: g.activation,
      "test accuracy (mean, 95% CI)": g.accuracy.withInterval,
      [`trained (≥ ${100 * TRAINED_ACCURACY}%)`]: `${g.trained} of ${g.runs}`,
      "hidden layer 2 without gradient in some epoch": `${g.zeroed} of ${g.runs}`,
    })),
    {
      caption: findings.profile === "full"
        ? `Full profile (deno task sweep ${gradientsTrainingSweep.name} --profile full): ` +
          `${findings.seeds} seeds, ${findings.epochs} epochs`
        : `Quick profile (this run): ${findings.seeds} seeds, ${findings.epochs} epochs`,
    },
  );
}

/** One seed's curve, tagged with its activation. */
interface _SeedCurve {
  readonly activation: string;
  readonly name: string;
  readonly values: readonly number[];
  readonly steps: readonly number[];
}

/**
 * Thin seed lines and a thick median line per activation, one colour each (the palette's,
 * by the activation's name), one legend entry per activation that toggles its lines.
 */
function _seedsAndMedians(
  curves: readonly _SeedCurve[],
  options: Parameters<typeof trainingCurves>[1] & { logY?: boolean },
): Figure {
  const drawable = (v: number) => Number.isFinite(v) && (!options.logY || v > 0);
  const runs: RunSeries[] = [];
  const medians = new Set<number>();
  for (const activation of DEPTH_ACTIVATIONS) {
    const own = curves.filter((c) => c.activation === activation);
    if (own.length === 0) continue;
    for (const c of own) {
      const keep = c.values.map((v, i) => (drawable(v) ? i : -1)).filter((i) => i >= 0);
      runs.push({
        name: c.name,
        group: activation,
        values: keep.map((i) => c.values[i]!),
        steps: keep.map((i) => c.steps[i]!),
      });
    }
    const steps = [...new Set(own.flatMap((c) => c.steps))].sort((a, b) => a - b);
    const median = steps.map((s) =>
      _median(own.flatMap((c) => {
        const i = c.steps.indexOf(s);
        return i < 0 ? [] : [c.values[i]!];
      }))
    );
    const keep = steps.map((_, i) => i).filter((i) => drawable(median[i]!));
    medians.add(runs.length);
    runs.push({
      name: `${activation} median`,
      group: activation,
      values: keep.map((i) => median[i]!),
      steps: keep.map((i) => steps[i]!),
    });
  }
  const figure = trainingCurves(runs, options);
  figure.data.forEach((trace, i) => {
    const median = medians.has(i);
    const line = trace.line as { color: string; width: number };
    trace.line = { ...line, width: median ? 3 : 0.75 };
    trace.opacity = median ? 1 : 0.35;
    trace.showlegend = median;
    if (median) trace.name = runs[i]!.group!;
  });
  return figure;
}

function _median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b), mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Chapter 5's figures and tables, drawn from its findings: every activation against the
 * learning rate (inactive units, test accuracy, diverged runs), the leak against ReLU seed
 * by seed, what comes back per layer, PReLU's learned slopes, and the choice of a.
 *
 * @module
 */

import type { Figure } from "../../display/figure.ts";
import { Table } from "../../display/table.ts";
import { trainingCurves } from "../../plot/training_curves.ts";
import { xyPlot, type XYSeries } from "../../plot/xy_plot.ts";
import type { MeanFinding } from "../../stats/row_findings.ts";
import { findingSeries } from "../04_dying/figures.ts";
import type { LayerRevival } from "../04_dying/revival.ts";
import { type ActivationPoint, LEAK, type LeakLrFindings, leakPoint } from "./leak_vs_lr.ts";
import { type PreluFindings, SLOPE_CURVE_LR } from "./prelu_findings.ts";
import { slopeCell, type SlopeFindings } from "./slope_findings.ts";

/** Quick runs draw only the activations of the quick profile. */
function _activationLines(
  full: LeakLrFindings,
  quick: LeakLrFindings | undefined,
  pick: (p: ActivationPoint) => MeanFinding | null,
): XYSeries[] {
  const lines = (f: LeakLrFindings) =>
    f.activations.flatMap((activation) => {
      const points = f.points.filter((p) => p.activation === activation && pick(p) !== null)
        .map((p) => ({ x: p.learningRate, finding: pick(p)!.mean }));
      return points.length === 0 ? [] : [
        findingSeries(`${activation}, ${f.profile}`, points, {
          colorGroup: activation,
          quick: f.profile === "quick",
        }),
      ];
    });
  return [...lines(full), ...(quick ? lines(quick) : [])];
}

function _lrAxes(yTitle: string, title: string) {
  return {
    logX: true,
    yFormat: ".0%",
    legend: "below" as const,
    xTitle: "learning rate",
    yTitle,
    title,
  };
}

/**
 * The share of hidden units inactive after training (no positive pre-activation on any
 * training input; for ReLU the dead ones) against the learning rate, one colour per
 * activation; lines stop where every seed diverged.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's, if shown.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { inactiveVsLrPlot } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const figure = inactiveVsLrPlot((await leakyFindings()).lr);
 * expect(figure.data.map((t) => t.legendgroup)).to.include("leaky_relu(0.1)");
 * ```
 */
export function inactiveVsLrPlot(full: LeakLrFindings, quick?: LeakLrFindings): Figure {
  return xyPlot(
    _activationLines(full, quick, (p) => p.inactive),
    _lrAxes(
      "inactive hidden units after training",
      "Inactive units vs learning rate (mean, 95% CI)",
    ),
  );
}

/**
 * Test accuracy against the learning rate, one colour per activation, over the runs
 * that did not diverge.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's, if shown.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { accuracyVsLrPlot } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(accuracyVsLrPlot((await leakyFindings()).lr).layout.yaxis?.title?.text).to.equal("test accuracy");
 * ```
 */
export function accuracyVsLrPlot(full: LeakLrFindings, quick?: LeakLrFindings): Figure {
  return xyPlot(
    _activationLines(full, quick, (p) => p.accuracy),
    _lrAxes(
      "test accuracy",
      "Test accuracy vs learning rate (mean, 95% CI, runs that did not diverge)",
    ),
  );
}

/**
 * Diverged runs per activation and learning rate (from `from` up).
 *
 * @param full The full profile's findings.
 * @param from The smallest learning rate shown.
 * @returns The table, one row per activation.
 *
 * @example
 * ```ts
 * import { divergedTable } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(divergedTable((await leakyFindings()).lr).cells[0]![0]).to.equal("relu");
 * ```
 */
export function divergedTable(full: LeakLrFindings, from = 1): Table {
  const rates = full.learningRates.filter((lr) => lr >= from);
  return new Table(
    full.activations.map((activation) => ({
      activation,
      ...Object.fromEntries(rates.map((lr) => {
        const p = leakPoint(full, activation, lr);
        return [`lr ${lr}`, `${p.diverged}/${p.runs}`];
      })),
    })),
    { caption: `Diverged runs out of ${full.seeds} seeds (${full.profile} profile)` },
  );
}

/**
 * Leaky ReLU (0.01) against ReLU per learning rate, paired by seed: both accuracies, the
 * difference with its paired interval, the wins and the verdict.
 *
 * @param full The full profile's findings.
 * @returns The table, one row per learning rate.
 *
 * @example
 * ```ts
 * import { leakVersusReluTable } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const table = leakVersusReluTable((await leakyFindings()).lr);
 * expect(table.columns).to.include("leak − relu (points)");
 * ```
 */
export function leakVersusReluTable(full: LeakLrFindings): Table {
  return new Table(
    full.versus.map(({ learningRate, accuracy, verdict }) => ({
      "learning rate": learningRate,
      "relu accuracy": leakPoint(full, "relu", learningRate).accuracy!.mean.short,
      "leak accuracy": leakPoint(full, LEAK, learningRate).accuracy!.mean.short,
      "leak − relu (points)": accuracy.difference.withInterval,
      "leak wins": accuracy.aWins,
      "relu wins": accuracy.bWins,
      ties: accuracy.ties,
      verdict,
    })),
    {
      caption: `Test accuracy, ${LEAK} minus relu, paired over ${full.seeds} seeds ` +
        `(${full.profile} profile; 95% paired bootstrap CI)`,
    },
  );
}

/**
 * What comes back per layer at chapter 4's demonstration rate: ReLU's dead units against
 * the leak's inactive ones, the runs in which a layer's share ever fell and its change from
 * peak to end.
 *
 * @param full The full profile's findings.
 * @returns The table, one row per activation and layer (and pooled).
 * @throws {RangeError} If the findings have no runs at that rate.
 *
 * @example
 * ```ts
 * import { comebackTable } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(comebackTable((await leakyFindings()).lr).cells[0]!.slice(0, 3)).to.deep.equal([
 *   "relu", "dead", "1",
 * ]);
 * ```
 */
export function comebackTable(full: LeakLrFindings): Table {
  if (full.revival === null) throw new RangeError("Expected findings with runs at learning rate 3");
  const row = (activation: string, share: string, l: LayerRevival) => ({
    activation,
    share,
    layer: l.layer,
    "runs whose share fell": `${l.runsThatFell} of ${l.runs}`,
    "peak → end (points)": l.change.withInterval,
  });
  const rows = (activation: string, share: string, r: typeof full.revival.relu) => [
    ...r.layers.map((l) => row(activation, share, l)),
    row(activation, share, r.pooled),
  ];
  return new Table(
    [...rows("relu", "dead", full.revival.relu), ...rows(LEAK, "inactive", full.revival.leak)],
    {
      caption:
        `What comes back at learning rate 3 (${full.profile} profile, mean over seeds, 95% CI)`,
    },
  );
}

/**
 * PReLU's shared slope per layer over training, one line per seed and layer.
 *
 * @param prelu The PReLU findings.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { slopeCurvesPlot } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(slopeCurvesPlot((await leakyFindings()).prelu).data).to.have.length(20);
 * ```
 */
export function slopeCurvesPlot(prelu: PreluFindings): Figure {
  return trainingCurves(
    prelu.curves.map((c) => ({
      name: `layer ${c.layer}, seed ${c.replicate}`,
      group: `layer ${c.layer}`,
      steps: c.slopes.map((_, epoch) => epoch),
      values: c.slopes,
    })),
    {
      xTitle: "epoch (0 = before training)",
      yTitle: "learned slope a",
      title:
        `PReLU's slope per layer over training (learning rate ${SLOPE_CURVE_LR}, ${prelu.profile} profile)`,
      height: 380,
    },
  );
}

/**
 * PReLU's final slope per sharing, learning rate and layer: mean, lowest and highest
 * over the seeds that did not diverge (one format per column).
 *
 * @param prelu The PReLU findings.
 * @returns The table.
 *
 * @example
 * ```ts
 * import { preluSlopeTable } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(preluSlopeTable((await leakyFindings()).prelu).cells[0]![4]).to.match(/^-?\d\.\d{3}$/);
 * ```
 */
export function preluSlopeTable(prelu: PreluFindings): Table {
  const f = (v: number | undefined) => (v === undefined ? "" : v.toFixed(3));
  return new Table(
    prelu.layers.map((l) => ({
      activation: l.activation,
      "learning rate": l.learningRate,
      layer: l.layer,
      "seeds (diverged)": `${l.seeds} (${l.diverged})`,
      "mean final slope": f(l.slope?.mean),
      lowest: f(l.slope?.low),
      highest: f(l.slope?.high),
    })),
    {
      caption:
        `Final slope per layer (per-unit PReLU: the layer's mean slope), ${prelu.profile} profile`,
    },
  );
}

/**
 * Test accuracy against Leaky ReLU's slope a, one line per learning rate and width (full
 * profile), the quick run as points; a point only where most seeds did not
 * diverge (the table of {@linkcode slopeTable} has the rest).
 *
 * @param full The full profile's findings.
 * @param quick The quick run's, if shown.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { slopeAccuracyPlot } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(slopeAccuracyPlot((await leakyFindings()).slope).data).to.have.length(4);
 * ```
 */
export function slopeAccuracyPlot(full: SlopeFindings, quick?: SlopeFindings): Figure {
  const lines = (f: SlopeFindings) => {
    const settings = [...new Set(f.cells.map((c) => `${c.learningRate} ${c.width}`))];
    return settings.map((key) => {
      const [learningRate, width] = key.split(" ").map(Number) as [number, number];
      const cells = f.cells.filter((c) =>
        c.learningRate === learningRate && c.width === width && c.accuracy !== null &&
        2 * c.diverged < c.runs
      );
      const group = `lr ${learningRate}, width ${width}`;
      return findingSeries(
        `${group}, ${f.profile}`,
        cells.map((c) => ({ x: c.a, finding: c.accuracy!.mean })),
        { colorGroup: group, quick: f.profile === "quick" },
      );
    });
  };
  return xyPlot([...lines(full), ...(quick ? lines(quick) : [])], {
    yFormat: ".0%",
    legend: "below",
    xTitle: "Leaky ReLU slope a (0 = ReLU, 1 = linear)",
    yTitle: "test accuracy (runs that did not diverge)",
    title: "Test accuracy vs a (mean, 95% CI; points where most seeds converged)",
  });
}

/**
 * Per slope a and setting: the mean test accuracy of the runs that did not diverge, with
 * the diverged count; or (with `versus`) the paired difference from a = 0.
 *
 * @param full The full profile's findings.
 * @param versus Show each a minus ReLU (a = 0), paired, instead of the accuracy.
 * @returns The table, one row per a.
 *
 * @example
 * ```ts
 * import { slopeTable } from "./figures.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const { slope } = await leakyFindings();
 * expect(slopeTable(slope).cells.at(-1)![0]).to.equal("1.00");
 * expect(slopeTable(slope, true).cells[0]![1]).to.equal("");
 * ```
 */
export function slopeTable(full: SlopeFindings, versus = false): Table {
  const slopes = [...new Set(full.cells.map((c) => c.a))];
  const settings = [...new Set(full.cells.map((c) => `${c.learningRate} ${c.width}`))]
    .map((key) => key.split(" ").map(Number) as [number, number]);
  return new Table(
    slopes.map((a) => ({
      a,
      ...Object.fromEntries(settings.map(([learningRate, width]) => {
        const c = slopeCell(full, { a, learningRate, width });
        const text = versus
          ? c.versusRelu?.difference.withInterval ?? ""
          : `${c.accuracy?.mean.short ?? "—"} (${c.diverged} diverged)`;
        return [`lr ${learningRate}, width ${width}`, text];
      })),
    })),
    {
      caption: versus
        ? `Test accuracy, a minus a = 0 (ReLU), in points, paired over the seeds where neither diverged (${full.profile} profile, 95% CI)`
        : `Mean test accuracy of the seeds that did not diverge, and diverged seeds out of ${full.seeds} (${full.profile} profile)`,
    },
  );
}

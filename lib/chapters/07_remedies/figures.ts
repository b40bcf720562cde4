/**
 * Chapter 7's tables and figure, drawn from its findings: the remedies and what each
 * changes, each remedy's outcome, each remedy against the baseline, the map of units
 * knocked out against test accuracy, and what a leak does at high learning rates.
 *
 * @module
 */

import { Table } from "../../display/table.ts";
import type { Figure } from "../../display/figure.ts";
import { xyPlot } from "../../plot/xy_plot.ts";
import { intervalPoints } from "../../plot/summary_series.ts";
import type { Finding } from "../../stats/finding.ts";
import { seriesColor } from "../../plot/palette.ts";
import type { LeakFindings } from "./leak_findings.ts";
import { REMEDIES, remediesSweep, REMEDY_BASE_LR } from "./remedies.ts";
import type { RemedyFindings, RemedyOutcome } from "./findings.ts";

/**
 * The baseline and every remedy, with what each changes.
 *
 * @returns A table, one row per remedy.
 *
 * @example
 * ```ts
 * import { remedyList } from "./figures.ts";
 * import { expect } from "chai";
 *
 * expect(remedyList().columns).to.deep.equal(["remedy", "what it changes"]);
 * ```
 */
export function remedyList(): Table {
  return new Table(REMEDIES.map((r) => ({ remedy: r.name, "what it changes": r.change })), {
    caption: `Baseline learning rate: ${REMEDY_BASE_LR}`,
  });
}

/**
 * Each remedy's outcome: runs, diverged runs, dead and inactive shares, test accuracy.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per remedy.
 *
 * @example
 * ```ts
 * import { outcomeTable } from "./figures.ts";
 * import { remedyFindings } from "./findings.ts";
 * import { remediesSweep } from "./remedies.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = outcomeTable(remedyFindings((await committedResults(remediesSweep)).rows, "full"));
 * expect(table.cells[0]![0]).to.equal("baseline");
 * ```
 */
export function outcomeTable(findings: RemedyFindings): Table {
  return new Table(
    findings.outcomes.map((o) => ({
      remedy: o.name,
      runs: o.runs,
      diverged: o.accuracy.missing,
      dead: o.dead.mean.withInterval,
      inactive: o.inactive.mean.withInterval,
      "test accuracy": o.accuracy.mean.withInterval,
    })),
    { caption: `${_profile(findings)}: mean (95% bootstrap CI) over ${findings.seeds} seeds` },
  );
}

/**
 * Each remedy minus the baseline, paired seed by seed: the change in test accuracy and in
 * the share of dead units, with the seeds on which the remedy did better.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per remedy, largest accuracy gain first.
 *
 * @example
 * ```ts
 * import { effectTable } from "./figures.ts";
 * import { remedyFindings } from "./findings.ts";
 * import { remediesSweep } from "./remedies.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = effectTable(remedyFindings((await committedResults(remediesSweep)).rows, "full"));
 * expect(table.columns).to.include("Δ test accuracy (points)");
 * ```
 */
export function effectTable(findings: RemedyFindings): Table {
  const difference = (f: Finding) => f.withInterval;
  return new Table(
    findings.effects.map(({ name, accuracy, dead, verdict }) => ({
      remedy: name,
      "Δ test accuracy (points)": difference(accuracy.difference),
      "better accuracy on": `${accuracy.aWins} of ${accuracy.n} seeds`,
      "Δ dead (points)": difference(dead.difference),
      "fewer dead on": `${dead.aWins} of ${dead.n} seeds`,
      verdict,
    })),
    {
      caption: `${_profile(findings)}: remedy minus baseline, paired over ${findings.seeds} seeds`,
    },
  );
}

/** What kind of change each remedy makes: its colour and legend group in {@linkcode remedyMap}. */
export const REMEDY_KINDS: Readonly<Record<string, string>> = {
  baseline: "baseline (ReLU)",
  lower_lr: "smaller or controlled steps",
  lr_schedule: "smaller or controlled steps",
  adam: "smaller or controlled steps",
  grad_clip: "smaller or controlled steps",
  batch_norm: "normalisation",
  l2: "penalties and dropout",
  l1: "penalties and dropout",
  dropout: "penalties and dropout",
  he_init: "initialisation",
  positive_bias: "initialisation",
  leaky_relu: "activation (Leaky ReLU)",
};

/**
 * Each remedy as a point at its mean share of units never active (for ReLU, the dead
 * ones) and its mean test accuracy, with 95% intervals both ways. Top left is best. A
 * legend names the points, grouped by kind of change: one colour per kind (the baseline in
 * ReLU's colour, the Leaky ReLU remedy in Leaky ReLU's), one marker shape per remedy within
 * it; no text sits on the plot to collide.
 *
 * @param findings The chapter's findings of one profile.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { remedyMap } from "./figures.ts";
 * import { remedyFindings } from "./findings.ts";
 * import { remediesSweep } from "./remedies.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const figure = remedyMap(remedyFindings((await committedResults(remediesSweep)).rows, "full"));
 * const looks = figure.data.map((t) => JSON.stringify(t.marker));
 * expect(new Set(looks).size).to.equal(figure.data.length); // no two points look alike
 * expect(figure.data.some((t) => "text" in t)).to.equal(false);
 * ```
 */
export function remedyMap(findings: RemedyFindings): Figure {
  const rows = (pick: (o: RemedyOutcome) => Finding) =>
    findings.outcomes.map((o) => ({ remedy: o.name, ...pick(o).estimate }));
  const points = intervalPoints(
    rows((o) => o.inactive.mean),
    rows((o) => o.accuracy.mean),
    "remedy",
  ).map(({ labels: _labels, ...point }) => point);
  const figure = xyPlot(points, {
    xTitle: "hidden units never active after training (= dead, for ReLU)",
    yTitle: "test accuracy",
    xFormat: ".0%",
    yFormat: ".0%",
    height: 560,
    title:
      `Remedies: units knocked out vs test accuracy (${findings.profile} profile, ${findings.seeds} seeds)`,
  });
  figure.data.forEach((trace) => {
    const kind = REMEDY_KINDS[trace.name as string] ?? "other";
    const color = _kindColor(kind);
    const rank = points.filter((p) => (REMEDY_KINDS[p.name] ?? "other") === kind)
      .findIndex((p) => p.name === trace.name);
    Object.assign(trace, {
      marker: { color, size: 10, symbol: _SHAPES[rank % _SHAPES.length]! },
      line: { color },
      legendgroup: kind,
      legendgrouptitle: { text: kind },
    });
    for (const bars of ["error_x", "error_y"]) {
      if (trace[bars]) trace[bars] = { ...(trace[bars] as object), color };
    }
  });
  Object.assign(figure.layout, {
    showlegend: true,
    legend: { orientation: "v", x: 1.02, y: 1, yanchor: "top", groupclick: "toggleitem" },
    margin: { t: 70, r: 230, b: 60, l: 60 },
  });
  return figure;
}

/**
 * Colours of the kinds of change: the baseline in ReLU's house colour, the Leaky ReLU remedy
 * in Leaky ReLU's, the others from Okabe and Ito's palette (told apart by colour-blind readers).
 */
function _kindColor(kind: string): string {
  if (kind.startsWith("baseline")) return seriesColor("relu", 0);
  if (kind.startsWith("activation")) return seriesColor("leaky_relu", 0);
  return _KIND_COLORS[kind] ?? "#7f7f7f";
}

const _KIND_COLORS: Readonly<Record<string, string>> = {
  "smaller or controlled steps": "#009E73",
  normalisation: "#CC79A7",
  "penalties and dropout": "#E69F00",
  initialisation: "#222222",
};

/** Marker shapes within one kind. */
const _SHAPES = ["circle", "square", "diamond", "triangle-up"];

/**
 * What a leak does where training breaks (chapter 4's dying-lr sweep, chapter 5's evidence):
 * per high learning rate, ReLU's and Leaky ReLU's test accuracy, their paired difference,
 * Leaky ReLU's inactive units and the larger leak's diverged runs.
 *
 * @param leak The leak findings.
 * @returns A table, one row per learning rate.
 *
 * @example
 * ```ts
 * import { leakTable } from "./figures.ts";
 * import { leakFindings } from "./leak_findings.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = leakTable(leakFindings((await committedResults(dyingLr)).rows, "full"));
 * expect(table.cells.map((row) => row[0])).to.deep.equal(["2.5", "3.0", "4.0", "5.0"]);
 * ```
 */
export function leakTable(leak: LeakFindings): Table {
  return new Table(
    leak.rates.map((r) => ({
      "learning rate": r.learningRate,
      relu: r.relu.mean.withInterval,
      "leaky_relu(0.01)": r.leaky.mean.withInterval,
      "leaky − relu (points)": r.gain.difference.withInterval,
      "leaky better on": `${r.gain.aWins} of ${r.gain.n} seeds`,
      "leaky inactive": r.leakyInactive.mean.withInterval,
      "leaky_relu(0.1) diverged": `${r.largerLeakDiverged} of ${r.runs}`,
    })),
    {
      caption: `${
        leak.profile === "full"
          ? "Full profile (deno task sweep dying-lr --profile full)"
          : "Quick profile"
      }: test accuracy; 2-16-16-1, He-uniform weights, 1,000 circle points, 30 epochs; mean (95% bootstrap CI) over ${
        leak.rates[0]?.runs ?? 0
      } seeds, differences paired by seed. ReLU at learning rate ${leak.gentleRate}: ${leak.gentle.mean.withInterval}`,
    },
  );
}

function _profile(findings: RemedyFindings): string {
  return findings.profile === "full"
    ? `Full profile (deno task sweep ${remediesSweep.name} --profile full)`
    : "Quick profile";
}

/**
 * Chapter 7's tables and figure, drawn from its findings: the remedies and what each
 * changes, each remedy's outcome, each remedy against the baseline, and the map of units
 * knocked out against test accuracy.
 *
 * @module
 */

import { Table } from "../../display/table.ts";
import type { Figure } from "../../display/figure.ts";
import { xyPlot } from "../../plot/xy_plot.ts";
import { intervalPoints } from "../../plot/summary_series.ts";
import type { Finding } from "../../stats/finding.ts";
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

/**
 * Each remedy as a point at its mean share of units never active (for ReLU, the dead
 * ones) and its mean test accuracy, with 95% intervals both ways. Top left is best.
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
 * expect(figure.data.length).to.be.at.least(12);
 * ```
 */
export function remedyMap(findings: RemedyFindings): Figure {
  const rows = (pick: (o: RemedyOutcome) => Finding) =>
    findings.outcomes.map((o) => ({ remedy: o.name, ...pick(o).estimate }));
  const points = intervalPoints(
    rows((o) => o.inactive.mean),
    rows((o) => o.accuracy.mean),
    "remedy",
  );
  return xyPlot(points, {
    xTitle: "hidden units never active after training (= dead, for ReLU)",
    yTitle: "test accuracy",
    xFormat: ".0%",
    yFormat: ".0%",
    legend: false,
    height: 520,
    title:
      `Remedies: units knocked out vs test accuracy (${findings.profile} profile, ${findings.seeds} seeds)`,
  });
}

function _profile(findings: RemedyFindings): string {
  return findings.profile === "full"
    ? `Full profile (deno task sweep ${remediesSweep.name} --profile full)`
    : "Quick profile";
}

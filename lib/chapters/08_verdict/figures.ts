/**
 * Chapter 8's tables and figure, drawn from its findings: the recipes, test accuracy and
 * inactive units per dataset and activation, each contender minus ReLU (a forest plot and
 * the seeds won), and the Leaky ReLU comparisons one by one.
 *
 * @module
 */

import { Table } from "../../display/table.ts";
import type { Figure } from "../../display/figure.ts";
import { pivotTable } from "../../plot/pivot_table.ts";
import { summarySeries } from "../../plot/summary_series.ts";
import { xyPlot } from "../../plot/xy_plot.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import { VERDICT_DATASETS, verdictRecipe } from "./recipes.ts";
import { verdictSweep } from "./verdict.ts";
import {
  activationLabel,
  type ActivationOutcome,
  leakySummary,
  type VerdictFindings,
  type VersusRelu,
} from "./findings.ts";

/**
 * Each dataset's recipe under both budgets: network, learning rate, momentum, batch,
 * epochs and data.
 *
 * @returns A table, two rows per dataset.
 *
 * @example
 * ```ts
 * import { recipeTable } from "./figures.ts";
 * import { expect } from "chai";
 *
 * expect(recipeTable().cells.at(-2)!.slice(0, 3)).to.deep.equal([
 *   "fashion-mnist", "standard", "784-256-128-10",
 * ]);
 * ```
 */
export function recipeTable(): Table {
  return new Table(
    VERDICT_DATASETS.flatMap((dataset) =>
      (["standard", "small"] as const).map((budget) => {
        const r = verdictRecipe(dataset, budget);
        return {
          dataset,
          budget,
          network: r.sizes.join("-"),
          "learning rate": r.learningRate,
          momentum: r.momentum,
          batch: r.batchSize,
          epochs: r.epochs,
          "train / test": `${r.train} / ${r.test}${r.fromTestFile ? " (test file)" : ""}`,
        };
      })
    ),
    {
      caption:
        "standard = full profile (the evidence); small = quick profile (this notebook's live run)",
    },
  );
}

/**
 * Test accuracy per dataset and activation: mean (95% CI) over the seeds, with the
 * diverged runs.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per dataset, one column per activation.
 *
 * @example
 * ```ts
 * import { accuracyTable } from "./figures.ts";
 * import { verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = accuracyTable(verdictFindings((await committedResults(verdictSweep)).rows, "full"));
 * expect(table.columns).to.include("leaky_relu(1/5.5)");
 * ```
 */
export function accuracyTable(findings: VerdictFindings): Table {
  return _pivot(
    findings,
    (o) =>
      o.accuracy === null
        ? `all ${o.runs} diverged`
        : o.accuracy.mean.withInterval + (o.diverged > 0 ? `, ${o.diverged} diverged` : ""),
    {
      caption: `${
        _source(findings.profile)
      }: test accuracy, mean (95% CI) over ${findings.seeds} seeds`,
    },
  );
}

/**
 * The share of hidden units never active on the training data (for ReLU: dead) per dataset
 * and activation, mean over seeds.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per dataset, one column per activation.
 *
 * @example
 * ```ts
 * import { inactiveTable } from "./figures.ts";
 * import { verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = inactiveTable(verdictFindings((await committedResults(verdictSweep)).rows, "full"));
 * expect(table.cells.at(-1)![1]).to.equal("0%"); // ReLU on Fashion-MNIST
 * ```
 */
export function inactiveTable(findings: VerdictFindings): Table {
  return _pivot(findings, (o) => o.inactive?.mean.short ?? "", {
    caption: `${
      _source(findings.profile)
    }: hidden units never active on the training data (for ReLU: dead), mean over ${findings.seeds} seeds`,
  });
}

/**
 * On how many seeds each contender beats ReLU, per dataset, with the ties.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per dataset, one column per contender.
 *
 * @example
 * ```ts
 * import { winsTable } from "./figures.ts";
 * import { verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = winsTable(verdictFindings((await committedResults(verdictSweep)).rows, "full"));
 * expect(table.columns[1]).to.equal("leaky_relu(0.01)");
 * ```
 */
export function winsTable(findings: VerdictFindings): Table {
  return pivotTable(
    findings.versus.map((v) => ({ ...v, activation: activationLabel(v.activation) })),
    {
      row: "dataset",
      column: "activation",
      cell: ({ paired: p }) =>
        p === null ? "too few" : `${p.aWins}/${p.n}${p.ties ? ` (${p.ties} ties)` : ""}`,
      caption: `${_source(findings.profile)}: seeds on which each activation beats ReLU`,
    },
  );
}

/**
 * Each contender minus ReLU per dataset, paired by seed: the mean difference in test
 * accuracy with its 95% interval, one series per contender, side by side at each dataset.
 *
 * @param findings The chapter's findings of one profile.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { forestPlot } from "./figures.ts";
 * import { verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const figure = forestPlot(verdictFindings((await committedResults(verdictSweep)).rows, "full"));
 * expect(figure.data.map((t) => t.name)).to.include("leaky_relu(1/5.5) − relu");
 * ```
 */
export function forestPlot(findings: VerdictFindings): Figure {
  const rows = findings.versus.flatMap((v) =>
    v.paired === null ? [] : [{
      dataset: v.dataset,
      activation: activationLabel(v.activation),
      ...v.paired.difference.estimate,
    }]
  );
  return xyPlot(
    summarySeries(rows, {
      x: "dataset",
      by: "activation",
      name: (a) => `${a} − relu`,
      mode: "markers",
    }),
    {
      xTitle: "dataset",
      yTitle: "test accuracy, minus ReLU's",
      yFormat: "+.1%",
      markY: 0,
      group: true,
      legend: "below",
      height: 540,
      title:
        `Each activation minus ReLU, paired by seed (${findings.profile} profile, ${findings.seeds} seeds)`,
    },
  );
}

/**
 * Every Leaky ReLU slope against ReLU on every dataset: the paired difference in test
 * accuracy (points), the seeds won, and the verdict.
 *
 * @param findings The chapter's findings of one profile.
 * @returns A table, one row per slope and dataset.
 *
 * @example
 * ```ts
 * import { leakyTable } from "./figures.ts";
 * import { verdictFindings } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const table = leakyTable(verdictFindings((await committedResults(verdictSweep)).rows, "full"));
 * expect(table.cells).to.have.length(15);
 * ```
 */
export function leakyTable(findings: VerdictFindings): Table {
  const { comparisons } = leakySummary(findings);
  const bySlope = [...comparisons].sort((a, b) =>
    findings.activations.indexOf(a.activation) - findings.activations.indexOf(b.activation)
  );
  return new Table(bySlope.map((v) => _versusRow(v)), {
    caption: `${
      _source(findings.profile)
    }: Leaky ReLU minus ReLU, test accuracy, paired over ${findings.seeds} seeds (95% bootstrap CI)`,
  });
}

/**
 * One contender against ReLU on every dataset (e.g. RReLU, Xu et al.'s best): the paired
 * difference in test accuracy (points), the seeds won, and the verdict.
 *
 * @param findings The chapter's findings of one profile.
 * @param activations The contenders' specs.
 * @returns A table, one row per contender and dataset.
 *
 * @example
 * ```ts
 * import { contenderTable } from "./figures.ts";
 * import { verdictFindings, VERY_LEAKY } from "./findings.ts";
 * import { verdictSweep } from "./verdict.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = verdictFindings((await committedResults(verdictSweep)).rows, "full");
 * expect(contenderTable(findings, [VERY_LEAKY, "rrelu"]).cells).to.have.length(10);
 * ```
 */
export function contenderTable(findings: VerdictFindings, activations: readonly string[]): Table {
  const rows = activations.flatMap((a) => findings.versus.filter((v) => v.activation === a));
  return new Table(rows.map((v) => _versusRow(v)), {
    caption: `${
      _source(findings.profile)
    }: each minus ReLU, test accuracy, paired over ${findings.seeds} seeds (95% bootstrap CI)`,
  });
}

function _versusRow(v: VersusRelu) {
  const p = v.paired;
  return {
    activation: activationLabel(v.activation),
    dataset: v.dataset,
    "minus relu (points)": p?.difference.withInterval ?? "",
    "better on": p === null ? "" : `${p.aWins} of ${p.n} seeds`,
    verdict: v.verdict,
  };
}

function _pivot(
  findings: VerdictFindings,
  cell: (o: ActivationOutcome) => string,
  options: { caption: string },
): Table {
  return pivotTable(
    findings.outcomes.map((o) => ({ ...o, activation: activationLabel(o.activation) })),
    { row: "dataset", column: "activation", cell: (o) => cell(o as ActivationOutcome), ...options },
  );
}

function _source(profile: FindingProfile): string {
  return profile === "full"
    ? `Full profile (deno task sweep ${verdictSweep.name} --profile full)`
    : "Quick profile";
}

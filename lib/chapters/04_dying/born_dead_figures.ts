/**
 * Chapter 4's born-dead figures and tables: the share of networks born dead against
 * depth (He, with the one-input formula; He against RAI), the two definitions side by
 * side, and the width the formula asks for.
 *
 * @module
 */

import { bornDeadAtPoint, widthForBornDead } from "../../analysis/born_dead_theory.ts";
import type { Figure } from "../../display/figure.ts";
import { Table } from "../../display/table.ts";
import { xyPlot, type XYSeries } from "../../plot/xy_plot.ts";
import { type BornDeadFindings, definitionGaps } from "./born_dead_findings.ts";
import { findingSeries } from "./figures.ts";

function _rateLine(
  findings: BornDeadFindings,
  init: string,
  width: number,
  colorGroup: string,
  dash: XYSeries["dash"] = "solid",
): XYSeries {
  const label = init === "he" ? "He" : "RAI";
  const points = findings.points
    .filter((p) => p.init === init && p.inputs === 100 && p.width === width)
    .sort((a, b) => a.depth - b.depth)
    .map((p) => ({ x: p.depth, finding: p.deadLayer }));
  const series = findingSeries(`width ${width}, ${label}, ${findings.profile}`, points, {
    colorGroup,
    quick: findings.profile === "quick",
  });
  return { ...series, dash };
}

/**
 * The share of He-initialised networks born with a dead hidden layer on 100 inputs
 * against depth, per width (full profile with 95% Wilson intervals, quick run as points),
 * beside the one-input formula (dashed), which bounds it from above.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's findings, if shown.
 * @param widths Widths to draw.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { bornDeadPlot } from "./born_dead_figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const figure = bornDeadPlot((await dyingFindings()).bornDead);
 * expect(figure.data.map((t) => t.name)).to.include("width 2, one-input formula");
 * ```
 */
export function bornDeadPlot(
  full: BornDeadFindings,
  quick?: BornDeadFindings,
  widths: readonly number[] = [2, 4, 8],
): Figure {
  const depths = [...new Set(full.points.map((p) => p.depth))].sort((a, b) => a - b);
  const series = widths.flatMap((w): XYSeries[] => {
    const group = `width ${w}`;
    const inQuick = quick?.points.some((p) => p.width === w && p.init === "he");
    return [
      _rateLine(full, "he", w, group),
      {
        name: `width ${w}, one-input formula`,
        colorGroup: group,
        dash: "dash",
        mode: "lines",
        x: depths,
        y: depths.map((d) => bornDeadAtPoint(d, w)),
      },
      ...(quick && inQuick ? [_rateLine(quick, "he", w, group)] : []),
    ];
  });
  return xyPlot(series, {
    yFormat: ".0%",
    legend: "below",
    xTitle: "depth (hidden layers)",
    yTitle: "networks born with a dead layer",
    title: "Born dead on 100 inputs, He initialisation",
  });
}

/**
 * He against the randomized asymmetric initialisation (RAI): the share of networks born
 * with a dead hidden layer on 100 inputs against depth, one colour per initialisation,
 * one line style per width.
 *
 * @param full The full profile's findings.
 * @param quick The quick run's findings (RAI points), if shown.
 * @param widths Widths to draw.
 * @returns The figure.
 *
 * @example
 * ```ts
 * import { initComparisonPlot } from "./born_dead_figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(initComparisonPlot((await dyingFindings()).bornDead).data).to.have.length(4);
 * ```
 */
export function initComparisonPlot(
  full: BornDeadFindings,
  quick?: BornDeadFindings,
  widths: readonly number[] = [2, 4],
): Figure {
  const dashes: XYSeries["dash"][] = ["solid", "dot", "dash"];
  const series = widths.flatMap((w, i) => [
    _rateLine(full, "he", w, "He", dashes[i % dashes.length]),
    _rateLine(full, "rai", w, "RAI", dashes[i % dashes.length]),
    ...(quick ? [_rateLine(quick, "rai", w, "RAI")] : []),
  ]);
  return xyPlot(series, {
    yFormat: ".0%",
    legend: "below",
    xTitle: "depth (hidden layers)",
    yTitle: "networks born with a dead layer",
    title: "He vs randomized asymmetric initialisation (RAI)",
  });
}

/**
 * The two definitions of born dead side by side, on 100 inputs: a hidden layer inactive
 * on every input, and an output that is one number on every input (Lu et al.). One row per
 * setting where they differ (largest gap first), and one per initialisation counting the
 * settings where they agree.
 *
 * @param full The born-dead findings.
 * @returns The table.
 *
 * @example
 * ```ts
 * import { definitionTable } from "./born_dead_figures.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const table = definitionTable((await dyingFindings()).bornDead);
 * expect(table.cells[0]![0]).to.equal("He");
 * ```
 */
export function definitionTable(full: BornDeadFindings): Table {
  const many = full.points.filter((p) => p.constant !== null);
  const count = (init: string) => {
    const all = many.filter((p) => p.init === init).length;
    const same = all - definitionGaps(full, init).length;
    return {
      initialisation: init === "he" ? "He" : "RAI",
      setting: `all ${all} settings`,
      "dead layer": "",
      "constant output": "",
      "live networks' median output range": "",
      agree: `${same} of ${all}`,
    };
  };
  const gaps = definitionGaps(full, "rai").map((p) => ({
    initialisation: "RAI",
    setting: `depth ${p.depth}, width ${p.width}`,
    "dead layer": p.deadLayer.withInterval,
    "constant output": p.constant!.withInterval,
    "live networks' median output range": p.liveRange === null ? "" : p.liveRange.toExponential(1),
    agree: "no",
  }));
  return new Table([count("he"), count("rai"), ...gaps], {
    caption: `Born dead on 100 inputs, two definitions (${full.profile} profile, ` +
      "95% Wilson intervals)",
  });
}

/**
 * The width at which the one-input formula puts being born dead at 1% or less, for
 * depths from 5 to 1,000, and the formula at width 8.
 *
 * @param depths Depths to list.
 * @returns The table.
 *
 * @example Depth 10 needs width 10
 * ```ts
 * import { widthTable } from "./born_dead_figures.ts";
 * import { expect } from "chai";
 *
 * expect(widthTable().cells[1]!.slice(0, 2)).to.deep.equal(["10", "10"]);
 * ```
 */
export function widthTable(depths: readonly number[] = [5, 10, 20, 50, 100, 1000]): Table {
  return new Table(
    depths.map((depth) => ({
      depth,
      "width for ≤ 1% (bound)": widthForBornDead(depth, 0.01),
      "bound at width 8": `${(100 * bornDeadAtPoint(depth, 8)).toFixed(1)}%`,
    })),
    { caption: "Width needed so that the one-input bound is at most 1%" },
  );
}

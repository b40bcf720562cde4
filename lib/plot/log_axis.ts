/**
 * Tick marks of a logarithmic axis written as powers of ten (10⁻⁶, 10⁰, 10³), never with SI
 * prefixes (plotly's default writes 100μ, 10n and 10f) and never as repeated digits 2…9
 * between decades: one labelled tick per decade, or per few decades when the axis spans
 * many; ticks at 2× and 5× (or at every digit) when fewer than two powers of ten fall inside
 * the values.
 *
 * @module
 */

import type { Axis } from "../display/types.ts";

const _SUPERSCRIPT: Readonly<Record<string, string>> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/** Most labelled decades on one axis; wider spans label every second, third, ... decade. */
const _MAX_TICKS = 8;

/**
 * A power of ten as text with a superscript exponent.
 *
 * @param exponent An integer.
 * @returns E.g. `"10⁻⁶"` for −6, `"10⁰"` for 0.
 *
 * @example
 * ```ts
 * import { powerOfTen } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect([powerOfTen(-16), powerOfTen(0), powerOfTen(3)]).to.deep.equal(["10⁻¹⁶", "10⁰", "10³"]);
 * ```
 */
export function powerOfTen(exponent: number): string {
  return `10${[...String(exponent)].map((c) => _SUPERSCRIPT[c] ?? c).join("")}`;
}

/**
 * Plotly attributes of a logarithmic axis over the given values: `type: "log"`, tick
 * positions and their texts as powers of ten. Values that are not positive and finite (which
 * a log axis cannot show) are ignored.
 *
 * @param values Every value the axis shows (points and interval ends).
 * @returns The axis attributes to merge into an axis.
 *
 * @example Gradients from 10⁻¹⁵ to 10⁻²: every second decade
 * ```ts
 * import { logAxis } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const axis = logAxis([3e-15, 0.02]);
 * expect(axis.type).to.equal("log");
 * expect(axis.ticktext).to.deep.equal(["10⁻¹⁶", "10⁻¹⁴", "10⁻¹²", "10⁻¹⁰", "10⁻⁸", "10⁻⁶", "10⁻⁴", "10⁻²"]);
 * ```
 *
 * @example Learning rates 0.01 to 5
 * ```ts
 * import { logAxis } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(logAxis([0.01, 0.1, 1, 5]).ticktext).to.deep.equal(["10⁻²", "10⁻¹", "10⁰", "10¹"]);
 * ```
 */
export function logAxis(values: Iterable<unknown>): Axis {
  const positive: number[] = [];
  for (const v of values) {
    if (typeof v === "number" && v > 0 && Number.isFinite(v)) positive.push(v);
  }
  // Outside ticks push the labels off the axis line, where minor ticks are drawn.
  const base: Axis = {
    type: "log",
    exponentformat: "power",
    tickmode: "array",
    ticks: "outside",
    ticklen: 6,
    tickcolor: "#999",
  };
  if (positive.length === 0) return { ...base, tickvals: [1], ticktext: [powerOfTen(0)] };
  const min = Math.min(...positive), max = Math.max(...positive);
  const low = Math.floor(Math.log10(min) + 1e-9);
  const high = Math.ceil(Math.log10(max) - 1e-9);
  const step = Math.ceil(Math.max(high - low, 1) / _MAX_TICKS);
  const tickvals: number[] = [], ticktext: string[] = [];
  for (let e = Math.floor(low / step) * step; e <= high; e += step) {
    tickvals.push(10 ** e);
    ticktext.push(powerOfTen(e));
  }
  const inside = tickvals.filter((t) => t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9));
  if (inside.length >= 2) {
    // Decades of one step get unlabelled minor ticks at 2×…9×, to read values between them.
    const minor = step > 1
      ? []
      : tickvals.flatMap((t) => [2, 3, 4, 5, 6, 7, 8, 9].map((m) => m * t));
    return {
      ...base,
      tickvals,
      ticktext,
      ...(minor.length > 0 && {
        minor: {
          tickmode: "array",
          tickvals: minor,
          ticks: "outside",
          ticklen: 3,
          tickcolor: "#bbb",
          showgrid: false,
        },
      }),
    };
  }
  // Fewer than two powers of ten inside: ticks at 1×, 2× and 5× each, or at every digit.
  for (const multiples of [[1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    const fine: number[] = [], fineText: string[] = [];
    for (let e = low; e <= high; e++) {
      for (const m of multiples) {
        fine.push(m * 10 ** e);
        fineText.push(m === 1 ? powerOfTen(e) : `${m}×${powerOfTen(e)}`);
      }
    }
    const within = fine.filter((t) => t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9));
    if (within.length >= 2 || multiples.length === 9) {
      return { ...base, tickvals: fine, ticktext: fineText };
    }
  }
  return { ...base, tickvals, ticktext };
}

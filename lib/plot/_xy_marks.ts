// What xyPlot draws around its points: asymmetric error bars from intervals, text labels
// and dashed reference lines. Private to the library.

import { describe, requireAllFinite } from "../core/_validate.ts";

/** Asymmetric error bars from an interval around each value, checked low ≤ value ≤ high. */
export function errorBars(
  name: string,
  values: readonly (number | string)[],
  interval: { readonly low: readonly number[]; readonly high: readonly number[] },
): Record<string, unknown> {
  const { low, high } = interval;
  for (const [end, ends] of [["low", low], ["high", high]] as const) {
    if (!Array.isArray(ends) || ends.length !== values.length) {
      const Thrown = Array.isArray(ends) ? RangeError : TypeError;
      throw new Thrown(
        `Expected ${name}.${end} to be an array of ${values.length} numbers, received ${
          describe(ends)
        }`,
      );
    }
    requireAllFinite(`${name}.${end}`, ends);
  }
  values.forEach((v, i) => {
    if (typeof v !== "number" || !(low[i]! <= v && v <= high[i]!)) {
      throw new RangeError(
        `Expected ${name} to bracket each value (low ≤ value ≤ high), received ${low[i]}, ${
          describe(v)
        }, ${high[i]} at index ${i}`,
      );
    }
  });
  return {
    type: "data",
    symmetric: false,
    array: values.map((v, i) => high[i]! - (v as number)),
    arrayminus: values.map((v, i) => (v as number) - low[i]!),
  };
}

/** Plotly text attributes for one label per point. */
export function pointLabels(
  name: string,
  labels: readonly string[],
  count: number,
): Record<string, unknown> {
  if (labels.length !== count) {
    throw new RangeError(
      `Expected ${name} to have one label per point (${count}), received ${labels.length}`,
    );
  }
  return { text: [...labels], textposition: "top right" };
}

/** Dashed grey shapes: a labelled vertical line at each `markX`, a horizontal one at `markY`. */
export function referenceLines(
  markX: readonly { readonly x: number; readonly label: string }[],
  markY: number | undefined,
): Record<string, unknown>[] {
  const line = { dash: "dash", color: "#888", width: 1 };
  const label = (text: string) => ({
    text,
    textposition: "end",
    textangle: 0,
    xanchor: "left",
    yanchor: "top",
  });
  const lines = markX.map((m) => ({
    type: "line",
    xref: "x",
    yref: "paper",
    x0: m.x,
    x1: m.x,
    y0: 0,
    y1: 1,
    line: { ...line },
    label: label(m.label),
  }));
  if (markY === undefined) return lines;
  return [...lines, {
    type: "line",
    xref: "paper",
    yref: "y",
    x0: 0,
    x1: 1,
    y0: markY,
    y1: markY,
    line: { ...line },
    label: label(""),
  }];
}

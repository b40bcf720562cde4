// Small hand-made datasets for the data tests.

import { type Dataset, fromRows } from "relu-lab";

/** A dataset whose row i has feature i, so rows can be traced through selections. */
export function numbered(labels: readonly number[], classes = 2): Dataset {
  return {
    name: "numbered",
    x: fromRows(labels.map((_, i) => [i]), "float64"),
    y: fromRows(labels.map((label) => [label]), "float64"),
    classes,
  };
}

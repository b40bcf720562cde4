/**
 * Chapter 1's tables, drawn from its findings: ReLU around its kink (beside a version
 * written by hand), every activation's derivative profile, the best factor a gradient
 * keeps through ten layers; and PReLU at its starting slope, as a curve to plot.
 *
 * @module
 */

import type { Activation } from "../../core/activations/activation.ts";
import { leakyRelu, relu } from "../../core/activations/rectifiers.ts";
import { PReLU } from "../../core/layers/prelu.ts";
import { Table } from "../../display/table.ts";
import type { Curve } from "../../plot/curve.ts";
import type { ReluFindings } from "./findings.ts";
import { profileOf } from "./findings.ts";
import { powerOfTen } from "./powers_of_ten.ts";

/** The inputs around the kink that {@linkcode kinkTable} evaluates. */
export const KINK_INPUTS: readonly number[] = [-1, -1e-9, 0, 1e-9, 1];

/**
 * ReLU and its derivative just left of, at and just right of 0, from the library and,
 * if given, from a version written by hand, with whether the two agree to the bit.
 *
 * @param byHand A function with its derivative to set beside the library's ReLU.
 * @returns A table, one row per input of {@linkcode KINK_INPUTS}.
 *
 * @example A hand-written ReLU agrees with the library's, also at 0
 * ```ts
 * import { kinkTable } from "./figures.ts";
 * import { expect } from "chai";
 *
 * const mine = { name: "mine", f: (x: number) => Math.max(0, x), df: (x: number) => (x > 0 ? 1 : 0) };
 * const table = kinkTable(mine);
 * expect(table.cells.map((row) => row.at(-1))).to.deep.equal(["yes", "yes", "yes", "yes", "yes"]);
 * ```
 */
export function kinkTable(byHand?: Curve): Table {
  const rows = KINK_INPUTS.map((x) => ({
    x: _kinkValue(x),
    ...(byHand && {
      [`${byHand.name}(x)`]: _kinkValue(byHand.f(x)),
      [`${byHand.name}′(x)`]: _kinkValue(byHand.df(x)),
    }),
    "relu(x)": _kinkValue(relu.f(x)),
    "relu′(x)": _kinkValue(relu.df(x)),
    ...(byHand && {
      "same bits": Object.is(byHand.f(x), relu.f(x)) && Object.is(byHand.df(x), relu.df(x))
        ? "yes"
        : "no",
    }),
  }));
  return new Table(rows, { caption: "ReLU and its derivative around the kink" });
}

/** One value of the kink table: 0 and ±1 as they are, anything else as a power of ten. */
function _kinkValue(value: number): string {
  return Number.isInteger(value) ? String(value) : powerOfTen(value, 1);
}

/**
 * PReLU at initialisation: a Leaky ReLU with the slope read from a fresh `PReLU` layer
 * (0.25, PyTorch's default), named so that plots colour it as PReLU.
 *
 * @returns The activation.
 *
 * @example
 * ```ts
 * import { preluAtInit } from "./figures.ts";
 * import { expect } from "chai";
 *
 * const prelu = preluAtInit();
 * expect(prelu.name).to.equal("prelu (initial a = 0.25)");
 * expect(prelu.f(-2)).to.equal(-0.5);
 * ```
 */
export function preluAtInit(): Activation {
  const a = new PReLU(1).slope.value[0]!;
  return { ...leakyRelu(a), name: `prelu (initial a = ${a})` };
}

/**
 * Every profiled activation's derivative on the chapter's grid: its largest value, its
 * values at ±5 (as powers of ten: they span six decades) and the share of the grid where
 * |f′| is below the threshold.
 *
 * @param findings Chapter 1's findings.
 * @returns A table, one row per activation.
 *
 * @example
 * ```ts
 * import { derivativeTable } from "./figures.ts";
 * import { reluFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const table = derivativeTable(reluFindings());
 * expect(table.cells[0]).to.deep.equal(["sigmoid", "0.2500", "6.65 × 10⁻³", "6.65 × 10⁻³", "54.2%"]);
 * ```
 */
export function derivativeTable(findings: ReluFindings): Table {
  const share = `share with |f′| < ${findings.threshold}`;
  return new Table(
    findings.profiles.map((p) => ({
      activation: p.activation,
      "max f′": p.max.toFixed(4),
      "f′(−5)": powerOfTen(p.atMinus5, 3),
      "f′(5)": powerOfTen(p.atPlus5, 3),
      [share]: `${(100 * p.flatShare).toFixed(1)}%`,
    })),
    {
      caption: `Derivatives on ${findings.grid.points.toLocaleString("en")} points of ` +
        `[${findings.grid.lo}, ${findings.grid.hi}] (exact values, no randomness)`,
    },
  );
}

/**
 * The best factor a gradient can keep per layer (the largest derivative) and through
 * `findings.depth` layers, for sigmoid, tanh and ReLU.
 *
 * @param findings Chapter 1's findings.
 * @returns A table, one row per activation.
 *
 * @example
 * ```ts
 * import { depthTable } from "./figures.ts";
 * import { reluFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(depthTable(reluFindings()).cells[0]).to.deep.equal(["sigmoid", "0.2500", "9.5 × 10⁻⁷"]);
 * ```
 */
export function depthTable(findings: ReluFindings): Table {
  return new Table(
    ["sigmoid", "tanh", "relu"].map((name) => ({
      activation: name,
      "best factor per layer": profileOf(findings, name).max.toFixed(4),
      [`best factor over ${findings.depth} layers`]: powerOfTen(findings.bestFactors[name]!),
    })),
    { caption: "The most of a gradient the activations' derivatives let through" },
  );
}

/**
 * What chapter 1 measures, as findings: the derivative profile of every activation it
 * shows, ReLU's derivative at exactly 0, and the best factor a
 * gradient keeps through ten layers. These are exact values of functions on a fixed grid,
 * computed without randomness: they have no seeds, no profile and no interval, and the
 * chapter says so wherever it quotes them.
 *
 * @module
 */

import type { Activation } from "../../core/activations/activation.ts";
import { leakyRelu, relu } from "../../core/activations/rectifiers.ts";
import { elu } from "../../core/activations/exponential.ts";
import { gelu, sigmoid, silu, tanh } from "../../core/activations/smooth.ts";
import { describe } from "../../core/_validate.ts";
import {
  DERIVATIVE_GRID,
  type DerivativeProfile,
  derivativeProfile,
  FLAT_THRESHOLD,
} from "./derivatives.ts";

/** The activations whose derivatives chapter 1 tabulates, in the order it shows them. */
export const PROFILED_ACTIVATIONS: readonly Activation[] = [
  sigmoid,
  tanh,
  relu,
  leakyRelu(0.1),
  elu(1),
  gelu,
  silu,
];

/** The depth at which chapter 1 multiplies the best derivative out. */
export const PRODUCT_DEPTH = 10;

/** Chapter 1's findings: exact, from the activations' definitions. */
export interface ReluFindings {
  /** The grid the derivatives were measured on. */
  readonly grid: typeof DERIVATIVE_GRID;
  /** The |f′| below which a point counts as passing almost no gradient. */
  readonly threshold: number;
  /** One profile per activation of {@linkcode PROFILED_ACTIVATIONS}, in that order. */
  readonly profiles: readonly DerivativeProfile[];
  /** ReLU′(0), the library's (and PyTorch's) choice of subgradient. */
  readonly reluAtZero: number;
  /** The depth of {@linkcode ReluFindings.bestFactors}. */
  readonly depth: number;
  /** Per activation name, its largest derivative to the power `depth`: the most a gradient keeps. */
  readonly bestFactors: Readonly<Record<string, number>>;
}

/**
 * Computes chapter 1's findings (about 1.4 million derivative evaluations; well under a
 * second).
 *
 * @returns The findings.
 *
 * @example
 * ```ts
 * import { profileOf, reluFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const findings = reluFindings();
 * expect(profileOf(findings, "sigmoid").max).to.equal(0.25);
 * expect(findings.reluAtZero).to.equal(0);
 * expect(findings.bestFactors.sigmoid).to.equal(0.25 ** 10);
 * ```
 */
export function reluFindings(): ReluFindings {
  const profiles = PROFILED_ACTIVATIONS.map((a) => derivativeProfile(a));
  const bestFactors = Object.fromEntries(
    profiles.map((p) => [p.activation, p.max ** PRODUCT_DEPTH]),
  );
  return {
    grid: DERIVATIVE_GRID,
    threshold: FLAT_THRESHOLD,
    profiles,
    reluAtZero: relu.df(0),
    depth: PRODUCT_DEPTH,
    bestFactors,
  };
}

/**
 * One activation's derivative profile by name.
 *
 * @param findings Chapter 1's findings.
 * @param name An activation's registry name, e.g. `"tanh"`.
 * @returns Its profile.
 * @throws {RangeError} If the chapter did not profile that activation; the message lists those it did.
 *
 * @example
 * ```ts
 * import { profileOf, reluFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(profileOf(reluFindings(), "relu").atPlus5).to.equal(1);
 * expect(() => profileOf(reluFindings(), "swish")).to.throw(RangeError, /silu/);
 * ```
 */
export function profileOf(findings: ReluFindings, name: string): DerivativeProfile {
  const found = findings.profiles.find((p) => p.activation === name);
  if (found === undefined) {
    const names = findings.profiles.map((p) => `"${p.activation}"`).join(", ");
    throw new RangeError(`Expected an activation among ${names}, received ${describe(name)}`);
  }
  return found;
}

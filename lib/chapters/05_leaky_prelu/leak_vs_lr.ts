/**
 * What chapter 5 measures in chapter 4's {@linkcode dyingLr} sweep, where every
 * activation trains on the same seeds: per activation and learning rate the shares of
 * hidden units inactive and dead after training, the test accuracy and the diverged runs;
 * Leaky ReLU (0.01) against ReLU, paired seed by seed; and, at the learning rate chapter 4
 * watches, what comes back per layer.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import { type MeanFinding, type PairedFinding, pairedFinding } from "../../stats/row_findings.ts";
import { DEMO_LR, dyingLrMean, type DyingLrRow } from "../04_dying/lr_findings.ts";
import { layerRevival, type RevivalFindings } from "../04_dying/revival.ts";

/** The leak chapter 5 compares with ReLU seed by seed. */
export const LEAK = "leaky_relu(0.01)";

/** One activation at one learning rate, over seeds. */
export interface ActivationPoint {
  /** The hidden activation, as `mlp` takes it. */
  readonly activation: string;
  /** The SGD step size. */
  readonly learningRate: number;
  /** Runs (seeds). */
  readonly runs: number;
  /** Runs that diverged (a non-finite loss or gradient). */
  readonly diverged: number;
  /** Share of hidden units with no positive pre-activation on any training input; `null` if every run diverged. */
  readonly inactive: MeanFinding | null;
  /** Share of hidden units dead (no output and no gradient on any training input). */
  readonly dead: MeanFinding | null;
  /** Test accuracy of the runs that did not diverge. */
  readonly accuracy: MeanFinding | null;
}

/** The leak against ReLU at one learning rate, paired by seed. */
export interface LeakVersusRelu {
  /** The SGD step size. */
  readonly learningRate: number;
  /** Test accuracy, leak minus ReLU, in points, with its paired bootstrap interval. */
  readonly accuracy: PairedFinding;
  /** `"helps"` or `"hurts"` when the interval excludes 0, else `"unclear"`. */
  readonly verdict: "helps" | "hurts" | "unclear";
}

/** Chapter 5's findings from one profile of dying-lr. */
export interface LeakLrFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Seeds per setting. */
  readonly seeds: number;
  /** The activations, in grid order. */
  readonly activations: readonly string[];
  /** The learning rates, ascending. */
  readonly learningRates: readonly number[];
  /** Every activation at every learning rate. */
  readonly points: readonly ActivationPoint[];
  /** {@linkcode LEAK} minus ReLU per learning rate. */
  readonly versus: readonly LeakVersusRelu[];
  /** At chapter 4's demonstration rate: ReLU's dead and the leak's inactive units, per layer. */
  readonly revival: { readonly relu: RevivalFindings; readonly leak: RevivalFindings } | null;
}

/**
 * Computes chapter 5's findings from the dying-lr rows of one profile.
 *
 * @param rows The dying-lr rows (every activation; ReLU and {@linkcode LEAK} at least).
 * @param profile The profile they come from.
 * @returns The findings.
 * @throws {RangeError} If the rows lack ReLU or the leak.
 *
 * @example From the committed full profile
 * ```ts
 * import { leakLrFindings, leakPoint } from "./leak_vs_lr.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = leakLrFindings((await committedResults(dyingLr)).rows, "full");
 * expect(findings.activations).to.include("prelu");
 * expect(leakPoint(findings, "prelu", 1).diverged).to.equal(10);
 * ```
 */
export function leakLrFindings(
  rows: readonly DyingLrRow[],
  profile: FindingProfile,
): LeakLrFindings {
  const activations = [...new Set(rows.map((r) => r.activation))];
  for (const needed of ["relu", LEAK]) {
    if (!activations.includes(needed)) {
      throw new RangeError(
        `Expected runs of ${needed} among the rows, received ${activations.join(", ")}`,
      );
    }
  }
  const learningRates = [...new Set(rows.map((r) => r.learningRate))].sort((a, b) => a - b);
  const rng = (...label: string[]) => new Rng(deriveSeed("leaky", "dying-lr", ...label));
  const points = activations.flatMap((activation) =>
    learningRates.map((learningRate): ActivationPoint => {
      const own = rows.filter((r) =>
        r.activation === activation && r.learningRate === learningRate
      );
      const mean = (metric: "inactiveFraction" | "deadFraction" | "testAccuracy") =>
        dyingLrMean(rows, activation, learningRate, metric, profile);
      return {
        activation,
        learningRate,
        runs: own.length,
        diverged: own.filter((r) => r.status === "diverged").length,
        inactive: mean("inactiveFraction"),
        dead: mean("deadFraction"),
        accuracy: mean("testAccuracy"),
      };
    })
  );
  const versus = learningRates.map((learningRate): LeakVersusRelu => {
    const accuracy = pairedFinding(rows.filter((r) => r.learningRate === learningRate), {
      field: "activation",
      a: LEAK,
      b: "relu",
      metric: "testAccuracy",
      rng: rng("paired", String(learningRate)),
      profile,
      digits: 2,
    });
    const d = accuracy.difference;
    return {
      learningRate,
      accuracy,
      verdict: !d.excludes() ? "unclear" : d.value > 0 ? "helps" : "hurts",
    };
  });
  const at = (activation: string) =>
    rows.filter((r) => r.activation === activation && r.learningRate === DEMO_LR);
  const revival = at("relu").length === 0 ? null : {
    relu: layerRevival(at("relu"), "deadFraction", {
      profile,
      label: ["dying-lr", "relu", String(DEMO_LR)],
    }),
    leak: layerRevival(at(LEAK), "inactiveFraction", {
      profile,
      label: ["dying-lr", LEAK, String(DEMO_LR)],
    }),
  };
  return {
    profile,
    seeds: Math.max(...points.map((p) => p.runs)),
    activations,
    learningRates,
    points,
    versus,
    revival,
  };
}

/**
 * One activation at one learning rate.
 *
 * @param findings The findings.
 * @param activation An activation of the rows, e.g. `"rrelu"`.
 * @param learningRate A learning rate of the rows.
 * @returns Its point.
 * @throws {RangeError} If the rows have no such setting.
 *
 * @example
 * ```ts
 * import { leakLrFindings, leakPoint } from "./leak_vs_lr.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = leakLrFindings((await committedResults(dyingLr)).rows, "full");
 * expect(leakPoint(findings, "relu", 0.1).diverged).to.equal(0);
 * expect(() => leakPoint(findings, "tanh", 0.1)).to.throw(RangeError, /tanh at learning rate 0.1/);
 * ```
 */
export function leakPoint(
  findings: LeakLrFindings,
  activation: string,
  learningRate: number,
): ActivationPoint {
  const point = findings.points.find((p) =>
    p.activation === activation && p.learningRate === learningRate
  );
  if (point === undefined) {
    throw new RangeError(
      `Expected an activation among ${findings.activations.join(", ")} and a learning rate ` +
        `among ${
          findings.learningRates.join(", ")
        }, received ${activation} at learning rate ${learningRate}`,
    );
  }
  return point;
}

/**
 * The leak against ReLU at one learning rate.
 *
 * @param findings The findings.
 * @param learningRate A learning rate of the rows.
 * @returns The paired comparison.
 * @throws {RangeError} If the rows have no such learning rate.
 *
 * @example
 * ```ts
 * import { leakLrFindings, leakVersusRelu } from "./leak_vs_lr.ts";
 * import { dyingLr } from "../04_dying/dying_lr.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = leakLrFindings((await committedResults(dyingLr)).rows, "full");
 * expect(leakVersusRelu(findings, 4).verdict).to.equal("helps");
 * ```
 */
export function leakVersusRelu(findings: LeakLrFindings, learningRate: number): LeakVersusRelu {
  const found = findings.versus.find((v) => v.learningRate === learningRate);
  if (found === undefined) {
    throw new RangeError(
      `Expected learningRate to be one of ${
        findings.learningRates.join(", ")
      }, received ${learningRate}`,
    );
  }
  return found;
}

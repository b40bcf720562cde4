/**
 * What chapter 7 measures, as findings: per remedy, the shares of hidden units dead and
 * inactive after training and the test accuracy (means over seeds with bootstrap
 * intervals), and each remedy against the baseline, paired seed by seed. A remedy *helps*
 * when its paired interval for the accuracy gain lies above zero, *hurts* when it lies
 * below, and otherwise shows no clear effect.
 *
 * @module
 */

import type { ResultRow } from "../../lab/result_row.ts";
import type { FindingProfile } from "../../stats/finding.ts";
import type { MeanFinding, PairedFinding } from "../../stats/row_findings.ts";
import { runMean, runPaired } from "../_shared/run_findings.ts";
import { REMEDIES, type RemediesGrid, type RemediesMetric, REMEDY_BASE_LR } from "./remedies.ts";

/** The rows of the remedies sweep. */
export type RemedyRow = ResultRow<RemediesGrid, RemediesMetric>;

/** One remedy's outcome over seeds. */
export interface RemedyOutcome {
  /** The remedy's name, e.g. `"batch_norm"`. */
  readonly name: string;
  /** What it changes. */
  readonly change: string;
  /** Runs, diverged ones included. */
  readonly runs: number;
  /** Share of hidden units dead on the training inputs after training. */
  readonly dead: MeanFinding;
  /** Share of hidden units with no positive pre-activation on any training input. */
  readonly inactive: MeanFinding;
  /** Test accuracy. */
  readonly accuracy: MeanFinding;
}

/** One remedy against the baseline, paired seed by seed. */
export interface RemedyEffect {
  /** The remedy's name. */
  readonly name: string;
  /** Test accuracy, remedy minus baseline, in points. */
  readonly accuracy: PairedFinding;
  /** Share of dead units, remedy minus baseline, in points (fewer dead is better). */
  readonly dead: PairedFinding;
  /** `"helps"`, `"hurts"` or `"unclear"`: where the accuracy gain's interval lies. */
  readonly verdict: "helps" | "hurts" | "unclear";
}

/** Chapter 7's findings from one profile of the remedies sweep. */
export interface RemedyFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Seeds per remedy. */
  readonly seeds: number;
  /** Every remedy's outcome, the baseline first. */
  readonly outcomes: readonly RemedyOutcome[];
  /** Every remedy but the baseline, against it, largest accuracy gain first. */
  readonly effects: readonly RemedyEffect[];
}

/**
 * Computes chapter 7's findings from the rows of one profile. Each interval draws its
 * resamples from its own generator, seeded by the runs it summarises (`runMean`,
 * `runPaired`), so no finding depends on which others were computed first, and the same runs
 * quoted in another chapter (the He-initialised remedy is chapter 6's width-16 network) have
 * the same interval there.
 *
 * @param rows The remedies sweep's rows (every remedy on the same seeds).
 * @param profile The profile they come from.
 * @returns The findings.
 *
 * @example From the committed full profile
 * ```ts
 * import { remedyFindings } from "./findings.ts";
 * import { remediesSweep } from "./remedies.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const { rows } = await committedResults(remediesSweep);
 * const findings = remedyFindings(rows, "full");
 * expect(findings.outcomes[0]!.name).to.equal("baseline");
 * expect(findings.effects).to.have.length(findings.outcomes.length - 1);
 * ```
 */
export function remedyFindings(
  rows: readonly RemedyRow[],
  profile: FindingProfile,
): RemedyFindings {
  const outcomes = REMEDIES.map(({ name, change }): RemedyOutcome => {
    const own = rows.filter((row) => row.remedy === name);
    const mean = (metric: RemediesMetric, digits: number) =>
      runMean(own, metric, { profile, digits });
    return {
      name,
      change,
      runs: own.length,
      dead: mean("deadFraction", 0),
      inactive: mean("inactiveFraction", 0),
      accuracy: mean("testAccuracy", 1),
    };
  });
  const effects = REMEDIES.slice(1).map(({ name }): RemedyEffect => {
    const versus = (metric: RemediesMetric, higherIsBetter: boolean) =>
      runPaired(rows.filter((row) => row.remedy === name || row.remedy === "baseline"), {
        field: "remedy",
        a: name,
        b: "baseline",
        metric,
        higherIsBetter,
        profile,
      });
    const accuracy = versus("testAccuracy", true);
    const gain = accuracy.difference;
    const verdict = !gain.excludes() ? "unclear" : gain.value > 0 ? "helps" : "hurts";
    return { name, accuracy, dead: versus("deadFraction", false), verdict };
  });
  effects.sort((x, y) => y.accuracy.difference.value - x.accuracy.difference.value);
  return { profile, seeds: outcomes[0]!.runs, outcomes, effects };
}

/**
 * One remedy's outcome by name.
 *
 * @param findings The chapter's findings.
 * @param name A remedy's name, e.g. `"baseline"`.
 * @returns Its outcome.
 * @throws {RangeError} If no remedy has that name.
 *
 * @example
 * ```ts
 * import { outcomeOf, remedyFindings } from "./findings.ts";
 * import { remediesSweep } from "./remedies.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = remedyFindings((await committedResults(remediesSweep)).rows, "full");
 * expect(outcomeOf(findings, "adam").name).to.equal("adam");
 * ```
 */
export function outcomeOf(findings: RemedyFindings, name: string): RemedyOutcome {
  const outcome = findings.outcomes.find((o) => o.name === name);
  if (outcome === undefined) {
    throw new RangeError(
      `Expected a remedy among ${
        findings.outcomes.map((o) => o.name).join(", ")
      }, received "${name}"`,
    );
  }
  return outcome;
}

/** A run of chapter 6's threat-width sweep, as far as {@linkcode sameRunsAsChapter6} reads it. */
export interface WidthRunLike {
  /** Units per hidden layer. */
  readonly width: number;
  /** SGD step size. */
  readonly learningRate: number;
  /** The run's seed. */
  readonly seed: number;
  /** Share of hidden units dead after training. */
  readonly deadFraction: number | null;
  /** Training accuracy. */
  readonly accuracy: number | null;
  /** Test accuracy. */
  readonly testAccuracy: number | null;
}

/**
 * Counts the runs of a remedy that are chapter 6's width-16 runs at the baseline's learning
 * rate: the same seed with the same dead share, training and test accuracy. The He-uniform
 * remedy changes only the baseline's initialiser, back to chapter 6's default, so every one
 * of its runs should be there.
 *
 * @param rows The remedies sweep's rows.
 * @param width Chapter 6's threat-width rows.
 * @param remedy The remedy, e.g. `"he_init"`.
 * @returns Its runs and how many of them chapter 6 has, metric for metric.
 *
 * @example
 * ```ts
 * import { sameRunsAsChapter6 } from "./findings.ts";
 * import { remediesSweep } from "./remedies.ts";
 * import { widthSweep } from "../06_threat/width.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const rows = (await committedResults(remediesSweep)).rows;
 * const width = (await committedResults(widthSweep)).rows;
 * expect(sameRunsAsChapter6(rows, width, "he_init")).to.deep.equal({ runs: 20, same: 20 });
 * expect(sameRunsAsChapter6(rows, width, "baseline").same).to.equal(0);
 * ```
 */
export function sameRunsAsChapter6(
  rows: readonly RemedyRow[],
  width: readonly WidthRunLike[],
  remedy: string,
): { runs: number; same: number } {
  const own = rows.filter((r) => r.remedy === remedy);
  const same = own.filter((r) =>
    width.some((w) =>
      w.width === 16 && w.learningRate === REMEDY_BASE_LR && w.seed === r.seed &&
      w.deadFraction === r.deadFraction && w.accuracy === r.accuracy &&
      w.testAccuracy === r.testAccuracy
    )
  );
  return { runs: own.length, same: same.length };
}

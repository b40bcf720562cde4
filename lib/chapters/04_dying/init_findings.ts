/**
 * What chapter 4 measures in the ReLU runs of {@linkcode dyingInit}, as findings: per
 * initialisation (weight scale, bias mean and spread) the share of hidden units dead
 * before and after training, how training changed it, the test accuracy, and per layer
 * what came back.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { ResultRow } from "../../lab/result_row.ts";
import type { Finding, FindingProfile } from "../../stats/finding.ts";
import { type MeanFinding, meanFinding } from "../../stats/row_findings.ts";
import type { CensusMetric } from "../_shared/census_training.ts";
import type { DyingInitGrid } from "./dying_init.ts";
import { layerRevival, type RevivalFindings } from "./revival.ts";

/** The rows of the dying-init sweep. */
export type DyingInitRow = ResultRow<DyingInitGrid, CensusMetric>;

/** Which initialisation: He-uniform's bound times `weightScale`, biases around `biasMean`. */
export interface InitSetting {
  /** Factor on He-uniform's bound (1 is He). */
  readonly weightScale: number;
  /** Mean of the hidden biases. */
  readonly biasMean: number;
  /**
   * Their standard deviation (0: every bias is the mean).
   * @default 0
   */
  readonly biasStd?: number;
}

/** One initialisation's outcome for ReLU, over seeds. */
export interface InitCell extends Required<InitSetting> {
  /** Share of hidden units dead on the training inputs before training. */
  readonly deadAtInit: MeanFinding;
  /** Share dead after training. */
  readonly dead: MeanFinding;
  /** After minus before, per run, in points: negative when training revived units. */
  readonly change: Finding;
  /** Test accuracy after training. */
  readonly accuracy: MeanFinding;
  /** What came back, per layer (from the per-epoch census). */
  readonly revival: RevivalFindings;
}

/** Chapter 4's findings from the ReLU runs of one profile of dying-init. */
export interface InitFindings {
  /** The profile the rows come from. */
  readonly profile: FindingProfile;
  /** Seeds per initialisation. */
  readonly seeds: number;
  /** One cell per initialisation in the rows, in grid order. */
  readonly cells: readonly InitCell[];
}

/**
 * Computes chapter 4's initialisation findings from the rows of one profile (ReLU only).
 *
 * @param rows The dying-init rows.
 * @param profile The profile they come from.
 * @returns The findings.
 * @throws {RangeError} If the rows hold no ReLU run.
 *
 * @example From the committed full profile
 * ```ts
 * import { initCell, initFindings } from "./init_findings.ts";
 * import { dyingInit } from "./dying_init.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = initFindings((await committedResults(dyingInit)).rows, "full");
 * expect(findings.cells).to.have.length(40);
 * const halfScale = initCell(findings, { weightScale: 0.5, biasMean: -1 });
 * expect(halfScale.deadAtInit.mean.value).to.be.above(0.5);
 * ```
 */
export function initFindings(rows: readonly DyingInitRow[], profile: FindingProfile): InitFindings {
  const relu = rows.filter((r) => r.activation === "relu");
  if (relu.length === 0) {
    throw new RangeError(`Expected some ReLU runs among the rows, received ${rows.length} others`);
  }
  const key = (r: Required<InitSetting>) => `${r.weightScale} ${r.biasMean} ${r.biasStd}`;
  const settings = [...new Map(relu.map((r) => [key(r), r])).values()];
  const cells = settings.map(({ weightScale, biasMean, biasStd }): InitCell => {
    const own = relu.filter((r) => key(r) === key({ weightScale, biasMean, biasStd }));
    const label = ["dying-init", "relu", String(weightScale), String(biasMean), String(biasStd)];
    const rng = (metric: string) => new Rng(deriveSeed(...label, metric));
    const mean = (metric: CensusMetric) => meanFinding(own, metric, { rng: rng(metric), profile });
    const changes = own.filter((r) => r.deadFraction !== null)
      .map((r) => ({ change: r.deadFraction! - r.deadAtInit! }));
    return {
      weightScale,
      biasMean,
      biasStd,
      deadAtInit: mean("deadAtInit"),
      dead: mean("deadFraction"),
      change: meanFinding(changes, "change", { rng: rng("change"), profile, unit: "points" }).mean,
      accuracy: mean("testAccuracy"),
      revival: layerRevival(own, "deadFraction", { profile, label }),
    };
  });
  return { profile, seeds: cells[0]!.accuracy.mean.n, cells };
}

/**
 * One initialisation's cell.
 *
 * @param findings The initialisation findings.
 * @param setting Weight scale, bias mean and (default 0) spread.
 * @returns Its cell.
 * @throws {RangeError} If the rows had no such initialisation.
 *
 * @example
 * ```ts
 * import { initCell, initFindings } from "./init_findings.ts";
 * import { dyingInit } from "./dying_init.ts";
 * import { committedResults } from "../_shared/committed.ts";
 * import { expect } from "chai";
 *
 * const findings = initFindings((await committedResults(dyingInit)).rows, "full");
 * expect(initCell(findings, { weightScale: 4, biasMean: 0 }).accuracy.mean.value).to.be.above(0.9);
 * expect(() => initCell(findings, { weightScale: 3, biasMean: 0 })).to.throw(RangeError, /weightScale 3/);
 * ```
 */
export function initCell(findings: InitFindings, setting: InitSetting): InitCell {
  const { weightScale, biasMean, biasStd = 0 } = setting;
  const cell = findings.cells.find((c) =>
    c.weightScale === weightScale && c.biasMean === biasMean && c.biasStd === biasStd
  );
  if (cell === undefined) {
    throw new RangeError(
      `Expected an initialisation of the grid, received weightScale ${weightScale}, ` +
        `biasMean ${biasMean}, biasStd ${biasStd}`,
    );
  }
  return cell;
}

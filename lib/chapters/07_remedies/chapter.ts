/**
 * Chapter 7 as the tutorial lists it: its question, the claim it tests, its findings from
 * the committed full profile, what the evidence says, and its one-line headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { committedResults } from "../_shared/committed.ts";
import { dyingLr } from "../04_dying/dying_lr.ts";
import { widthSweep } from "../06_threat/width.ts";
import {
  type Chapter4Comparison,
  chapter4Comparison,
  widthFindings,
} from "../06_threat/findings.ts";
import {
  outcomeOf,
  type RemedyEffect,
  type RemedyFindings,
  remedyFindings,
  sameRunsAsChapter6,
} from "./findings.ts";
import { leakAt, type LeakFindings, leakFindings } from "./leak_findings.ts";
import { remediesSweep, REMEDY_BASE_LR } from "./remedies.ts";

/**
 * Chapter 7's findings: the remedies against the baseline; what a leak does at high learning
 * rates (chapter 4's sweep); and how the baseline relates to chapters 4 and 6's networks.
 */
export interface RemediesChapterFindings extends RemedyFindings {
  /** What a leak does where training breaks, from chapter 4's dying-lr sweep. */
  readonly leak: LeakFindings;
  /** The He-uniform remedy's runs that are chapter 6's width-16 runs, metric for metric. */
  readonly heInitIsChapter6: { readonly runs: number; readonly same: number };
  /** Chapter 4's learning-rate-3 network beside chapter 6's (chapter 6's finding). */
  readonly chapter4: Chapter4Comparison;
}

/**
 * Chapter 7, remedies for dying ReLUs.
 *
 * @example
 * ```ts
 * import { remediesChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await remediesChapter.findings();
 * expect(remediesChapter.headline(findings)).to.match(/^From a baseline/);
 * ```
 */
export const remediesChapter: Chapter<RemediesChapterFindings> = {
  number: 7,
  notebook: "07_remedies",
  title: "Remedies for dying ReLUs",
  question:
    "Which of the usual remedies prevent ReLU units from dying, and which keep the accuracy?",
  claims: [
    "Batch norm, L2 or L1, dropout, a lower or scheduled learning rate, Adam, gradient clipping, " +
    "He initialisation and a small positive bias prevent dead ReLUs.",
    "Leaky ReLU, whose negative side keeps a gradient, avoids the damage that dying does.",
  ],
  async findings() {
    const rows = (await committedResults(remediesSweep)).rows;
    const width = (await committedResults(widthSweep)).rows;
    const dying = (await committedResults(dyingLr)).rows;
    return {
      ...remedyFindings(rows, "full"),
      leak: leakFindings(dying, "full"),
      heInitIsChapter6: sameRunsAsChapter6(rows, width, "he_init"),
      chapter4: chapter4Comparison(dying, widthFindings(width, "full")),
    };
  },
  headline(findings) {
    const { helps, unclear, hurts } = _byVerdict(findings.effects);
    const baseline = outcomeOf(findings, "baseline");
    return `From a baseline (SGD at learning rate ${REMEDY_BASE_LR}) with ${baseline.dead.mean.short} ` +
      `of its units dead and ${baseline.accuracy.mean.short} test accuracy, ${helps.length} of ` +
      `${findings.effects.length} changes clearly raise accuracy (paired, ${findings.seeds} seeds): ` +
      `${_gains(helps)}; ${_names(unclear)} make no clear difference` +
      (hurts.length === 0 ? "" : `; ${_names(hurts)} clearly lower it (${_gains(hurts)})`);
  },
};

/**
 * "What the evidence says" for chapter 7: each statement with its numbers and intervals.
 *
 * @param findings The chapter's findings (full profile).
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { remediesChapter, remedyEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = remedyEvidence(await remediesChapter.findings()).text;
 * expect(text).to.contain("**The baseline**");
 * expect(text).to.contain("**Where a leak does help**");
 * ```
 */
export function remedyEvidence(findings: RemediesChapterFindings): Markdown {
  const { helps, unclear, hurts } = _byVerdict(findings.effects);
  const baseline = outcomeOf(findings, "baseline"), leaky = outcomeOf(findings, "leaky_relu");
  const he = outcomeOf(findings, "he_init");
  const heEffect = findings.effects.find((e) => e.name === "he_init")!;
  const line = (effects: readonly RemedyEffect[]) =>
    effects.length === 0
      ? "none"
      : effects.map((e) =>
        `${e.name} (${e.accuracy.difference.withInterval}; ${
          outcomeOf(findings, e.name).inactive.mean.short
        } of units inactive)`
      ).join(", ");
  const { leak, chapter4 } = findings;
  const [four, five] = [leakAt(leak, 4), leakAt(leak, 5)];
  return markdown(`From the ${findings.profile} profile, ${findings.seeds} seeds per remedy:

- **The baseline** (learning rate ${REMEDY_BASE_LR}) ends with ${baseline.dead.mean} of its hidden units dead and ${baseline.accuracy.mean} test accuracy.
- **Clearly raise test accuracy** (the paired 95% interval of the gain, in points, lies above zero), largest gain first: ${
    line(helps)
  }.
- **No clear effect on accuracy**: ${line(unclear)}.
- **Clearly lower it**: ${line(hurts)}.
- **Leaky ReLU** has ${leaky.dead.mean.short} dead units by definition, but ${leaky.inactive.mean} of them never see a positive input: knocked out just the same, with 1% of the gradient left.
- **Where a leak does help** (chapter 4's sweep, ${four.runs} seeds, full profile): at learning rates 4 and 5, where ReLU falls to ${four.relu.mean.withInterval} and ${five.relu.mean.withInterval}, Leaky ReLU (0.01) gains ${four.gain.difference.withInterval} and ${five.gain.difference.withInterval} points (paired), yet ends at ${four.leaky.mean.withInterval} and ${five.leaky.mean.withInterval}, far below ReLU's ${leak.gentle.mean.withInterval} at learning rate ${leak.gentleRate}, with ${four.leakyInactive.mean.short} and ${five.leakyInactive.mean.short} of its units inactive; the larger leak (0.1) diverged in ${four.largerLeakDiverged} and ${five.largerLeakDiverged} of ${four.runs} runs. A leak keeps broken training from collapsing to chance; it does not repair it.
- **Three learning-rate-3 baselines.** This baseline (${baseline.dead.mean.withInterval} dead) is chapter 6's width-16 network with Glorot-uniform instead of He-uniform weights: the he_init remedy is chapter 6's run on ${findings.heInitIsChapter6.same} of its ${findings.heInitIsChapter6.runs} seeds, metric for metric (${he.dead.mean.withInterval} dead, ${he.accuracy.mean.withInterval} accuracy), so the initialiser alone changes the dead share by ${heEffect.dead.difference.withInterval} points (paired). Chapter 4's network (${chapter4.chapter4.mean.withInterval} dead, ${chapter4.chapter4.mean.n} seeds) is chapter 6's trained on ${
    chapter4.setups[0].trainingPoints.toLocaleString("en")
  } points for ${chapter4.setups[0].epochs} epochs instead of ${
    chapter4.setups[1].trainingPoints
  } for ${chapter4.setups[1].epochs} (chapter 6, section 6).`);
}

function _byVerdict(effects: readonly RemedyEffect[]) {
  const of = (verdict: RemedyEffect["verdict"]) => effects.filter((e) => e.verdict === verdict);
  return { helps: of("helps"), unclear: of("unclear"), hurts: of("hurts") };
}

function _names(effects: readonly RemedyEffect[]): string {
  return effects.length === 0 ? "none" : effects.map((e) => e.name).join(", ");
}

function _gains(effects: readonly RemedyEffect[]): string {
  return effects.length === 0
    ? "none"
    : effects.map((e) => `${e.name} ${e.accuracy.difference.short.replace(/^-/, "−")}`).join(", ");
}

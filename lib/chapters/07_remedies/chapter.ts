/**
 * Chapter 7 as the tutorial lists it: its question, the claim it tests, its findings from
 * the committed full profile, what the evidence says, and its one-line headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { committedResults } from "../_shared/committed.ts";
import { outcomeOf, type RemedyEffect, type RemedyFindings, remedyFindings } from "./findings.ts";
import { remediesSweep, REMEDY_BASE_LR } from "./remedies.ts";

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
export const remediesChapter: Chapter<RemedyFindings> = {
  number: 7,
  notebook: "07_remedies",
  title: "Remedies for dying ReLUs",
  question:
    "Which of the usual remedies prevent ReLU units from dying, and which keep the accuracy?",
  claims: [
    "Batch norm, L2 or L1, dropout, a lower or scheduled learning rate, Adam, gradient clipping, " +
    "He initialisation and a small positive bias prevent dead ReLUs.",
  ],
  async findings() {
    return remedyFindings((await committedResults(remediesSweep)).rows, "full");
  },
  headline(findings) {
    const { helps, unclear, hurts } = _byVerdict(findings.effects);
    const baseline = outcomeOf(findings, "baseline");
    return `From a baseline (SGD at learning rate ${REMEDY_BASE_LR}) with ${baseline.dead.mean.short} ` +
      `of its units dead and ${baseline.accuracy.mean.short} test accuracy, ${helps.length} of ` +
      `${findings.effects.length} changes clearly raise accuracy (paired, ${findings.seeds} seeds): ` +
      `${_gains(helps)}; ${_names(unclear)} make no clear difference; ${_gains(hurts)} lower it`;
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
 * ```
 */
export function remedyEvidence(findings: RemedyFindings): Markdown {
  const { helps, unclear, hurts } = _byVerdict(findings.effects);
  const baseline = outcomeOf(findings, "baseline"), leaky = outcomeOf(findings, "leaky_relu");
  const line = (effects: readonly RemedyEffect[]) =>
    effects.length === 0
      ? "none"
      : effects.map((e) =>
        `${e.name} (${e.accuracy.difference.withInterval}; ${
          outcomeOf(findings, e.name).inactive.mean.short
        } of units inactive)`
      ).join(", ");
  return markdown(`From the ${findings.profile} profile, ${findings.seeds} seeds per remedy:

- **The baseline** (learning rate ${REMEDY_BASE_LR}) ends with ${baseline.dead.mean} of its hidden units dead and ${baseline.accuracy.mean} test accuracy.
- **Clearly raise test accuracy** (the paired 95% interval of the gain, in points, lies above zero), largest gain first: ${
    line(helps)
  }.
- **No clear effect on accuracy**: ${line(unclear)}.
- **Clearly lower it**: ${line(hurts)}.
- **Leaky ReLU** has ${leaky.dead.mean.short} dead units by definition, but ${leaky.inactive.mean} of them never see a positive input: knocked out just the same, with 1% of the gradient left.`);
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
    : effects.map((e) => `${e.name} ${e.accuracy.difference.short}`).join(", ");
}

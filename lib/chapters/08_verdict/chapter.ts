/**
 * Chapter 8 as the tutorial lists it: its question, the article's claim it tests, its
 * findings from the committed full profile (and chapter 4's runs at high learning rates),
 * what the evidence says, and its headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { committedResults } from "../_shared/committed.ts";
import { dyingLr } from "../04_dying/dying_lr.ts";
import { leakAt, type LeakFindings, leakFindings } from "../07_remedies/leak_findings.ts";
import { verdictRecipe } from "./recipes.ts";
import { verdictSweep } from "./verdict.ts";
import {
  activationLabel,
  leakySummary,
  outcomeOn,
  SLIGHT,
  type VerdictFindings,
  verdictFindings,
  type VersusRelu,
  versusRelu,
  VERY_LEAKY,
} from "./findings.ts";

/** The leaks larger than 0.01 that the verdict tries: a = 0.1, Xu et al.'s 1/5.5, RReLU. */
export const LARGER_LEAKS: readonly string[] = ["leaky_relu(0.1)", VERY_LEAKY, "rrelu"];

/** Chapter 8's findings, and what a leak does at high learning rates (chapter 4's runs). */
export interface VerdictChapterFindings extends VerdictFindings {
  /** Chapter 7's leak findings, from chapter 4's dying-lr sweep. */
  readonly leak: LeakFindings;
}

/**
 * Chapter 8, the verdict.
 *
 * @example
 * ```ts
 * import { verdictChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await verdictChapter.findings();
 * expect(verdictChapter.headline(findings)).to.match(/^"At best slightly better" holds/);
 * ```
 */
export const verdictChapter: Chapter<VerdictChapterFindings> = {
  number: 8,
  notebook: "08_verdict",
  title: "The verdict: is Leaky ReLU better than ReLU?",
  question: "With standard recipes, is Leaky ReLU (or PReLU, or RReLU) a better default than ReLU?",
  claims: [
    "In practice Leaky ReLU is at best slightly better than ReLU.",
  ],
  async findings() {
    return {
      ...verdictFindings((await committedResults(verdictSweep)).rows, "full"),
      leak: leakFindings((await committedResults(dyingLr)).rows, "full"),
    };
  },
  headline(findings) {
    const small = findings.versus.filter((v) => v.activation === "leaky_relu(0.01)");
    const gains = small.map((v) => v.paired!.difference);
    const [low, high] = [
      gains.reduce((a, b) => a.value < b.value ? a : b),
      gains.reduce((a, b) => a.value > b.value ? a : b),
    ];
    const summary = leakySummary(findings);
    const larger = findings.versus.filter((v) => LARGER_LEAKS.includes(v.activation));
    const count = (verdict: VersusRelu["verdict"]) =>
      larger.filter((v) => v.verdict === verdict).length;
    const fashion = (a: string) => outcomeOn(findings, "fashion-mnist", a).accuracy!.mean.short;
    return `"At best slightly better" holds, and here not even slightly: over ${findings.seeds} paired seeds on ` +
      `${findings.datasets.join(", ")} (${
        verdictRecipe("fashion-mnist", "standard").train.toLocaleString("en")
      } Fashion-MNIST images), ` +
      `Leaky ReLU (a = 0.01) differs from ReLU by ${low.short} to ${high.short}, ${
        _clearly(small)
      }; ` +
      `the larger leaks (a = 0.1, Xu et al.'s a = 1/5.5 and RReLU) are clearly worse in ${
        count("worse")
      } of ${larger.length} comparisons and clearly better in ${count("better")}; ` +
      `ReLU loses at most ${
        summary.reluMostDead.inactive!.mean.short
      } of its units with these recipes ` +
      `(Fashion-MNIST test accuracy: ReLU ${fashion("relu")}, Leaky ReLU ${
        fashion("leaky_relu(0.01)")
      }, GELU ${fashion("gelu")})`;
  },
};

/**
 * "What the evidence says" for chapter 8: the Leaky ReLU comparisons added up, the
 * contenders for context, Xu et al.'s settings, and what a leak does at high learning rates.
 *
 * @param findings The chapter's findings (full profile).
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { verdictChapter, verdictEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = verdictEvidence(await verdictChapter.findings()).text;
 * expect(text).to.contain('**"At best slightly better" holds here.**');
 * ```
 */
export function verdictEvidence(findings: VerdictChapterFindings): Markdown {
  const summary = leakySummary(findings);
  const { largest, reluMostDead } = summary;
  const context = ["prelu", "rrelu", "elu", "gelu"].map((a) =>
    `${a} is clearly better than ReLU on ${_better(findings, a).length} and clearly worse on ${
      _worse(findings, a).length
    } of ${_of(findings, a).length} datasets`
  );
  const diverged = findings.outcomes.filter((o) => o.diverged > 0)
    .map((o) => `${o.diverged} × ${activationLabel(o.activation)} on ${o.dataset}`);
  const xu = [VERY_LEAKY, "rrelu"];
  const xuWorse = xu.flatMap((a) => _worse(findings, a));
  const xuBetter = xu.flatMap((a) => _better(findings, a));
  const reluFashion = outcomeOn(findings, "fashion-mnist", "relu");
  const fashion = xu.map((a) => versusRelu(findings, "fashion-mnist", a));
  const { leak } = findings;
  const [four, five] = [leakAt(leak, 4), leakAt(leak, 5)];
  return markdown(
    `From the ${findings.profile} profile: ${findings.seeds} seeds per dataset and activation, every difference paired by seed, with its 95% bootstrap interval.

- **Leaky ReLU against ReLU.** Over ${summary.comparisons.length} comparisons (three slopes × ${findings.datasets.length} datasets), Leaky ReLU is clearly better in ${summary.better.length}, clearly worse in ${summary.worse.length} (${
      _list(summary.worse)
    }), and not clearly different in the other ${
      summary.comparisons.length - summary.better.length - summary.worse.length
    }. Its largest mean gain is ${largest.paired!.difference.withInterval} points (${
      activationLabel(largest.activation)
    } on ${largest.dataset}).
- **"At best slightly better" holds here.** Taking "slightly" as a mean gain below ${
      Math.round(100 * SLIGHT)
    } percentage point, no Leaky ReLU gain reaches it. With these recipes ReLU loses at most ${
      reluMostDead.inactive!.mean.withInterval
    } of its hidden units (${reluMostDead.dataset}), and letting a little gradient through so few units changes almost nothing.
- **For context:** ${context.join("; ")}. ${
      diverged.length === 0
        ? "No run diverged."
        : `Diverged runs, left out of the comparisons: ${diverged.join(", ")}.`
    }
- **Xu et al.'s best settings.** The very leaky slope (a = 1/5.5) and RReLU, the two that did best in their CNNs, are clearly worse than ReLU here in ${xuWorse.length} of ${
      2 * findings.datasets.length
    } comparisons (${
      _list(xuWorse)
    }) and clearly better in ${xuBetter.length}; on Fashion-MNIST, the only images here, they differ from ReLU by ${
      fashion[0]!.paired!.difference.withInterval
    } and ${
      fashion[1]!.paired!.difference.withInterval
    } points. This does not contradict Xu et al., whose gains come from deep convolutional networks on natural images and who credit RReLU's random slopes with curbing overfitting on small data sets. Here nothing overfits that a regulariser could curb: on Fashion-MNIST, ReLU's running training accuracy over its single epoch, ${
      reluFashion.trainAccuracy!.mean.withInterval
    }, is below its test accuracy, ${
      reluFashion.accuracy!.mean.withInterval
    }. Small MLPs, one epoch and toy problems are where this evidence reaches; CNNs trained long on natural images are beyond it.
- **Where a leak does help** (chapter 4's sweep, ${four.runs} seeds): when the learning rate is high enough to break training (4 and 5, where ReLU falls to ${four.relu.mean.withInterval} and ${five.relu.mean.withInterval}), Leaky ReLU (0.01) keeps ${four.gain.difference.withInterval} and ${five.gain.difference.withInterval} points more accuracy, yet stays far below ReLU's ${leak.gentle.mean.withInterval} at learning rate ${leak.gentleRate}; chapter 7 shows that a smaller or better-controlled step repairs what a leak only softens.

Leaky ReLU is a reasonable default, not an improvement to count on.`,
  );
}

function _of(findings: VerdictFindings, activation: string): VersusRelu[] {
  return findings.versus.filter((v) => v.activation === activation);
}

function _better(findings: VerdictFindings, activation: string): VersusRelu[] {
  return _of(findings, activation).filter((v) => v.verdict === "better");
}

function _worse(findings: VerdictFindings, activation: string): VersusRelu[] {
  return _of(findings, activation).filter((v) => v.verdict === "worse");
}

function _clearly(comparisons: readonly VersusRelu[]): string {
  const clear = comparisons.filter((v) => v.verdict === "better" || v.verdict === "worse");
  return clear.length === 0 ? "never clearly" : `clearly on ${_list(clear)}`;
}

function _list(comparisons: readonly VersusRelu[]): string {
  return comparisons.length === 0
    ? "none"
    : comparisons.map((v) =>
      `${activationLabel(v.activation)} on ${v.dataset}, ${v.paired!.difference.withInterval}`
    ).join("; ");
}

/**
 * Chapter 6 as the tutorial lists it: its question, the article's claims it tests, its
 * findings from the committed full profiles, what the evidence says, and its headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { committedResults } from "../_shared/committed.ts";
import type { PairedFinding } from "../../stats/row_findings.ts";
import { dyingLr } from "../04_dying/dying_lr.ts";
import { initialBiasSweep } from "./initial_bias.ts";
import { revivalSweep } from "./revival.ts";
import { SHIFTED_BOX, widthSweep } from "./width.ts";
import {
  type BiasFindings,
  biasFindings,
  biasOutcome,
  type Chapter4Comparison,
  chapter4Comparison,
  type RevivalFindings,
  revivalFindings,
  revivalOutcome,
  type WidthFindings,
  widthFindings,
  widthOutcome,
} from "./findings.ts";

/** Chapter 6's findings: one set per sweep, and chapter 4's baseline set beside its own. */
export interface ThreatFindings {
  /** Initial biases (threat-bias). */
  readonly bias: BiasFindings;
  /** Width against learning rate (threat-width). */
  readonly width: WidthFindings;
  /** New data after training (threat-revival). */
  readonly revival: RevivalFindings;
  /** Chapter 4's learning-rate-3 runs beside the width-16 ones. */
  readonly chapter4: Chapter4Comparison;
}

/**
 * Chapter 6, are dead neurons a threat?
 *
 * @example
 * ```ts
 * import { threatChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await threatChapter.findings();
 * expect(threatChapter.headline(findings)).to.match(/^Conditionally/);
 * ```
 */
export const threatChapter: Chapter<ThreatFindings> = {
  number: 6,
  notebook: "06_threat",
  title: "Are dead neurons a threat?",
  question:
    "Do dead ReLU units hurt a trained network, and when: which units come back, which fire off the data, and which networks suffer?",
  claims: [
    "Biases act as supports: a unit's bias decides where it switches on, so it decides how many units start, or end up, dead.",
    "A unit dead on the training data may still fire on test data or on inputs that drift away from it.",
    "New training data can bring dead units back.",
    "In a wide network a few dead units act like a fixed dropout: the rest does the work.",
    "Narrow networks suffer more from dead units.",
  ],
  async findings() {
    const width = widthFindings((await committedResults(widthSweep)).rows, "full");
    return {
      bias: biasFindings((await committedResults(initialBiasSweep)).rows, "full"),
      width,
      revival: revivalFindings((await committedResults(revivalSweep)).rows, "full"),
      chapter4: chapter4Comparison((await committedResults(dyingLr)).rows, width),
    };
  },
  headline(findings) {
    const { bias, width, revival } = findings;
    const all = revivalOutcome(revival, "all"), same = revivalOutcome(revival, "same");
    const wide = widthOutcome(width, { width: 64, learningRate: 3 });
    const narrow = widthOutcome(width, { width: 4, learningRate: 3 });
    return `Conditionally. Of the units dead on the training data, ${width.elsewhere.onTest.mean.withInterval} ` +
      `fire on a test point but ${width.elsewhere.onShifted.mean.withInterval} somewhere off the data; ` +
      `new data brings back ${all.cameBack.mean.withInterval} of ${all.deadAfterPhase1.mean.short} dead units ` +
      `(${same.cameBack.mean.short} without it); pruning the dead units changed test accuracy by at most ` +
      `${
        _points(width.pruning.largestTestChange)
      } in ${width.pruning.runs} runs; at learning rate 3 width 64 keeps ` +
      `${wide.accuracy.mean.withInterval} accuracy with ${wide.dead.mean.short} of its units dead, width 4 ` +
      `falls to ${narrow.accuracy.mean.withInterval}, and ${width.atChance.withDeadLayer} of the ` +
      `${width.atChance.runs} runs at chance had lost a whole layer. A bias of -1 kills ` +
      `${
        biasOutcome(bias, { bias: -1, learningRate: 0.3 }).deadAtInit.mean.withInterval
      } of the units at birth; ` +
      `a positive bias does not stop units dying during training`;
  },
};

/**
 * "What the evidence says" for chapter 6: each of the article's five points with its
 * numbers and intervals, and why chapter 4's learning-rate-3 network loses more units.
 *
 * @param findings The chapter's findings (full profiles).
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { threatChapter, threatEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = threatEvidence(await threatChapter.findings()).text;
 * expect(text).to.contain("**Biases as supports");
 * ```
 */
export function threatEvidence(findings: ThreatFindings): Markdown {
  const { bias, width, revival, chapter4 } = findings;
  const b = (value: number, learningRate: number) =>
    biasOutcome(bias, { bias: value, learningRate });
  const w = (value: number, learningRate: number) =>
    widthOutcome(width, { width: value, learningRate });
  const all = revivalOutcome(revival, "all"), same = revivalOutcome(revival, "same");
  const { pruning, elsewhere, atChance } = width;
  const [there, here] = chapter4.setups;
  return markdown(
    `From the full profiles, ${bias.seeds} seeds per setting (95% bootstrap intervals over seeds):

1. **Biases as supports: partly right.** The bias does decide how many units start alive: with every hidden bias at -1, ${
      b(-1, 0.3).deadAtInit.mean.withInterval
    } of the units are dead before training (at 0: ${
      b(0, 0.3).deadAtInit.mean.withInterval
    }; at +0.1: ${b(0.1, 0.3).deadAtInit.mean.withInterval}), and those networks end at ${
      b(-1, 0.3).accuracy.mean.withInterval
    } test accuracy instead of ${
      b(0, 0.3).accuracy.mean.withInterval
    } (learning rate 0.3). But a positive bias is no protection against dying *during* training: at learning rate 2, bias +0.1 ends with ${
      b(0.1, 2).dead.mean.withInterval
    } dead against ${b(0, 2).dead.mean.withInterval} for bias 0, and bias +1 ends with ${
      b(1, 2).dead.mean.withInterval
    } dead and ${b(1, 2).accuracy.mean.withInterval} test accuracy.
2. **Dead on the training data, alive elsewhere: right, mostly away from the data.** Of the units dead on the training inputs, ${elsewhere.onTest.mean.withInterval} fire on at least one fresh test point from the same distribution, while ${elsewhere.onShifted.mean.withInterval} fire somewhere in the box [${
      SHIFTED_BOX[0]
    }, ${
      SHIFTED_BOX[1]
    }]² (share per run, over the ${elsewhere.onTest.mean.n} runs with a dead unit). A unit is dead on a region of input space: if the inputs shift, it can wake up, for better or worse.
3. **New data revives units: right.** After phase 1, ${all.deadAfterPhase1.mean.withInterval} of 32 units were dead on the left half. With all points in phase 2, ${all.cameBack.mean.withInterval} of them are alive at the end, most firing on the new points as soon as they arrive (${all.activeOnPhase2Data.mean.withInterval}); trained on the same half again, ${same.cameBack.mean.withInterval} come back.
4. **A few dead units as a fixed dropout: right.** Removing the dead units left the training accuracy unchanged in ${pruning.sameTrainAccuracy} of ${pruning.runs} runs (by construction) and the test accuracy unchanged in ${pruning.sameTestAccuracy}; the largest change was ${
      _points(pruning.largestTestChange)
    }. Width 64 at learning rate 3 has ${
      w(64, 3).dead.mean.withInterval
    } of its units dead and still reaches ${w(64, 3).accuracy.mean.withInterval} test accuracy.
5. **Narrow networks suffer more: right.** At the same learning rate, width 4 loses ${
      w(4, 3).dead.mean.withInterval
    } of its units and reaches ${
      w(4, 3).accuracy.mean.withInterval
    }. Accuracy depends on how many units are left, not on the share that died, and a narrow network runs out first; worst of all, it can lose a whole layer: ${atChance.withDeadLayer} of the ${atChance.runs} runs at chance level (test accuracy ≤ ${
      Math.round(100 * atChance.threshold)
    }%) have a hidden layer with every unit dead.

**Chapter 4's network and this one at learning rate 3.** Chapter 4's network loses ${chapter4.chapter4.mean.withInterval} of its units (${chapter4.chapter4.mean.n} seeds), this chapter's width-16 network ${chapter4.here.mean.withInterval} (${chapter4.here.mean.n} seeds). They are the same network with the same initial weights on the seeds they share, trained for the same ${there.steps} SGD steps, but on ${
      there.trainingPoints.toLocaleString("en")
    } points for ${there.epochs} epochs there and on ${here.trainingPoints} points for ${here.epochs} epochs here (so the points drawn differ too); on the ${chapter4.difference.n} shared seeds, chapter 4's share minus this chapter's is ${chapter4.difference.difference.withInterval} points (paired), ${
      _pairedVerdict(chapter4.difference)
    }

Dead units are a conditional threat: nearly free in a wide network, costly in a narrow one, and in every case a sign that the learning rate or the initialisation is off (chapter 7 tries the remedies).`,
  );
}

/** What the paired difference between chapter 4's setup and this one says, as a clause. */
function _pairedVerdict(paired: PairedFinding): string {
  const { difference, n, aWins, bWins } = paired;
  const seeds = `chapter 4's lost more on ${aWins} of the ${n} seeds, this one on ${bWins}`;
  if (!difference.excludes(0)) {
    return `an interval that contains 0 (${seeds}): on these seeds the two setups cannot be ` +
      "told apart, and the gap between their means is within seed-to-seed noise.";
  }
  return `so chapter 4's setup kills ${difference.value > 0 ? "more" : "fewer"} (${seeds}). ` +
    "Which of the differences (more data, fewer passes, other points) makes it, these sweeps " +
    "cannot say.";
}

function _points(share: number): string {
  return `${(100 * share).toFixed(1)} points`;
}

/**
 * Chapter 9 as the tutorial lists it: the playground's question, the claims its states show,
 * their findings (the states run in Deno with the page's own code), what the evidence says,
 * and the one-line headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Finding } from "../../stats/finding.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { type PlaygroundFindings, playgroundFindings, STATE_SEEDS } from "./findings.ts";
import { STATE_STEPS } from "./states.ts";

/**
 * Chapter 9, the live playground.
 *
 * @example
 * ```ts
 * import { playgroundChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await playgroundChapter.findings();
 * expect(playgroundChapter.headline(findings)).to.match(/^At learning rate 3/);
 * ```
 */
export const playgroundChapter: Chapter<PlaygroundFindings> = {
  number: 9,
  notebook: "09_playground",
  title: "The playground: train them yourself",
  question:
    "What does dying look like while it happens, and what do Leaky ReLU and batch norm change, live?",
  claims: [
    "A unit pushed to large negative pre-activations outputs 0, gets gradient 0 and never updates.",
    "Leaky ReLU leaks gradient, so its units cannot die.",
    "Batch norm and sane learning rates prevent death.",
  ],
  findings: playgroundFindings,
  headline(f) {
    return `At learning rate 3, ${f.lr3.left.dead.mean.short} of ReLU's units die against ` +
      `${f.lr3.right.dead.mean.short} of Leaky ReLU's (${f.lr3.left.dead.mean.n} seeds, live in the browser ` +
      `and in Deno, bit for bit); a unit pushed to −100,000 costs ReLU one unit, while ` +
      `Leaky ReLU ends ${_points(f.pushedFar.accuracyGain.difference)} ReLU in test accuracy`;
  },
};

/** A paired difference as `42.6 points below` or `3.1 points above`. */
function _points(difference: Finding): string {
  const size = difference.short.replace(/^[-+−]/, "");
  return `${size} ${difference.value < 0 ? "below" : "above"}`;
}

/**
 * "What the evidence says" for chapter 9.
 *
 * @param f The chapter's findings.
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { playgroundChapter, playgroundEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = playgroundEvidence(await playgroundChapter.findings()).text;
 * expect(text).to.contain("**ReLU vs Leaky ReLU at learning rate 3**");
 * ```
 */
export function playgroundEvidence(f: PlaygroundFindings): Markdown {
  const runs =
    `${STATE_SEEDS} seeds, ${STATE_STEPS} steps each, quick profile (run live in Deno with the page's code)`;
  return markdown(
    `Each state, ${runs}; shares are of all hidden units, intervals are 95% bootstrap intervals over seeds, differences are paired by seed:

- **ReLU vs Leaky ReLU at learning rate 3**: ${f.lr3.left.dead.mean} of ReLU's units are dead after ${STATE_STEPS} steps, against ${f.lr3.right.dead.mean} of Leaky ReLU's; Leaky ReLU's test accuracy is higher by ${f.lr3.accuracyGain.difference} (it wins ${f.lr3.accuracyGain.aWins} of ${f.lr3.accuracyGain.n} seeds), but it reaches only ${f.lr3.right.testAccuracy.mean.short} on average: surviving is not learning.
- **A neuron pushed to −3** (its bias, after 20 steps): it is still dead at the end in ${f.pushed.left.pushedDead.mean} of ReLU runs; Leaky ReLU's pushed unit is not dead by definition, yet it is positive on some training point in only ${f.pushed.right.pushedActive.mean} of runs: its leak of a = 0.01 did not bring it back within ${
      STATE_STEPS - 20
    } steps. Test accuracy barely moves (Leaky minus ReLU ${f.pushed.accuracyGain.difference}): the other units take over.
- **Pushed to −100,000** instead, ReLU again loses that one unit (test accuracy ${f.pushedFar.left.testAccuracy.mean}), while Leaky ReLU's unit sends a·(−100,000) on to the next layer: its test accuracy changes by ${f.pushedFar.accuracyGain.difference} and ${f.pushedFar.diverged.right} of ${STATE_SEEDS} runs diverged. The leak that lets a unit recover also lets a wrecked unit wreck the network.
- **Born dead: depth 10, width 2**: ${f.bornDead.left.deadAtStart.mean} of ReLU's units are dead before the first step, ${f.bornDead.left.dead.mean} after ${STATE_STEPS}; Leaky ReLU's are never dead (${f.bornDead.right.dead.mean.short}), yet its test accuracy, ${f.bornDead.right.testAccuracy.mean}, is no better than ReLU's ${f.bornDead.left.testAccuracy.mean.short}: such a thin, deep network does not learn here either way.
- **Batch norm rescues a high learning rate** (ReLU, learning rate 3, batches of 50): without it ${f.batchNorm.left.dead.mean} of units die, with it ${f.batchNorm.right.dead.mean}; test accuracy gains ${f.batchNorm.accuracyGain.difference}. With batches of 10 it does not: ${f.batchNormSmall.right.dead.mean} dead with batch norm against ${f.batchNormSmall.left.dead.mean.short} without, test accuracy ${f.batchNormSmall.accuracyGain.difference}.`,
  );
}

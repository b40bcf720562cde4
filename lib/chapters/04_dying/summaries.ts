/**
 * Chapter 4's prose with numbers: each function turns findings into the Markdown that
 * states them, so a number in the chapter's text is the finding's value, formatted the
 * one way findings are.
 *
 * @module
 */

import { bornDeadAtPoint } from "../../analysis/born_dead_theory.ts";
import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Finding } from "../../stats/finding.ts";
import { type BornDeadFindings, bornDeadPoint, definitionGaps } from "./born_dead_findings.ts";
import { DYING_SETUP } from "./dying_lr.ts";
import { revivalTotals } from "./findings.ts";
import { initCell, type InitFindings } from "./init_findings.ts";
import { DEMO_LR, type LrFindings, lrPoint } from "./lr_findings.ts";
import type { MicroscopeFindings } from "./microscope.ts";

/** A whole number with thousands separators, e.g. `-96,001`. */
function _int(value: number): string {
  return Math.round(value).toLocaleString("en");
}

/**
 * A threshold finding as prose.
 *
 * @param threshold The threshold, or `null` when the curve never reaches its level.
 * @returns The full quotation, or "beyond the grid".
 *
 * @example
 * ```ts
 * import { thresholdText } from "./summaries.ts";
 * import { Finding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(thresholdText(null)).to.equal("beyond the grid");
 * const at = new Finding({ value: 2.5, n: 3, profile: "quick", unit: "number", digits: 2 });
 * expect(thresholdText(at)).to.equal("2.50 (3 seeds, quick profile)");
 * ```
 */
export function thresholdText(threshold: Finding | null): string {
  return threshold === null ? "beyond the grid" : String(threshold);
}

/**
 * The setup of chapter 4's network experiments, exactly as {@linkcode DYING_SETUP} and
 * the sweeps define it: what later chapters compare their baselines with.
 *
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { setupText } from "./summaries.ts";
 * import { expect } from "chai";
 *
 * expect(setupText().text).to.contain("2-16-16-1");
 * expect(setupText().text).to.contain("1,000 training and 1,000 test points");
 * ```
 */
export function setupText(): Markdown {
  const s = DYING_SETUP;
  const points = s.points.toLocaleString("en");
  return markdown(
    `**The setup** (sweeps \`dying-lr\` and \`dying-init\`): a ${s.sizes.join("-")} MLP, ` +
      `${s.init}, trained with ${s.optimizer} on ${s.loss}, minibatches of ${s.batchSize} ` +
      `reshuffled every epoch, for ${s.epochs} epochs. The data are two concentric circles ` +
      `(noise ${s.noise}, inner radius ${s.factor}): ${points} ` +
      `training and ${points} test points, drawn afresh for each seed. A seed fixes the data, ` +
      "the initial weights and the batch order, and is shared by every setting, so settings " +
      "compare seed by seed. `dying-init` changes the initial weights and biases and trains " +
      "at learning rate 0.1.",
  );
}

/**
 * What the microscope shows, in numbers.
 *
 * @param f The microscope's findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { microscopeSummary } from "./summaries.ts";
 * import { microscope } from "./microscope.ts";
 * import { expect } from "chai";
 *
 * expect(microscopeSummary(microscope({ steps: 100 }).findings).text).to.contain("exactly 0");
 * ```
 */
export function microscopeSummary(f: MicroscopeFindings): Markdown {
  const [near, far] = f.reluNonzeroSteps;
  const steps = _int(f.steps);
  return markdown(
    `**What the microscope shows.** With ReLU the neuron outputs ${f.reluOutput} and gets a ` +
      `gradient of exactly 0 (non-zero at ${near} of ${steps} steps from w₀ = −3, at ${far} ` +
      `from w₀ = −100,000): the weight never moves, the loss stays at ${f.reluLoss.toFixed(3)}. ` +
      "It is dead, and gradient descent on this data cannot revive it. With Leaky ReLU " +
      `(a = ${f.leak}) the negative side passes a·(gradient) back, so from −3 the weight ` +
      `reaches ${f.leakyNear.weight.toFixed(4)} (loss ${f.leakyNear.loss.toExponential(1)}). ` +
      `From −100,000 the leak helps only in proportion to a: after ${steps} steps the weight ` +
      `is still ${_int(f.leakyFar.weight)} (mean output ${f.leakyFar.output.toFixed(1)}), ` +
      `moving ${f.leakyFar.pace.toFixed(2)} per step. At that pace it would need at least ` +
      `${_int(f.stepsToZero)} more steps to reach 0, and the pace only slows as the error it ` +
      'feels shrinks. A leaky neuron is never stuck, but "not stuck" can still mean ' +
      '"hopelessly slow".',
  );
}

/**
 * Where dying takes off, in the full profile and the quick run.
 *
 * @param full The full profile's learning-rate findings.
 * @param quick The quick run's, if shown.
 * @returns Markdown, one sentence.
 *
 * @example
 * ```ts
 * import { thresholdSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(thresholdSummary((await dyingFindings()).lr).text).to.match(/^Death takes off/);
 * ```
 */
export function thresholdSummary(full: LrFindings, quick?: LrFindings): Markdown {
  const level = `${Math.round(100 * full.level)}%`;
  return markdown(
    `Death takes off (the mean dead share reaches ${level}) at a learning rate of ` +
      `**${thresholdText(full.threshold)}**` +
      (quick ? `; the quick run puts it at ${thresholdText(quick.threshold)}.` : "."),
  );
}

/**
 * How much of the dying at the demonstration rate happens in the first epoch.
 *
 * @param lr The full profile's learning-rate findings.
 * @returns Markdown, one paragraph.
 * @throws {RangeError} If the findings have no census at the demonstration rate.
 *
 * @example
 * ```ts
 * import { firstEpochSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(firstEpochSummary((await dyingFindings()).lr).text).to.contain("first epoch");
 * ```
 */
export function firstEpochSummary(lr: LrFindings): Markdown {
  if (lr.demo === null) {
    throw new RangeError(`Expected findings with runs at learning rate ${DEMO_LR}, received none`);
  }
  const { afterFirstEpoch, firstLayerAtEnd, firstEpochShare } = lr.demo;
  return markdown(
    `In the ${lr.profile} run at learning rate ${DEMO_LR}, **${afterFirstEpoch.short}** of ` +
      `hidden units are already dead after the first epoch (${afterFirstEpoch}) and ` +
      `${lrPoint(lr, DEMO_LR).dead.mean.short} at the end; the first layer ends at ` +
      `${firstLayerAtEnd.short} dead. So ${firstEpochShare} of the final deaths happen in ` +
      'the first epoch, as the article\'s "exploding updates" story says: a large early ' +
      "update throws a unit's hyperplane off the data, and from then on the unit gets no " +
      "gradient. Whether it stays dead depends on its layer (section 4.5).",
  );
}

/**
 * Dead at birth against the initialisation, and what training did to it.
 *
 * @param init The full profile's initialisation findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { initSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(initSummary((await dyingFindings()).init).text).to.contain("relative to");
 * ```
 */
export function initSummary(init: InitFindings): Markdown {
  const cell = (weightScale: number, biasStd = 0) =>
    initCell(init, { weightScale, biasMean: -1, biasStd });
  const [small, he, big, spread] = [cell(0.5), cell(1), cell(4), cell(0.5, 0.5)];
  return markdown(
    `With biases at −1, weights at half the He scale leave **${small.deadAtInit.mean.short}** ` +
      `of hidden units dead at birth and a test accuracy of ${small.accuracy.mean.short} ` +
      `(chance is 50%); at the He scale ${he.deadAtInit.mean.short} are dead at birth and ` +
      `accuracy is ${he.accuracy.mean.short}; at 4× the He scale ${big.deadAtInit.mean.short} ` +
      `(accuracy ${big.accuracy.mean.short}). What matters is the bias *relative to* the ` +
      "weights. Drawing the biases around −1 with standard deviation 0.5 instead of setting " +
      `them all to −1 (half-scale weights) leaves ${spread.deadAtInit.mean.short} dead at ` +
      `birth. At the He scale, training changed the dead share by ${he.change} (after minus ` +
      "before, per run): some units dead at birth came back. Section 4.5 shows which.",
  );
}

/**
 * What comes back, per layer, over every ReLU run of both network sweeps.
 *
 * @param lr The full profile's learning-rate findings.
 * @param init The full profile's initialisation findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { revivalSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const { lr, init } = await dyingFindings();
 * expect(revivalSummary(lr, init).text).to.contain("0 of 500");
 * ```
 */
export function revivalSummary(lr: LrFindings, init: InitFindings): Markdown {
  const { runs, runsThatFell: [first, second] } = revivalTotals(lr, init);
  const demo = lrPoint(lr, DEMO_LR).revival.layers[1]!.change;
  const he = initCell(init, { weightScale: 1, biasMean: -1 }).revival.layers[1]!.change;
  return markdown(
    `Over all ${runs} ReLU runs of both sweeps (${lr.profile} profile), the first layer's ` +
      `dead share fell from one epoch to the next in **${first} of ${runs}** runs; the ` +
      `second layer's fell in ${second} of ${runs}. At learning rate ${DEMO_LR} the second layer ends ${demo} from its ` +
      `peak; with He-scale weights and biases of −1, ${he}. Dead on the training data is for ` +
      "good only in the first layer.",
  );
}

/**
 * The one-input formula against the one-input Monte Carlo.
 *
 * @param bornDead The full profile's born-dead findings.
 * @returns Markdown, one sentence.
 * @throws {RangeError} If the findings have no one-input runs (the quick profile).
 *
 * @example
 * ```ts
 * import { theoryCheckSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(theoryCheckSummary((await dyingFindings()).bornDead).text).to.contain("77 of 77");
 * ```
 */
export function theoryCheckSummary(bornDead: BornDeadFindings): Markdown {
  const check = bornDead.theoryCheck;
  if (check === null) {
    throw new RangeError(
      `Expected findings with one-input runs, received the ${bornDead.profile} profile's`,
    );
  }
  return markdown(
    `The formula lies inside the Monte Carlo's 95% Wilson interval in **${check.inside} of ` +
      `${check.settings}** settings (Wilson intervals cover the true rate at least about 95% ` +
      "of the time, more when it is near 0 or 1, as many are here); the largest gap is " +
      `${(100 * check.worstGap).toFixed(1)} percentage points.`,
  );
}

/**
 * How often deep, narrow networks are born dead, with He and with RAI.
 *
 * @param bornDead The full profile's born-dead findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { bornDeadSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(bornDeadSummary((await dyingFindings()).bornDead).text).to.contain("Wilson");
 * ```
 */
export function bornDeadSummary(bornDead: BornDeadFindings): Markdown {
  const at = (init: string, depth: number, width: number) =>
    bornDeadPoint(bornDead, { depth, width, init }).deadLayer;
  return markdown(
    "A 10-layer network of width 2 is born with a dead layer on 100 inputs in " +
      `**${at("he", 10, 2)}** of draws with He initialisation, and in ${at("rai", 10, 2)} ` +
      `with RAI. At depth 50 and width 4: ${at("he", 50, 4).withInterval} with He, ` +
      `${at("rai", 50, 4).withInterval} with RAI. The one-input formula bounds the He rates ` +
      "from above, and the gap shrinks with depth (at depth 10, width 2 the bound is " +
      `${(100 * bornDeadAtPoint(10, 2)).toFixed(1)}%).`,
  );
}

/**
 * The experiment's definition of born dead against Lu et al.'s, on the same networks.
 *
 * @param bornDead The full profile's born-dead findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { definitionSummary } from "./summaries.ts";
 * import { dyingFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(definitionSummary((await dyingFindings()).bornDead).text).to.contain("77 of 77");
 * ```
 */
export function definitionSummary(bornDead: BornDeadFindings): Markdown {
  const settings = (init: string) =>
    bornDead.points.filter((p) => p.init === init && p.constant !== null).length;
  const [he, rai] = [definitionGaps(bornDead, "he"), definitionGaps(bornDead, "rai")];
  const worst = rai[0];
  const flat = bornDeadPoint(bornDead, { depth: 50, width: 4, init: "rai" });
  const part = worst === undefined ? "" : ` Where they part, the constant share is higher by at ` +
    `most ${(100 * (worst.constant!.value - worst.deadLayer.value)).toFixed(1)} points ` +
    `(depth ${worst.depth}, width ${worst.width}: ${worst.constant!.withInterval} against ` +
    `${worst.deadLayer.withInterval}), in networks whose live outputs vary over the inputs ` +
    `by a median of ${worst.liveRange?.toExponential(1)}: rounding, not another mechanism.`;
  return markdown(
    `The two definitions agree in **${settings("he") - he.length} of ${settings("he")}** He ` +
      `settings and in ${settings("rai") - rai.length} of ${settings("rai")} RAI settings.` +
      part + " What RAI's live networks do show is how little a deep, narrow network's output " +
      `can depend on its input: at depth 50 and width 4 their median output range over the ` +
      `inputs is ${flat.liveRange?.toExponential(1)}. Alive, but nearly flat.`,
  );
}

/**
 * Chapter 5's prose with numbers: each function turns findings into the Markdown that
 * states them. The statements other chapters quote (where a leak helps and by how much,
 * which a to use) are made here, from the findings, so they read the same everywhere.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import { DEMO_LR } from "../04_dying/lr_findings.ts";
import { LEAK, type LeakLrFindings, leakPoint, leakVersusRelu } from "./leak_vs_lr.ts";
import type { PreluFindings } from "./prelu_findings.ts";
import { slopeCell, type SlopeFindings } from "./slope_findings.ts";

/** Where the leak clearly helps, where it is unclear, and how far it is from a rescue. */
export interface LeakVerdicts {
  /** Learning rates where leak − ReLU's paired interval lies above 0. */
  readonly helps: readonly number[];
  /** Learning rates where it lies below 0. */
  readonly hurts: readonly number[];
  /** Learning rates where it contains 0 but the mean gain is a point or more. */
  readonly unclearLarge: readonly number[];
  /** Learning rates where it contains 0 and the mean difference is under a point either way. */
  readonly negligible: readonly number[];
  /** The gentle rate the rescue is measured against (0.1). */
  readonly gentle: number;
}

/**
 * Sorts the learning rates by what the leak does there.
 *
 * @param lr The dying-lr findings.
 * @returns The learning rates in each class.
 *
 * @example
 * ```ts
 * import { leakVerdicts } from "./summaries.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(leakVerdicts((await leakyFindings()).lr).helps).to.deep.equal([4, 5]);
 * ```
 */
export function leakVerdicts(lr: LeakLrFindings): LeakVerdicts {
  const of = (pick: (v: LeakLrFindings["versus"][number]) => boolean) =>
    lr.versus.filter(pick).map((v) => v.learningRate);
  const small = (v: LeakLrFindings["versus"][number]) =>
    Math.abs(v.accuracy.difference.value) < 0.01;
  return {
    helps: of((v) => v.verdict === "helps"),
    hurts: of((v) => v.verdict === "hurts"),
    unclearLarge: of((v) => v.verdict === "unclear" && !small(v)),
    negligible: of((v) => v.verdict === "unclear" && small(v)),
    gentle: 0.1,
  };
}

function _list(values: readonly string[]): string {
  return values.length <= 1
    ? values.join("")
    : `${values.slice(0, -1).join(", ")} and ${values.at(-1)}`;
}

/**
 * Where the leak helps, by how much, and why that is not a rescue: the statement chapters
 * 7 and 8 quote.
 *
 * @param lr The full profile's dying-lr findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { whereLeakHelps } from "./summaries.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(whereLeakHelps((await leakyFindings()).lr).text).to.contain("does not do is rescue");
 * ```
 */
export function whereLeakHelps(lr: LeakLrFindings): Markdown {
  const v = leakVerdicts(lr);
  const gain = (rate: number) => leakVersusRelu(lr, rate).accuracy;
  const dead = (rate: number) => leakPoint(lr, "relu", rate).dead!.mean.short;
  const acc = (activation: string, rate: number) => leakPoint(lr, activation, rate).accuracy!.mean;
  const top = lr.learningRates.filter((rate) => rate > DEMO_LR);
  const largest = Math.max(...v.negligible.map((rate) => Math.abs(gain(rate).difference.value)));
  const unclear = v.unclearLarge.map((rate) => {
    const g = gain(rate);
    return `At ${rate} the mean gain, ${g.difference.withInterval}, is not clear: the seeds ` +
      `split ${g.aWins} to ${g.bWins}`;
  });
  return markdown(
    `**Where the leak helps, and by how much.** Paired by seed, ${LEAK} minus ReLU is clearly ` +
      `positive at learning rate${v.helps.length > 1 ? "s" : ""} ` +
      _list(v.helps.map((rate) => `${rate} (${gain(rate).difference.withInterval} points)`)) +
      `: where ReLU loses a quarter or more of its units (${_list(v.helps.map(dead))} dead). ` +
      (unclear.length ? `${unclear.join("; ")}. ` : "") +
      `At ${_list(v.negligible.map(String))} no difference is clear and none exceeds ` +
      `${(100 * largest).toFixed(2)} points either way. What the leak does not do is rescue ` +
      `training: at ${_list(top.map(String))} it lifts test accuracy from ReLU's ` +
      `${_list(top.map((rate) => acc("relu", rate).short))} to ` +
      `${_list(top.map((rate) => String(acc(LEAK, rate))))}, far below the ` +
      `${acc(LEAK, v.gentle)} it reaches at learning rate ${v.gentle}.`,
  );
}

/**
 * What comes back per layer, ReLU's dead units against the leak's inactive ones.
 *
 * @param lr The full profile's dying-lr findings.
 * @returns Markdown, one paragraph.
 * @throws {RangeError} If the findings have no runs at chapter 4's demonstration rate.
 *
 * @example
 * ```ts
 * import { comebackSummary } from "./summaries.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(comebackSummary((await leakyFindings()).lr).text).to.contain("first layer");
 * ```
 */
export function comebackSummary(lr: LeakLrFindings): Markdown {
  if (lr.revival === null) {
    throw new RangeError(`Expected findings with runs at learning rate ${DEMO_LR}, received none`);
  }
  const { relu, leak } = lr.revival;
  const [r1, r2] = relu.layers, [l1, l2] = leak.layers;
  return markdown(
    `At learning rate ${DEMO_LR} (${lr.profile} profile), ReLU's first-layer dead share fell ` +
      `in **${r1!.runsThatFell} of ${r1!.runs}** runs: those units are dead for good. Its ` +
      `second layer's ends ${r2!.change} from its peak. The leak's inactive units get ` +
      `a·(gradient), so even the first layer's can come back: its inactive share fell in ` +
      `${l1!.runsThatFell} of ${l1!.runs} runs (${
        l1!.change.withInterval
      } points from the peak), ` +
      `the second layer's ${l2!.change.withInterval}. Pooled over both layers, the leak's ` +
      `inactive share changes by ${leak.pooled.change.withInterval} from its peak, ReLU's dead ` +
      `share by ${relu.pooled.change.withInterval}: some inactive leaky units do come back, ` +
      "most stay inactive. A gradient scaled by 0.01 is a weak pull.",
  );
}

/**
 * RReLU beside ReLU at learning rate 1, and where it diverges.
 *
 * @param lr The full profile's dying-lr findings.
 * @returns Markdown, one paragraph.
 *
 * @example
 * ```ts
 * import { rreluSummary } from "./summaries.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * expect(rreluSummary((await leakyFindings()).lr).text).to.match(/^At learning rate 1, RReLU/);
 * ```
 */
export function rreluSummary(lr: LeakLrFindings): Markdown {
  const [rrelu, relu] = [leakPoint(lr, "rrelu", 1), leakPoint(lr, "relu", 1)];
  const later = lr.learningRates.find((rate) =>
    leakPoint(lr, "rrelu", rate).diverged > lr.seeds / 2
  );
  const blown = later === undefined ? null : leakPoint(lr, "rrelu", later);
  return markdown(
    `At learning rate 1, RReLU leaves ${rrelu.inactive!.mean} of units inactive (ReLU: ` +
      `${relu.dead!.mean.short} dead) with test accuracy ${rrelu.accuracy!.mean.short} (ReLU: ` +
      `${relu.accuracy!.mean.short}). Like the other variants with a sizeable slope it diverges ` +
      "where ReLU only dies" +
      (blown === null
        ? "."
        : `: at learning rate ${blown.learningRate}, ${blown.diverged} of ${blown.runs} seeds diverged.`),
  );
}

/**
 * The quick run's PReLU slopes against the committed full profile's, seed for seed.
 *
 * @param quick The quick run's PReLU findings.
 * @param full The full profile's.
 * @param gap Their largest difference, as `slopeCurveGap` gives it.
 * @returns Markdown, one sentence.
 *
 * @example
 * ```ts
 * import { quickMatchSummary } from "./summaries.ts";
 * import { expect } from "chai";
 *
 * expect(quickMatchSummary({ gap: 0, curves: 6, epochs: 30 }).text).to.contain("**0**");
 * ```
 */
export function quickMatchSummary(
  gap: { readonly gap: number; readonly curves: number; readonly epochs: number },
): Markdown {
  return markdown(
    `Largest difference between the quick run and the full run, over the ${gap.curves} ` +
      `curves both have and epochs 0 to ${gap.epochs}: **${gap.gap}**.`,
  );
}

/**
 * Which a the chapter recommends, from the slope sweep and dying-lr, with its uncertainty.
 *
 * @param slope The full profile's slope findings.
 * @param lr The full profile's dying-lr findings.
 * @returns Markdown, one paragraph.
 * @throws {RangeError} If the findings recommend no slope.
 *
 * @example
 * ```ts
 * import { recommendationSummary } from "./summaries.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const { slope, lr } = await leakyFindings();
 * expect(recommendationSummary(slope, lr).text).to.match(/^\*\*Which a to use\.\*\* a = 0\.01 \(a = 0\.03 /);
 * ```
 */
export function recommendationSummary(slope: SlopeFindings, lr: LeakLrFindings): Markdown {
  const r = slope.recommendation;
  const a = r.recommended[0];
  if (a === undefined) {
    throw new RangeError("Expected the findings to recommend a slope, received none");
  }
  const widths = [...new Set(slope.cells.map((c) => c.width))];
  const gentle = slope.cells.filter((c) =>
    c.learningRate === r.gentleRate && r.likeRelu.includes(c.a)
  );
  const diffs = gentle.map((c) => c.versusRelu!.difference.value);
  const [low, high] = [Math.min(...diffs), Math.max(...diffs)].map((d) =>
    `${d >= 0 ? "+" : ""}${(100 * d).toFixed(1)}`
  );
  const worse = slope.cells.filter((c) =>
    c.learningRate === r.gentleRate && c.versusRelu?.difference.excludes() &&
    c.versusRelu.difference.value < 0
  ).map((c) => c.a);
  const own = slope.cells.filter((c) => c.a === a);
  const dyingRuns = lr.points.filter((p) => p.activation === `leaky_relu(${a})`);
  const harsh = (x: number) =>
    widths.map((width) => slopeCell(slope, { a: x, learningRate: r.harshRate, width }));
  const tenth = harsh(0.1);
  return markdown(
    `**Which a to use.** a = ${a}` +
      (r.recommended.length > 1
        ? ` (a = ${_list(r.recommended.slice(1).map(String))} passed the same two tests; we ` +
          "take the smallest, the usual default)"
        : "") +
      `. At the gentle learning rate ${r.gentleRate}, every a from ` +
      `${r.likeRelu[0]} to ${r.likeRelu.at(-1)} is indistinguishable from ReLU at both widths ` +
      `(paired differences from ${low} to ${high} points, every interval containing 0)` +
      (worse.length === 0 ? ". " : `; from a = ${Math.min(...worse)} up the difference there ` +
        `turns clearly negative at some width (a = 1: ${
          slopeCell(slope, { a: 1, learningRate: r.gentleRate, width: widths[0]! }).versusRelu
            ?.difference.short
        } at width ${widths[0]}, a linear network). `) +
      `Of the slopes above 0, only ` +
      `a = ${_list(r.neverDiverged.map(String))} never diverged here (diverged: ` +
      `${own.reduce((n, c) => n + c.diverged, 0)} of its ${own.reduce((n, c) => n + c.runs, 0)} ` +
      `runs in this sweep, ${dyingRuns.reduce((n, p) => n + p.diverged, 0)} of its ` +
      `${dyingRuns.reduce((n, p) => n + p.runs, 0)} in dying-lr, at learning rates up to ` +
      `${Math.max(...dyingRuns.map((p) => p.learningRate))}). Where ReLU dies (learning rate ` +
      `${r.harshRate}), a = ${a} gains ` +
      _list(
        harsh(a).map((c) => `${c.versusRelu!.difference.withInterval} points at width ${c.width}`),
      ) +
      `; a = 0.1 gains more when it converges (` +
      _list(tenth.map((c) => `${c.versusRelu?.difference.short ?? "n/a"} at width ${c.width}`)) +
      `, over the seeds that did not diverge) but diverged in ` +
      `${tenth.reduce((n, c) => n + c.diverged, 0)} of its ${
        tenth.reduce((n, c) => n + c.runs, 0)
      } ` +
      "runs there. The uncertainty: at a sane learning rate these data cannot tell " +
      `${a} from anything up to ${r.likeRelu.at(-1)}; the case for ${a} is that it costs ` +
      "nothing there and never blew up here (two circles, small MLPs, plain SGD; chapter 8 " +
      "tests other data).",
  );
}

/**
 * The range of PReLU's final per-layer slopes at one learning rate, over seeds and layers.
 *
 * @param prelu The PReLU findings.
 * @param learningRate A learning rate of the sweep.
 * @returns The lowest and highest final slope of the shared-slope runs, or `null`.
 *
 * @example
 * ```ts
 * import { preluSlopeRange } from "./summaries.ts";
 * import { leakyFindings } from "./findings.ts";
 * import { expect } from "chai";
 *
 * const range = preluSlopeRange((await leakyFindings()).prelu, 0.1)!;
 * expect(range.low).to.be.below(0.25);
 * ```
 */
export function preluSlopeRange(
  prelu: PreluFindings,
  learningRate: number,
): { readonly low: number; readonly high: number } | null {
  const layers = prelu.layers.filter((l) =>
    l.activation === "prelu" && l.learningRate === learningRate && l.slope !== null
  );
  if (layers.length === 0) return null;
  return {
    low: Math.min(...layers.map((l) => l.slope!.low)),
    high: Math.max(...layers.map((l) => l.slope!.high)),
  };
}

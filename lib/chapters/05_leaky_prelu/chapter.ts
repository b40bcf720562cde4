/**
 * Chapter 5 as the tutorial lists it: its question, the claims it tests, its findings from
 * the committed full profiles, what the evidence says, and its one-line headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { DEMO_LR } from "../04_dying/lr_findings.ts";
import { type LeakyFindings, leakyFindings } from "./findings.ts";
import { LEAK, leakPoint, leakVersusRelu } from "./leak_vs_lr.ts";
import { slopeCell } from "./slope_findings.ts";
import { leakVerdicts, preluSlopeRange } from "./summaries.ts";

/**
 * Chapter 5, Leaky ReLU and PReLU.
 *
 * @example
 * ```ts
 * import { leakyChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await leakyChapter.findings();
 * expect(leakyChapter.headline(findings)).to.match(/^No unit is strictly dead with a leak/);
 * ```
 */
export const leakyChapter: Chapter<LeakyFindings> = {
  number: 5,
  notebook: "05_leaky_prelu",
  title: "Leaky ReLU and PReLU",
  question:
    "Does a small negative slope stop units dying, does it buy accuracy where ReLU units die, " +
    "what does PReLU learn when it chooses the slope, and which slope should one use?",
  claims: [
    "Leaky ReLU, max(ax, x), leaks gradient on the negative side, so its units cannot die.",
    "PReLU learns a.",
  ],
  findings: leakyFindings,
  headline(f) {
    const leak = leakPoint(f.lr, LEAK, DEMO_LR).inactive!.mean;
    const dead = leakPoint(f.lr, "relu", DEMO_LR).dead!.mean;
    const v = leakVerdicts(f.lr);
    const gains = v.helps.map((rate) =>
      `${leakVersusRelu(f.lr, rate).accuracy.difference.short} at ${rate}`
    );
    const top = f.lr.learningRates.at(-1)!;
    const a = f.slope.recommendation.recommended[0];
    return `No unit is strictly dead with a leak, but at learning rate ${DEMO_LR} Leaky ReLU ` +
      `(0.01) leaves ${leak.withInterval} of units inactive (ReLU: ${dead.withInterval} dead); ` +
      `paired by seed it beats ReLU clearly only where ReLU loses units (${gains.join(", ")}), ` +
      `and even at ${top} it reaches ${leakPoint(f.lr, LEAK, top).accuracy!.mean.short}, not ` +
      `the ${leakPoint(f.lr, LEAK, v.gentle).accuracy!.mean.short} of learning rate ${v.gentle}; ` +
      "larger slopes, PReLU and RReLU diverge at high learning rates where ReLU only loses " +
      `units; a = 1 is linear (${
        slopeCell(f.slope, { a: 1, learningRate: 0.1, width: 16 }).accuracy!.mean.short
      } on circles)` + (a === undefined ? "" : `; recommended: a = ${a}`);
  },
};

/**
 * "What the evidence says" for chapter 5: each statement with its number, interval, seeds
 * and profile.
 *
 * @param f The chapter's findings.
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { leakyChapter, leakyEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * expect(leakyEvidence(await leakyChapter.findings()).text).to.contain("**Which a.**");
 * ```
 */
export function leakyEvidence(f: LeakyFindings): Markdown {
  const at = (activation: string, rate: number) => leakPoint(f.lr, activation, rate);
  const v = leakVerdicts(f.lr);
  const gain = (rate: number) => leakVersusRelu(f.lr, rate).accuracy;
  const { relu, leak } = f.lr.revival!;
  const top = f.lr.learningRates.filter((rate) => rate > DEMO_LR);
  const diverged = (activation: string) => `${at(activation, DEMO_LR).diverged}`;
  const range = preluSlopeRange(f.prelu, 0.1);
  const a = f.slope.recommendation.recommended[0];
  const linear = slopeCell(f.slope, { a: 1, learningRate: 0.1, width: 16 }).accuracy!.mean;
  const harsh = f.slope.recommendation.harshRate;
  const chosen = a === undefined
    ? []
    : [...new Set(f.slope.cells.map((c) => c.width))].map((width) =>
      slopeCell(f.slope, { a, learningRate: harsh, width })
    );
  return markdown(
    `- **No unit is strictly dead with a leak: right, but many are inactive.** At learning rate ${DEMO_LR}, Leaky ReLU (0.01) leaves ${
      at(LEAK, DEMO_LR).inactive!.mean
    } of units inactive and ${at(LEAK, DEMO_LR).dead!.mean.short} dead, against ${
      at("relu", DEMO_LR).dead!.mean
    } dead for ReLU.
- **What comes back.** ReLU's first-layer dead units never did (${
      relu.layers[0]!.runsThatFell
    } of ${
      relu.layers[0]!.runs
    } runs at learning rate ${DEMO_LR}); its second layer's dead share ends ${
      relu.layers[1]!.change
    } from its peak. The leak's first-layer inactive share fell in ${
      leak.layers[0]!.runsThatFell
    } of ${
      leak.layers[0]!.runs
    } runs; pooled, its inactive share changes by ${leak.pooled.change} from its peak.
- **The leak helps where ReLU dies, but does not rescue training.** Leaky ReLU (0.01) minus ReLU, paired by seed, is clearly positive only at learning rates ${
      v.helps.map((rate) => `${rate} (${gain(rate).difference})`).join(", ")
    }${
      v.unclearLarge.length
        ? `; at ${
          v.unclearLarge.map((rate) => `${rate} it is ${gain(rate).difference}`).join(", ")
        }, not clear`
        : ""
    }; at ${v.negligible.join(", ")} nothing is clear (at 0.1: ${gain(0.1).difference}). At ${
      top.join(" and ")
    } its accuracy is ${
      top.map((rate) => String(at(LEAK, rate).accuracy!.mean)).join(" and ")
    }, against ${at(LEAK, v.gentle).accuracy!.mean} at learning rate ${v.gentle}.
- **A larger leak is not safer.** With a = 0.1, PReLU or RReLU, large learning rates make training diverge (at learning rate ${DEMO_LR}: ${
      diverged("leaky_relu(0.1)")
    }, ${diverged("prelu")} and ${
      diverged("rrelu")
    } of ${f.lr.seeds} seeds; ReLU and Leaky ReLU (0.01): ${diverged("relu")} and ${
      diverged(LEAK)
    }), where ReLU only loses units. Dying is partly a brake.
- **PReLU's learned slopes depend on the seed.** ${
      range === null
        ? ""
        : `At learning rate 0.1 the final per-layer slope ranges from ${range.low.toFixed(2)} to ${
          range.high.toFixed(2)
        } across ${
          f.prelu.curves.length / 2
        } seeds and both layers (${f.prelu.profile} profile), from a start of 0.25; negative slopes make the unit non-monotonic.`
    }
- **Which a.** ${
      a === undefined
        ? "No slope is both like ReLU at a gentle rate and free of divergence."
        : `a = ${a}: indistinguishable from ReLU at learning rate ${f.slope.recommendation.gentleRate} (as is every a up to ${
          f.slope.recommendation.likeRelu.at(-1)
        }), the only slope above 0 that never diverged, and ahead of ReLU at learning rate ${harsh} by ${
          chosen.map((c) => `${c.versusRelu!.difference} at width ${c.width}`).join(" and ")
        }.`
    } a = 1 makes the network linear: ${linear} test accuracy on circles, chance level.`,
  );
}

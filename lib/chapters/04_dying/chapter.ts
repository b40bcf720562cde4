/**
 * Chapter 4 as the tutorial lists it: its question, the claims it tests, its findings from
 * the committed full profiles, what the evidence says, and its one-line headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { bornDeadPoint, definitionGaps } from "./born_dead_findings.ts";
import { type DyingFindings, dyingFindings, revivalTotals } from "./findings.ts";
import { initCell } from "./init_findings.ts";
import { DEMO_LR, lrPoint } from "./lr_findings.ts";
import { thresholdText } from "./summaries.ts";

/**
 * Chapter 4, how and why neurons die.
 *
 * @example
 * ```ts
 * import { dyingChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await dyingChapter.findings();
 * expect(dyingChapter.headline(findings)).to.match(/^A ReLU neuron pushed to w = −3/);
 * ```
 */
export const dyingChapter: Chapter<DyingFindings> = {
  number: 4,
  notebook: "04_dying",
  title: "How a neuron dies, and why",
  question:
    "What kills a ReLU unit, how many die as the learning rate and the initialisation change, " +
    "and does a dead unit ever come back?",
  claims: [
    "A ReLU unit pushed to large negative pre-activations outputs 0, gets a gradient of 0 and " +
    "never updates again: it is dead.",
    "Large learning rates (exploding updates) and bad initialisation push units there.",
    "Leaky ReLU's small slope lets such a unit recover.",
  ],
  findings: dyingFindings,
  headline(f) {
    const m = f.microscope.findings;
    const three = lrPoint(f.lr, DEMO_LR).dead.mean;
    const birth = initCell(f.init, { weightScale: 0.5, biasMean: -1 }).deadAtInit.mean;
    const [layer1, runs] = _firstLayerRevivals(f);
    const he = bornDeadPoint(f.bornDead, { depth: 10, width: 2, init: "he" }).deadLayer;
    const rai = bornDeadPoint(f.bornDead, { depth: 10, width: 2, init: "rai" }).deadLayer;
    return `A ReLU neuron pushed to w = −3 gets a gradient of exactly 0 at every one of ` +
      `${_int(m.steps)} steps; Leaky ReLU recovers from −3 but from −100,000 is still at ` +
      `${_int(m.leakyFar.weight)}; dying takes off at a learning rate of ` +
      `${f.lr.threshold?.withInterval ?? "beyond the grid"}, with ${three.withInterval} of ` +
      `units dead at ${DEMO_LR}; dead first-layer units never came back (${layer1} of ${runs} runs), ` +
      `second-layer ones often did; biases of −1 with half-scale weights kill ` +
      `${birth.withInterval} of units at birth; depth-10, width-2 networks are born dead ` +
      `${he.withInterval} of the time with He initialisation, ${rai.withInterval} with RAI`;
  },
};

/**
 * "What the evidence says" for chapter 4: each statement with its number, interval, seeds
 * (or networks) and profile.
 *
 * @param f The chapter's findings.
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { dyingChapter, dyingEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = dyingEvidence(await dyingChapter.findings()).text;
 * expect(text).to.contain("**How a neuron dies: right.**");
 * ```
 */
export function dyingEvidence(f: DyingFindings): Markdown {
  const m = f.microscope.findings;
  const [gentle, harsh] = [lrPoint(f.lr, 0.1), lrPoint(f.lr, DEMO_LR)];
  const half = initCell(f.init, { weightScale: 0.5, biasMean: -1 });
  const big = initCell(f.init, { weightScale: 4, biasMean: -1 });
  const [layer1, runs, layer2] = _firstLayerRevivals(f);
  const at = (init: string) => bornDeadPoint(f.bornDead, { depth: 10, width: 2, init }).deadLayer;
  const check = f.bornDead.theoryCheck;
  const gaps = definitionGaps(f.bornDead, "rai");
  const s = f.setup;
  return markdown(
    `- **How a neuron dies: right.** A ReLU neuron pushed to w = −3 or −100,000 outputs 0, gets a gradient of exactly 0 at every one of ${
      _int(m.steps)
    } steps and never moves. The same neuron with Leaky ReLU (a = ${m.leak}) recovers from −3; from −100,000 it is still at ${
      _int(m.leakyFar.weight)
    } after ${
      _int(m.steps)
    } steps: the leak guarantees movement, not a quick recovery (deterministic, one neuron).
- **Large learning rates kill units: right, with a threshold.** In a ${
      s.sizes.join("-")
    } MLP (He-uniform weights, zero biases, plain SGD, batch ${s.batchSize}, ${s.epochs} epochs, ${
      s.points.toLocaleString("en")
    } training points of two circles), the dead share after training is ${gentle.dead.mean} at learning rate 0.1 and ${harsh.dead.mean} at ${DEMO_LR}; dying takes off at ${
      thresholdText(f.lr.threshold)
    }. Test accuracy falls from ${gentle.accuracy.mean} to ${harsh.accuracy.mean}. Near the threshold the count depends a lot on the seed.
- **Dead is not always dead for good.** A first-layer unit dead on every training input never came back (its dead share fell in ${layer1} of ${runs} runs): its inputs are the data, its gradient is 0. A second-layer unit can revive when the first layer moves: its layer's dead share fell in ${layer2} of ${runs} runs, by ${
      harsh.revival.layers[1]!.change
    } from its peak at learning rate ${DEMO_LR}.
- **Initialisation kills units: right, but it is the bias relative to the weights.** A bias of −1 with half-scale He weights leaves ${half.deadAtInit.mean} of units dead at birth and the network at chance (${half.accuracy.mean.short}); the same bias with 4× weights leaves ${big.deadAtInit.mean.short} dead and ${big.accuracy.mean.short} accuracy.
- **Beyond the article: networks born dead.** Deep, narrow ReLU networks are often born with a dead layer: ${
      at("he")
    } at depth 10, width 2, He initialisation. The probability at one input is exactly 1 − (1 − 2^−width)^depth${
      check === null
        ? ""
        : ` (inside the Monte Carlo's interval in ${check.inside} of ${check.settings} settings)`
    }, an upper bound for many inputs. RAI cuts the rate to ${
      at("rai")
    }. Lu et al.'s definition (a constant output) gives the same counts in every He setting and differs under RAI in ${gaps.length} deep settings${
      gaps[0] === undefined
        ? ""
        : `, by at most ${
          (100 * (gaps[0].constant!.value - gaps[0].deadLayer.value)).toFixed(1)
        } points (depth ${gaps[0].depth}, width ${gaps[0].width})`
    }, by rounding. These are rates at initialisation, not after training, and not a replication of the paper's numbers.`,
  );
}

/** Layer-1 revivals, runs, and layer-2 revivals over every ReLU run of both sweeps. */
function _firstLayerRevivals(f: DyingFindings): [number, number, number] {
  const { runs, runsThatFell } = revivalTotals(f.lr, f.init);
  return [runsThatFell[0]!, runs, runsThatFell[1]!];
}

function _int(value: number): string {
  return Math.round(value).toLocaleString("en");
}

/**
 * Chapter 3 as the tutorial lists it: its question, the claims it tests, its findings from
 * the committed full profiles of `gradients-at-init` and `gradients-training` (and the
 * exact float32 underflow of deep sigmoid nets), what the evidence says, and its headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { committedResults } from "../_shared/committed.ts";
import { powerOfTen } from "../01_relu/powers_of_ten.ts";
import {
  crossingOf,
  crossingText,
  type GradientFindings,
  initFindings,
  initGroup,
  trainingFindings,
  trainingGroup,
  VANISHING_TEXT,
} from "./findings.ts";
import { gradientsAtInitSweep, gradientsTrainingSweep } from "./gradient_sweeps.ts";
import { sigmoidUnderflow } from "./underflow.ts";

/**
 * Chapter 3, gradients: do they vanish with depth?
 *
 * @example
 * ```ts
 * import { gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await gradientsChapter.findings();
 * expect(gradientsChapter.headline(findings)).to.match(/^Right for sigmoid/);
 * ```
 */
export const gradientsChapter: Chapter<GradientFindings> = {
  number: 3,
  notebook: "03_gradients",
  title: "Gradients: do they vanish with depth?",
  question:
    "Does the gradient that reaches the first layers of a deep network vanish with sigmoid " +
    "and tanh but not with ReLU, and does that decide whether the network trains?",
  claims: [
    "Bounded activations such as sigmoid and tanh saturate, so in deep networks their " +
    "gradients vanish; ReLU's derivative is 1 wherever a unit is active, so its gradient " +
    "does not vanish.",
  ],
  async findings() {
    const [init, training] = await Promise.all([
      committedResults(gradientsAtInitSweep),
      committedResults(gradientsTrainingSweep),
    ]);
    return {
      init: initFindings(init.rows, "full"),
      training: trainingFindings(training.rows, "full"),
      underflow: sigmoidUnderflow(),
    };
  },
  headline({ init, training }) {
    const ratio = (init_: string, activation: string) =>
      initGroup(init, 20, init_, activation).deltaRatio;
    const trained = (init_: string, activation: string) => {
      const g = trainingGroup(training, 20, init_, activation);
      return `${g.trained} of ${g.runs}`;
    };
    const below = (init_: string) => crossingOf(init, init_, "sigmoid").depth!.toFixed(1);
    return `Right for sigmoid: at initialisation the first of 20 hidden layers gets ` +
      `${ratio("xavier", "sigmoid").short} (Xavier) to ${ratio("he", "sigmoid").short} (He) ` +
      `of the last one's gradient, the geometric mean is below ` +
      `${VANISHING_TEXT} ` +
      `from depth ${below("xavier")} (Xavier) or ${below("he")} (He) on, and ` +
      `${trained("xavier", "sigmoid")} (Xavier) and ${trained("he", "sigmoid")} (He) seeds ` +
      `train at depth 20; wrong for tanh at these ` +
      `depths (ratio ${ratio("xavier", "tanh").short} with Xavier, ${ratio("he", "tanh").short} ` +
      `with He); right for ReLU only with He initialisation (ratio ` +
      `${ratio("he", "relu").withInterval}, ${trained("he", "relu")} trained at depth 20; with ` +
      `Xavier ${ratio("xavier", "relu").withInterval} and ${trained("xavier", "relu")}; ` +
      `geometric means over ${init.seeds} seeds, training over ${training.seeds})`;
  },
};

/**
 * "What the evidence says" for chapter 3: each statement with its numbers, intervals,
 * seeds and profile.
 *
 * @param findings The chapter's findings (full profiles).
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { gradientEvidence, gradientsChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = gradientEvidence(await gradientsChapter.findings()).text;
 * expect(text).to.contain("**Sigmoid: right.**");
 * ```
 */
export function gradientEvidence(findings: GradientFindings): Markdown {
  const { init, training, underflow } = findings;
  const ratio = (depth: number, init_: string, activation: string) =>
    initGroup(init, depth, init_, activation).deltaRatio;
  const train = (depth: number, init_: string, activation: string) =>
    trainingGroup(training, depth, init_, activation);
  const trained = (depth: number, init_: string, activation: string) => {
    const g = train(depth, init_, activation);
    return `${g.trained} of ${g.runs}`;
  };
  const zeros = (init_: string, activation: string) =>
    initGroup(init, 20, init_, activation).exactZeros;
  const crossing = (init_: string, activation: string) =>
    crossingText(crossingOf(init, init_, activation));
  const firstBelow = (init_: string, activation: string) =>
    crossingOf(init, init_, activation).firstBelow;
  const underflowFrom = (init_: string) =>
    underflow.find((r) => r.init === init_ && r.zeroShareFirst === 1)?.depth;
  const level = VANISHING_TEXT;
  const zeroed = train(20, "xavier", "relu");
  return markdown(
    `From the full profiles: \`${gradientsAtInitSweep.name}\` (${init.seeds} seeds per setting, depths ${
      init.depths[0]
    } to ${
      init.depths.at(-1)
    }) and \`${gradientsTrainingSweep.name}\` (${training.seeds} seeds, ${training.epochs} epochs of SGD). Ratios are geometric means of first / last hidden layer gradient over seeds:

- **Sigmoid: right.** At initialisation the first of 20 hidden layers receives **${
      ratio(20, "xavier", "sigmoid")
    }** (Xavier) and ${
      ratio(20, "he", "sigmoid").withInterval
    } (He) of the gradient the last one receives. The ratio falls below ${level} at **${
      crossing("xavier", "sigmoid")
    }** with Xavier (first depth measured below it: ${firstBelow("xavier", "sigmoid")}) and at ${
      crossing("he", "sigmoid")
    } with He (first below: ${
      firstBelow("he", "sigmoid")
    }). Trained with SGD, 20-layer sigmoid networks reached 90% test accuracy in ${
      trained(20, "xavier", "sigmoid")
    } seeds with Xavier and ${trained(20, "he", "sigmoid")} with He (mean test accuracy ${
      train(20, "xavier", "sigmoid").accuracy
    }).
- **Tiny, not zero, within limits.** At depth 20 none of sigmoid's ∂loss/∂z entries was exactly 0 (share ${
      zeros("xavier", "sigmoid").withInterval
    }), the smallest being ${
      powerOfTen(initGroup(init, 20, "xavier", "sigmoid").smallestGrad)
    } (Xavier, any of ${init.seeds} seeds), while ${
      zeros("he", "relu")
    } of ReLU's were exactly 0 (its inactive units pass nothing back). In float32 that stops holding: of the depths ${
      underflow.filter((r) => r.init === "xavier").map((r) => r.depth).join(", ")
    }, the first at which a sigmoid network's first layer gets exactly 0 everywhere is ${
      underflowFrom("xavier")
    } with Xavier and ${underflowFrom("he")} with He (seed 1, exact).
- **Tanh: wrong at these depths.** Its ratio at depth 20 is ${
      ratio(20, "xavier", "tanh")
    } with Xavier and ${ratio(20, "he", "tanh").withInterval} with He; below ${level}: ${
      crossing("xavier", "tanh")
    }. No vanishing at initialisation. It trained in ${
      trained(20, "xavier", "tanh")
    } (Xavier) and ${trained(20, "he", "tanh")} (He) seeds at depth 20 (mean test accuracy ${
      train(20, "xavier", "tanh").accuracy.withInterval
    } and ${train(20, "he", "tanh").accuracy.withInterval}).
- **ReLU: right only with He initialisation.** With He the ratio at depth 20 is **${
      ratio(20, "he", "relu")
    }** and 20-layer ReLU networks trained in ${trained(20, "he", "relu")} seeds (Leaky ReLU: ${
      ratio(20, "he", "leaky_relu(0.1)").withInterval
    }, ${trained(20, "he", "leaky_relu(0.1)")}). With Xavier it is **${
      ratio(20, "xavier", "relu")
    }**, below ${level} from ${crossing("xavier", "relu")} (Leaky: ${
      ratio(20, "xavier", "leaky_relu(0.1)").withInterval
    }), and they trained in ${trained(20, "xavier", "relu")} seeds (Leaky: ${
      trained(20, "xavier", "leaky_relu(0.1)")
    }); at depth 10 with Xavier, ${trained(10, "xavier", "relu")} (ReLU) and ${
      trained(10, "xavier", "leaky_relu(0.1)")
    } (Leaky). "ReLU does not suffer from vanishing gradients" is a statement about ReLU together with He initialisation.
- **A gradient that stops rather than shrinks.** In ${zeroed.zeroed} of ${zeroed.runs} ReLU runs at depth 20 with Xavier, hidden layer 2 got a weight gradient of exactly 0 in some epoch of training: inactive ReLU units pass exactly 0 backwards, and here they blocked every path. No other setting had such a run. Dead units are chapter 4's subject.
- **A leak does not rescue too-small weights.** Leaky ReLU (a = 0.1) trained in ${
      trained(20, "xavier", "leaky_relu(0.1)")
    } seeds at depth 20 with Xavier (mean test accuracy ${
      train(20, "xavier", "leaky_relu(0.1)").accuracy.withInterval
    }): a slope of 0.1 on the negative side does not make up for weights that are too small.`,
  );
}

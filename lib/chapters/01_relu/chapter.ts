/**
 * Chapter 1 as the tutorial lists it: its question, the claims it tests, its findings
 * (exact values of the activations, no sweep), what the evidence says, and its headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { profileOf, type ReluFindings, reluFindings } from "./findings.ts";
import { powerOfTen } from "./powers_of_ten.ts";

/**
 * Chapter 1, ReLU as a function.
 *
 * @example
 * ```ts
 * import { reluChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await reluChapter.findings();
 * expect(reluChapter.headline(findings)).to.contain("9.5 × 10⁻⁷");
 * ```
 */
export const reluChapter: Chapter<ReluFindings> = {
  number: 1,
  notebook: "01_relu",
  title: "ReLU: a line bent at the origin",
  question:
    "What does ReLU compute, and how much gradient do its derivative and its relatives' let through?",
  claims: [
    "ReLU is max(0, x), a line bent at the origin: its derivative is 1 for positive inputs and " +
    "0 for negative ones, so, unlike sigmoid and tanh, it does not saturate on the positive side.",
    "Leaky ReLU, max(ax, x), keeps a small slope a on the negative side; PReLU learns a.",
  ],
  findings() {
    return Promise.resolve(reluFindings());
  },
  headline(findings) {
    const sigmoid = profileOf(findings, "sigmoid"), tanh = profileOf(findings, "tanh");
    return `ReLU's derivative is 1 on the right and 0 on the left (${findings.reluAtZero} at ` +
      `exactly 0, as in PyTorch); sigmoid's never exceeds ${sigmoid.max.toFixed(4)}, so ` +
      `${findings.depth} sigmoid layers scale a gradient by at most ` +
      `${powerOfTen(findings.bestFactors.sigmoid!)}, and tanh's reaches ${tanh.max.toFixed(0)} ` +
      `only at 0 and is below ${findings.threshold} on ${_percent(tanh.flatShare)} of ` +
      `[${findings.grid.lo}, ${findings.grid.hi}] (exact values)`;
  },
};

/**
 * "What the evidence says" for chapter 1: each statement with its exact number.
 *
 * @param findings The chapter's findings.
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { reluChapter, reluEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = reluEvidence(await reluChapter.findings()).text;
 * expect(text).to.contain("**54.2%** (sigmoid)");
 * ```
 */
export function reluEvidence(findings: ReluFindings): Markdown {
  const p = (name: string) => profileOf(findings, name);
  const flat = (name: string) => `**${_percent(p(name).flatShare)}**`;
  const { grid, threshold, depth } = findings;
  const where = `of [${grid.lo}, ${grid.hi}]`;
  return markdown(
    `Exact values of the functions on ${grid.points.toLocaleString("en")} evenly spaced ` +
      `points ${where} (no training, so no seeds and no intervals):

- **Sigmoid's derivative never exceeds ${p("sigmoid").max.toFixed(4)}**; tanh's reaches ` +
      `${p("tanh").max.toFixed(4)}, at x = 0 only. Through ${depth} sigmoid layers the ` +
      `derivatives alone scale a gradient by at most **${
        powerOfTen(findings.bestFactors.sigmoid!)
      }**; only the weights could make up for that.
- **Both saturate**: |f′| < ${threshold} on ${flat("sigmoid")} (sigmoid) and ${
        flat("tanh")
      } (tanh) ${where}, on both sides.
- **ReLU′ is exactly 1 on the right**, at any depth, and exactly 0 on the left: no gradient ` +
      `on ${flat("relu")} of the interval. ReLU′(0) = ${findings.reluAtZero}, PyTorch's ` +
      `choice of subgradient.
- **Leaky ReLU (a = 0.1)** passes a tenth of the gradient on the left: |f′| < ${threshold} ` +
      `on ${flat("leaky_relu(0.1)")} of the interval. ELU, GELU and SiLU pass almost none on ` +
      `${flat("elu(1)")}, ${flat("gelu")} and ${flat("silu")} of it, all of it on the left.
- Whether any of this matters once a network trains is what the next chapters measure.`,
  );
}

function _percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

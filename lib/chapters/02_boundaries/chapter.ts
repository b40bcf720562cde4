/**
 * Chapter 2 as the tutorial lists it: its question, the claims it tests, its findings from
 * the committed full profile of `boundary-shape`, what the evidence says, and its headline.
 *
 * @module
 */

import { type Markdown, markdown } from "../../display/markdown.ts";
import type { Chapter } from "../_shared/chapter.ts";
import { committedResults } from "../_shared/committed.ts";
import { boundaryShapeSweep } from "./boundary_shape.ts";
import { type ShapeFindings, shapeFindings, shapeOf } from "./findings.ts";

/**
 * Chapter 2, feature boundaries: corners and curves.
 *
 * @example
 * ```ts
 * import { boundariesChapter } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const findings = await boundariesChapter.findings();
 * expect(boundariesChapter.headline(findings)).to.match(/^The article is right/);
 * ```
 */
export const boundariesChapter: Chapter<ShapeFindings> = {
  number: 2,
  notebook: "02_boundaries",
  title: "Feature boundaries: corners and curves",
  question:
    "Do ReLU networks draw decision boundaries with corners where tanh networks draw curves, " +
    "and does it matter?",
  claims: [
    "A ReLU network carves the input plane with straight lines, so its decision boundary is a " +
    "polygon with corners; a tanh network draws smooth, curved boundaries.",
  ],
  async findings() {
    return shapeFindings((await committedResults(boundaryShapeSweep)).rows, "full");
  },
  headline(findings) {
    const [relu, tanh] = [shapeOf(findings, "relu"), shapeOf(findings, "tanh")];
    const accuracies = findings.shapes.map((s) => s.testAccuracy);
    const low = accuracies.reduce((a, b) => (a.value <= b.value ? a : b));
    const high = accuracies.reduce((a, b) => (a.value >= b.value ? a : b));
    const pieces = findings.leakyVsRelu.boundaryPieces.difference;
    return `The article is right: tracing the boundary ${_finer(findings)} times finer ` +
      `multiplies its straight segments by ${tanh.growth.withInterval} for tanh (√10 ≈ 3.16 ` +
      `for a smooth curve) but by ${relu.growth.withInterval} for ReLU, whose boundary is a ` +
      `polygon of ${relu.boundaryPieces!.withInterval} straight pieces; all four activations ` +
      `reach ${low.short} to ${high.short} test accuracy, so the corners cost nothing here; ` +
      `Leaky ReLU's boundary has ${pieces.withInterval} more pieces than ReLU's (paired, ` +
      `${findings.seeds} seeds)`;
  },
};

/**
 * "What the evidence says" for chapter 2: each statement with its numbers, intervals,
 * seeds and profile.
 *
 * @param full The chapter's findings from the full profile.
 * @param quick The same findings from this run's quick profile, quoted beside them.
 * @returns Markdown that displays itself in a notebook.
 *
 * @example
 * ```ts
 * import { boundariesChapter, boundaryEvidence } from "./chapter.ts";
 * import { expect } from "chai";
 *
 * const text = boundaryEvidence(await boundariesChapter.findings()).text;
 * expect(text).to.contain("**Corners vs curves: the article is right.**");
 * ```
 */
export function boundaryEvidence(full: ShapeFindings, quick?: ShapeFindings): Markdown {
  const s = (activation: string) => shapeOf(full, activation);
  const [relu, leaky, tanh, sigmoid] = ["relu", "leaky_relu(0.1)", "tanh", "sigmoid"].map(s);
  const { boundaryPieces: pieces, segmentsFine: segments } = full.leakyVsRelu;
  const range = (r: readonly [number, number] | null) => `${r![0]} to ${r![1]}`;
  const { coarse, fine } = full.tolerances;
  const quickLine = quick === undefined ? "" : `
- The quick profile of this run gives a growth of ${shapeOf(quick, "relu").growth} for ReLU and ${
    shapeOf(quick, "tanh").growth
  } for tanh.`;
  return markdown(
    `From the ${full.profile} profile of \`${boundaryShapeSweep.name}\`, ${full.seeds} seeds per activation (paired: one seed gives all four the same data and initial weights):

- **Corners vs curves: the article is right.** Tracing the boundary ${
      _finer(full)
    } times finer (ε from ${coarse} to ${fine}) multiplies the number of straight segments by **${
      tanh!.growth
    }** for tanh and **${
      sigmoid!.growth
    }** for sigmoid, close to the √10 ≈ 3.16 of a smooth curve, but only by **${
      relu!.growth
    }** for ReLU and **${
      leaky!.growth
    }** for Leaky ReLU: their boundaries are polygons. Seed by seed the groups do not overlap: the largest growth of any ReLU or Leaky ReLU seed is ${
      full.linearMaxGrowth.toFixed(2)
    }, the smallest of any tanh or sigmoid seed ${full.smoothMinGrowth.toFixed(2)}.
- **The polygon is fine-grained.** A ReLU boundary of this 2-8-8-1 net has **${
      relu!.boundaryPieces
    }** straight pieces (exact count; ${range(relu!.pieceRange)} over the seeds; Leaky ReLU ${
      range(leaky!.pieceRange)
    }), so it still looks round from afar, and all four networks reach about the same test accuracy: ReLU ${
      relu!.testAccuracy
    }, Leaky ReLU ${leaky!.testAccuracy.withInterval}, tanh ${
      tanh!.testAccuracy.withInterval
    }, sigmoid ${
      sigmoid!.testAccuracy.withInterval
    }. Corners are a property of the function's shape, not a handicap on this task.
- **Leaky ReLU draws corners too, but not the same ones.** Its boundary has **${pieces.difference}** more straight pieces than ReLU's on the same seed (more on ${pieces.aWins} of ${pieces.n} seeds, fewer on ${pieces.bWins}), and needs ${segments.difference.withInterval} more segments at ε = ${fine}. A likely reason, not tested here: a Leaky unit never switches off, so each of its creases reaches the layers above everywhere.${quickLine}`,
  );
}

/** How many times finer the finest tolerance is than the coarsest (10). */
function _finer(findings: ShapeFindings): string {
  return String(Math.round(findings.tolerances.coarse / findings.tolerances.fine));
}

/**
 * The tutorial's chapters in order, each with its question, claims, findings and headline.
 * README's chapter map, the site's landing page and chapter 0 are made from this list.
 *
 * @module
 */

import type { Chapter } from "./_shared/chapter.ts";
import { reluChapter } from "./01_relu/chapter.ts";
import { boundariesChapter } from "./02_boundaries/chapter.ts";
import { gradientsChapter } from "./03_gradients/chapter.ts";
import { dyingChapter } from "./04_dying/chapter.ts";
import { leakyChapter } from "./05_leaky_prelu/chapter.ts";
import { threatChapter } from "./06_threat/chapter.ts";
import { remediesChapter } from "./07_remedies/chapter.ts";
import { verdictChapter } from "./08_verdict/chapter.ts";
import { playgroundChapter } from "./09_playground/chapter.ts";

/**
 * Every chapter that has a chapter module, in order.
 *
 * @example Numbers are in order
 * ```ts
 * import { CHAPTERS } from "relu-lab/chapters";
 * import { expect } from "chai";
 *
 * const numbers = CHAPTERS.map((chapter) => chapter.number);
 * expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
 * ```
 */
export const CHAPTERS: readonly Chapter[] = [
  // One line per chapter module, in order.
  reluChapter,
  boundariesChapter,
  gradientsChapter,
  dyingChapter,
  leakyChapter,
  threatChapter,
  remediesChapter,
  verdictChapter,
  playgroundChapter,
];

/**
 * {@linkcode Chapter}: what the tutorial knows about one chapter beyond its notebook: its
 * place, its question, the article's claims it tests, and how to compute its findings and
 * its one-line headline from the committed results. README, the site's landing page and
 * chapter 0 show the same headline, produced here.
 *
 * @module
 */

/** One chapter of the tutorial. `F` is the type of its findings. */
export interface Chapter<F = unknown> {
  /** Its number, 0 to 9. */
  readonly number: number;
  /** Its notebook's file name without `.ipynb`, e.g. `"04_dying"`. */
  readonly notebook: string;
  /** Its title as the notebook's first heading gives it, without the number. */
  readonly title: string;
  /** The question it answers, one sentence. */
  readonly question: string;
  /** The claims of the article it tests, each one sentence. */
  readonly claims: readonly string[];
  /**
   * Computes the chapter's findings from its committed full results (no training).
   * @returns Its findings.
   */
  findings(): Promise<F>;
  /**
   * The chapter's one-line finding, in Markdown, with its key numbers and intervals.
   * @param findings What {@linkcode Chapter.findings} returned.
   * @returns One line, no trailing period needed.
   */
  headline(findings: F): string;
}

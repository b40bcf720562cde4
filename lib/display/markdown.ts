/**
 * Prose computed from results: a chapter's closing "What the evidence says" quotes
 * numbers that its own cells produced, so it is rendered by code, never typed.
 *
 * @module
 */

import { JUPYTER_DISPLAY, type MimeBundle } from "./kernel.ts";

/** Markdown text that displays itself as rendered markdown in a notebook. */
export interface Markdown {
  /** The markdown source. */
  readonly text: string;
  /** The MIME bundle: `text/markdown` and the same text as `text/plain`. */
  [JUPYTER_DISPLAY](): MimeBundle;
}

/**
 * Wraps markdown so that `await show(markdown(...))`, or leaving it as a cell's last
 * expression, renders it.
 *
 * @param text Markdown source, e.g. built with a template literal from measured numbers.
 * @returns A displayable value.
 *
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY, markdown } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const accuracy = 0.9712;
 * const note = markdown(`Test accuracy: **${(100 * accuracy).toFixed(1)}%**`);
 * expect(note[JUPYTER_DISPLAY]()["text/markdown"]).to.equal("Test accuracy: **97.1%**");
 * ```
 */
export function markdown(text: string): Markdown {
  if (typeof text !== "string") {
    throw new TypeError(`Expected text to be a string, received a ${typeof text}`);
  }
  return { text, [JUPYTER_DISPLAY]: () => ({ "text/markdown": text, "text/plain": text }) };
}

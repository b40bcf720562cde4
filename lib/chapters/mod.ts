/**
 * The tutorial's chapters, one namespace per notebook (`dying` for `04_dying.ipynb`), and
 * every sweep they run: what `deno task sweep <name>` looks up.
 *
 * @example A chapter's sweep, by namespace and by name
 * ```ts
 * import { dying, sweepByName } from "relu-lab/chapters";
 * import { expect } from "chai";
 *
 * expect(sweepByName("dying-lr")).to.equal(dying.dyingLr);
 * ```
 *
 * @module
 */

export * as basics from "./01_relu/mod.ts";
export * as boundaries from "./02_boundaries/mod.ts";
export * as gradients from "./03_gradients/mod.ts";
export * as dying from "./04_dying/mod.ts";
export * as leaky from "./05_leaky_prelu/mod.ts";
export * as threat from "./06_threat/mod.ts";
export * as remedies from "./07_remedies/mod.ts";
export * as verdict from "./08_verdict/mod.ts";
export * as playground from "./09_playground/mod.ts";
export * from "./sweeps.ts";
export * from "./chapters.ts";
export type { Chapter } from "./_shared/chapter.ts";

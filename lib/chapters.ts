/**
 * relu-lab/chapters: the tutorial's chapters. Each namespace holds one chapter's sweeps,
 * setups and findings (`dying` for `notebooks/04_dying.ipynb`); `SWEEPS` lists every sweep.
 *
 * @example
 * ```ts
 * import { SWEEPS } from "relu-lab/chapters";
 * import { expect } from "chai";
 *
 * expect(SWEEPS.map((sweep) => sweep.name)).to.include("verdict");
 * ```
 *
 * @module
 */

export * from "./chapters/mod.ts";

/**
 * {@linkcode defineSweep}: checks a sweep declaration and freezes it.
 *
 * @module
 */

import { checkSweep } from "./_check_sweep.ts";
import type { Grid, Sweep, SweepDefinition } from "./sweep.ts";

/**
 * Checks a sweep declaration and returns it frozen.
 *
 * @param definition The sweep: name, description, grid, profiles, metrics and `run`.
 * @returns The checked sweep.
 * @throws {TypeError | RangeError} On a bad name, empty or mixed-type field, or a value
 * rejected by `check`; the message names the field.
 *
 * @example A tiny sweep
 * ```ts
 * import { defineSweep } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square",
 *   description: "Squares x.",
 *   module: import.meta.url,
 *   grid: { x: [1, 2, 3] },
 *   profiles: { quick: { seeds: 1, grid: { x: [1] } }, full: { seeds: 2 } },
 *   metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * expect(sweep.fields).to.deep.equal(["x"]);
 * expect(() => defineSweep({ ...sweep, grid: { x: [1, NaN] } })).to.throw(/grid\.x/);
 * ```
 */
export function defineSweep<G extends Grid, M extends string>(
  definition: SweepDefinition<G, M>,
): Sweep<G, M> {
  checkSweep(definition);
  const fields = Object.keys(definition.grid) as (keyof G & string)[];
  return Object.freeze({ ...definition, fields, seedFields: definition.seedFields ?? [] });
}

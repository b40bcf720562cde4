/**
 * The registry of named sweeps: what `deno task sweep <name>` and the workers look up.
 * A chapter adds its sweeps by importing them here and listing them in `SWEEPS`.
 *
 * @module
 */

import { bornDeadMc } from "../sweeps/born_dead_mc.ts";
import { dyingInit } from "../sweeps/dying_init.ts";
import { dyingLr } from "../sweeps/dying_lr.ts";
import { leakySlope } from "../sweeps/leaky_slope.ts";
import { preluSlopes } from "../sweeps/prelu_slopes.ts";
import { w3Circles } from "../sweeps/w3_circles.ts";
import { boundaryShapeSweep } from "../sweeps/boundaries.ts";
import { gradientsAtInitSweep, gradientsTrainingSweep } from "../sweeps/gradients.ts";
import { threatBias } from "../sweeps/threat_bias.ts";
import { threatWidth } from "../sweeps/threat_width.ts";
import { threatRevival } from "../sweeps/threat_revival.ts";
import { remedies } from "../sweeps/remedies.ts";
import { verdict } from "../sweeps/verdict.ts";
import type { AnySweep } from "./sweep.ts";

/**
 * Every registered sweep, in the order `deno task sweep --list` shows them.
 *
 * @example Names are unique
 * ```ts
 * import { SWEEPS } from "relu-lab";
 * import { expect } from "chai";
 *
 * const names = SWEEPS.map((sweep) => sweep.name);
 * expect(new Set(names).size).to.equal(names.length);
 * ```
 */
export const SWEEPS: readonly AnySweep[] = [
  w3Circles,
  dyingLr,
  dyingInit,
  bornDeadMc,
  leakySlope,
  preluSlopes,
  boundaryShapeSweep,
  gradientsAtInitSweep,
  gradientsTrainingSweep,
  threatBias,
  threatWidth,
  threatRevival,
  remedies,
  verdict,
];

/**
 * Looks up a registered sweep by name.
 *
 * @param name A sweep name, e.g. `"w3-circles"`.
 * @returns The sweep.
 * @throws {RangeError} If no sweep has that name; the message lists the valid ones.
 *
 * @example Known and unknown names
 * ```ts
 * import { sweepByName } from "relu-lab";
 * import { expect } from "chai";
 *
 * expect(sweepByName("w3-circles").name).to.equal("w3-circles");
 * expect(() => sweepByName("nope")).to.throw(RangeError, /w3-circles/);
 * ```
 */
export function sweepByName(name: string): AnySweep {
  const sweep = SWEEPS.find((s) => s.name === name);
  if (sweep === undefined) {
    const names = SWEEPS.map((s) => `"${s.name}"`).join(", ");
    throw new RangeError(`Expected sweep to be one of ${names}, received ${JSON.stringify(name)}`);
  }
  return sweep;
}

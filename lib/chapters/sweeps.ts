/**
 * Every sweep of the tutorial, in chapter order: what `deno task sweep --list` shows and
 * `deno task sweep <name>` runs. Each sweep names its own module, so the engine finds it
 * without this list; the list is for people and the command line.
 *
 * @module
 */

import type { AnySweep } from "../lab/sweep.ts";
import { describe } from "../core/_validate.ts";
import { boundaryShapeSweep } from "./02_boundaries/boundary_shape.ts";
import { gradientsAtInitSweep, gradientsTrainingSweep } from "./03_gradients/gradient_sweeps.ts";
import { dyingLr } from "./04_dying/dying_lr.ts";
import { dyingInit } from "./04_dying/dying_init.ts";
import { bornDeadMc } from "./04_dying/born_dead.ts";
import { leakySlope } from "./05_leaky_prelu/leaky_slope.ts";
import { preluSlopes } from "./05_leaky_prelu/prelu_slopes.ts";
import { initialBiasSweep } from "./06_threat/initial_bias.ts";
import { widthSweep } from "./06_threat/width.ts";
import { revivalSweep } from "./06_threat/revival.ts";
import { remediesSweep } from "./07_remedies/remedies.ts";
import { verdictSweep } from "./08_verdict/verdict.ts";

/**
 * Every sweep of the chapters, in chapter order.
 *
 * @example Names are unique
 * ```ts
 * import { SWEEPS } from "relu-lab/chapters";
 * import { expect } from "chai";
 *
 * const names = SWEEPS.map((sweep) => sweep.name);
 * expect(new Set(names).size).to.equal(names.length);
 * ```
 */
export const SWEEPS: readonly AnySweep[] = [
  boundaryShapeSweep,
  gradientsAtInitSweep,
  gradientsTrainingSweep,
  dyingLr,
  dyingInit,
  bornDeadMc,
  leakySlope,
  preluSlopes,
  initialBiasSweep,
  widthSweep,
  revivalSweep,
  remediesSweep,
  verdictSweep,
];

/**
 * Looks up a chapter's sweep by name.
 *
 * @param name A sweep name, e.g. `"dying-lr"`.
 * @returns The sweep.
 * @throws {RangeError} If no sweep has that name; the message lists the valid ones.
 *
 * @example Known and unknown names
 * ```ts
 * import { sweepByName } from "relu-lab/chapters";
 * import { expect } from "chai";
 *
 * expect(sweepByName("dying-lr").name).to.equal("dying-lr");
 * expect(() => sweepByName("nope")).to.throw(RangeError, /dying-lr/);
 * ```
 */
export function sweepByName(name: string): AnySweep {
  const sweep = SWEEPS.find((s) => s.name === name);
  if (sweep === undefined) {
    const names = SWEEPS.map((s) => `"${s.name}"`).join(", ");
    throw new RangeError(`Expected sweep to be one of ${names}, received ${describe(name)}`);
  }
  return sweep;
}

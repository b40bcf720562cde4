/**
 * The two-circle task most chapters train on: a training and a test draw of two noisy
 * concentric circles (noise 0.1, inner radius 0.5), both from one seed.
 *
 * @module
 */

import type { Dataset } from "../../data/dataset.ts";
import { circles } from "../../data/circles.ts";
import { deriveSeed } from "../../core/random.ts";

/** Training and test draws of one seed. */
export interface Split {
  /** The training points. */
  readonly train: Dataset;
  /** A fresh draw of as many test points. */
  readonly test: Dataset;
}

/**
 * Two circles: `n` training and `n` test points drawn from `seed`.
 *
 * @param seed The seed of both draws (each derives its own stream).
 * @param n Points per draw.
 * @returns The draws.
 *
 * @example
 * ```ts
 * import { circlesTask } from "./circles_task.ts";
 * import { expect } from "chai";
 *
 * const { train, test } = circlesTask(0, 200);
 * expect([train.x.rows, test.x.rows]).to.deep.equal([200, 200]);
 * ```
 */
export function circlesTask(seed: number, n = 1000): Split {
  const draw = (purpose: string) =>
    circles(deriveSeed(seed, purpose), { n, noise: 0.1, factor: 0.5 });
  return { train: draw("train"), test: draw("test") };
}

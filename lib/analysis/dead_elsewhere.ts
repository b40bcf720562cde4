/**
 * Dead here, alive elsewhere: a unit that never fires on the training inputs may fire on
 * other inputs (a test set, shifted data, new data). This census compares the two.
 *
 * @module
 */

import { deadUnits } from "../core/diagnostics/dead_units.ts";
import { type Matrix, requireShape } from "../core/matrix.ts";
import type { Sequential } from "../core/model/sequential.ts";

/**
 * Counts of one hidden layer, or of all of them pooled.
 *
 * @example One hidden layer's counts
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { deadElsewhere } from "relu-lab/lab";
 * import type { DeadElsewhereCounts } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [-1]], [[1, 1]]], biases: [[0, 0], [0]] });
 * const [layer]: readonly DeadElsewhereCounts[] = deadElsewhere(model, fromRows([[1]], "float64"), fromRows([[-1]], "float64")).layers;
 * expect(layer).to.deep.equal({ units: 2, deadOnSeen: 1, deadOnOther: 1, activeOnOther: 1 });
 * ```
 */
export interface DeadElsewhereCounts {
  /** Hidden units. */
  readonly units: number;
  /** Units dead on the seen inputs. */
  readonly deadOnSeen: number;
  /** Units dead on the other inputs. */
  readonly deadOnOther: number;
  /** Units dead on the seen inputs that are active on at least one of the other inputs. */
  readonly activeOnOther: number;
}

/**
 * The comparison, per hidden layer and pooled.
 *
 * @example
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { deadElsewhere } from "relu-lab/lab";
 * import type { DeadElsewhere } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [-1]], [[1, 1]]], biases: [[0, 0], [0]] });
 * const census: DeadElsewhere = deadElsewhere(model, fromRows([[1]], "float64"), fromRows([[2]], "float64"));
 * expect([census.units, census.deadOnSeen, census.activeOnOther]).to.deep.equal([2, 1, 0]);
 * ```
 */
export interface DeadElsewhere extends DeadElsewhereCounts {
  /** Per hidden activation layer, input side first. */
  readonly layers: readonly DeadElsewhereCounts[];
}

/**
 * Censuses dead units on two sets of inputs and counts the units that are dead on the
 * first (the data seen in training) but active on the second.
 *
 * @param model The network.
 * @param seen Inputs the units are judged dead on (e.g. the training inputs).
 * @param other Other inputs (a test set, shifted inputs, new data).
 * @returns Counts per layer and pooled over all hidden layers.
 *
 * @example A unit dead on negative inputs fires on positive ones
 * ```ts
 * import { fromRows, mlpFromWeights } from "relu-lab";
 * import { deadElsewhere } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const model = mlpFromWeights({ weights: [[[1], [-1]], [[1, 1]]], biases: [[0, 0], [0]] });
 * const seen = fromRows([[-2], [-1]], "float64");
 * const other = fromRows([[3]], "float64");
 * const census = deadElsewhere(model, seen, other);
 * expect([census.deadOnSeen, census.activeOnOther, census.deadOnOther]).to.deep.equal([1, 1, 1]);
 * ```
 */
export function deadElsewhere(model: Sequential, seen: Matrix, other: Matrix): DeadElsewhere {
  requireShape("seen", seen, model.inputSize);
  requireShape("other", other, model.inputSize);
  const onSeen = deadUnits(model, seen);
  const onOther = deadUnits(model, other);
  const layers = onSeen.map((layer, l): DeadElsewhereCounts => {
    const otherDead = onOther[l]!.dead;
    return {
      units: layer.units,
      deadOnSeen: _count(layer.dead),
      deadOnOther: _count(otherDead),
      activeOnOther: _count(layer.dead.map((dead, unit) => dead && !otherDead[unit])),
    };
  });
  const total = (key: keyof DeadElsewhereCounts) => layers.reduce((sum, l) => sum + l[key], 0);
  return {
    units: total("units"),
    deadOnSeen: total("deadOnSeen"),
    deadOnOther: total("deadOnOther"),
    activeOnOther: total("activeOnOther"),
    layers,
  };
}

function _count(flags: readonly boolean[]): number {
  return flags.reduce((sum, flag) => sum + (flag ? 1 : 0), 0);
}

// Loads tests/fixtures/optim_torch.json (written by tools/reference/optim_torch.py) and
// replays its gradient sequences through our optimisers. Shared by the optim tests.

import { expect } from "chai";
import type { Optimizer, Parameter, Penalty } from "relu-lab";
import fixture from "../../fixtures/optim_torch.json" with { type: "json" };

export { fixture };

/** Float64 absolute tolerance, relative for values above 1. */
export const TOLERANCE = 1e-12;

/** Fresh float64 copies of the fixture's parameters at their initial values. */
export function fixtureParams(): Parameter[] {
  return fixture.params.map(({ name, shape, decay, value }) => ({
    name,
    shape,
    decay,
    value: Float64Array.from(value),
    grad: new Float64Array(value.length),
  }));
}

/**
 * Runs the fixture's steps: set each gradient, apply the penalty (if any), step at the
 * fixture's learning rate. Returns every parameter's values after each step.
 */
export function replay(optimizer: Optimizer, penalty?: Penalty): number[][][] {
  const params = fixtureParams();
  return fixture.grads.map((stepGrads, step) => {
    params.forEach((p, i) => p.grad.set(stepGrads[i]!));
    penalty?.apply(params);
    optimizer.step(params, fixture.learningRates[step]!);
    return params.map((p) => Array.from(p.value));
  });
}

/** Asserts two nested number arrays have the same shape and agree within TOLERANCE. */
export function expectClose(actual: unknown, expected: unknown, path = "value"): void {
  if (Array.isArray(expected)) {
    expect(actual, path).to.be.an("array").with.lengthOf(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`));
    return;
  }
  const e = expected as number;
  expect(actual, path).to.be.closeTo(e, TOLERANCE * Math.max(1, Math.abs(e)));
}

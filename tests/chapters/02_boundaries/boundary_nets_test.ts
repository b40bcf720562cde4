import { expect } from "chai";
import {
  boundaryGrid,
  trainBoundaryNet,
} from "../../../lib/chapters/02_boundaries/boundary_nets.ts";

Deno.test("trainBoundaryNet() gives every activation the same data for one seed, and is repeatable", async () => {
  const relu = await trainBoundaryNet({ activation: "relu", seed: 3, epochs: 2 });
  const tanh = await trainBoundaryNet({ activation: "tanh", seed: 3, epochs: 2 });
  const again = await trainBoundaryNet({ activation: "tanh", seed: 3, epochs: 2 });
  expect(tanh.train.x.data).to.deep.equal(relu.train.x.data);
  expect(tanh.test.y.data).to.deep.equal(relu.test.y.data);
  expect(again.history.epochs.map((e) => e.loss)).to.deep.equal(
    tanh.history.epochs.map((e) => e.loss),
  );
});

Deno.test("trainBoundaryNet() snapshots the surface before training and every `every` epochs", async () => {
  const grid = boundaryGrid(11);
  const { snapshots } = await trainBoundaryNet({
    activation: "relu",
    seed: 1,
    epochs: 5,
    snapshots: { grid, every: 2 },
  });
  expect(snapshots.map((s) => s.epoch)).to.deep.equal([0, 2, 4]);
  expect(snapshots[0]!.outputs).to.have.length(121);
  expect(snapshots[0]!.outputs).to.not.deep.equal(snapshots[2]!.outputs);
});

async function _rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the promise to reject, but it resolved");
}

Deno.test("trainBoundaryNet() rejects a non-integer epoch count or snapshot interval", async () => {
  const grid = boundaryGrid(5);
  expect(await _rejection(trainBoundaryNet({ activation: "relu", seed: 1, epochs: 0 })))
    .to.be.instanceOf(RangeError).with.property("message").that.matches(/epochs/);
  const every = trainBoundaryNet({ activation: "relu", seed: 1, snapshots: { grid, every: 0.5 } });
  expect(await _rejection(every)).to.be.instanceOf(TypeError)
    .with.property("message").that.matches(/snapshots\.every/);
});

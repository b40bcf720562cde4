import { expect } from "chai";
import {
  accuracy,
  bce,
  circles,
  type Dataset,
  deadUnits,
  fit,
  fromRows,
  type Matrix,
  mlp,
  trainTestSplit,
  zeros,
} from "relu-lab";

const data = circles(1, { n: 1000, noise: 0.1, factor: 0.5 });
const { train, test } = trainTestSplit(data, { testFraction: 0.2, rng: 2 });

function weights(model: ReturnType<typeof mlp>): number[] {
  return model.parameters().flatMap((p) => Array.from(p.value));
}

Deno.test("fit() trains a 2-16-16-1 ReLU MLP to >= 97% on 1,000 circle points in 100 epochs", async () => {
  const model = mlp({ sizes: [2, 16, 16, 1], activation: "relu", seed: 3 });
  const history = await fit(model, train, {
    epochs: 100,
    learningRate: 0.1,
    batchSize: 32,
    seed: 4,
    test,
  });
  const last = history.epochs.at(-1)!;
  expect(history.status).to.equal("completed");
  expect(history.epochs).to.have.length(100);
  expect(last.testAccuracy).to.be.at.least(0.97);
  expect(last.accuracy).to.be.at.least(0.97);
  expect(last.loss).to.be.below(history.epochs[0]!.loss);
});

Deno.test("fit() is reproducible: the same seeds give identical weights bit for bit", async () => {
  const run = async (shuffleSeed: number) => {
    const model = mlp({ sizes: [2, 8, 1], seed: 5 });
    await fit(model, train, { epochs: 3, learningRate: 0.1, seed: shuffleSeed });
    return weights(model);
  };
  const first = await run(6);
  expect(await run(6)).to.deep.equal(first);
  expect(await run(7)).to.not.deep.equal(first);
});

Deno.test("fit() stops with a 'diverged' status, not NaN weights, when updates explode", async () => {
  const model = mlp({ sizes: [2, 16, 16, 1], seed: 3 });
  const history = await fit(model, train, { epochs: 50, learningRate: 1e30, seed: 4 });
  expect(history.status).to.equal("diverged");
  expect(history.diverged!.message).to.match(/^diverged at epoch \d+, step \d+/);
  expect(weights(model).every(Number.isFinite)).to.equal(true);
  expect(history.epochs).to.have.length(history.diverged!.epoch - 1);
});

Deno.test("fit() records dead units, test dead units and gradient norms on request", async () => {
  const model = mlp({ sizes: [2, 8, 8, 1], seed: 3 });
  const history = await fit(model, train, {
    epochs: 2,
    learningRate: 0.1,
    test,
    record: { deadUnits: true, gradNorms: true },
  });
  const last = history.epochs.at(-1)!;
  expect(last.dead!.map((census) => census.units)).to.deep.equal([8, 8]);
  expect(last.deadTest).to.have.length(2);
  expect(last.gradNorms).to.have.length(3);
  expect(last.gradNorms!.every((g) => g > 0 && Number.isFinite(g))).to.equal(true);
  // The test census shares its forward pass with the test loss: both as if computed apart.
  expect(last.deadTest).to.deep.equal(deadUnits(model, test.x));
  expect(last.testLoss).to.equal(bce.evaluate(model.forward(test.x, "eval"), test.y));
  expect(last.testAccuracy).to.equal(accuracy(model.forward(test.x, "eval"), test.y));
});

Deno.test("fit() follows a learning-rate schedule and stops when onEpoch asks", async () => {
  const rates: number[] = [];
  const history = await fit(mlp({ sizes: [2, 4, 1] }), train, {
    epochs: 10,
    learningRate: (epoch) => 0.1 / (epoch + 1),
    onEpoch: (record) => {
      rates.push(record.learningRate);
      return record.epoch === 3 ? "stop" : undefined;
    },
  });
  expect(history.status).to.equal("stopped");
  expect(rates).to.deep.equal([0.1, 0.05, 0.1 / 3]);
});

Deno.test("fit() rejects bad input with errors that name the parameter", async () => {
  const model = mlp({ sizes: [2, 4, 1] });
  const bad = (
    options: Partial<Parameters<typeof fit>[2]>,
    data: Pick<Dataset, "x" | "y"> = train,
  ) => fit(model, data, { epochs: 1, learningRate: 0.1, ...options });
  const cases: Array<[() => Promise<unknown>, RegExp]> = [
    [() => bad({ learningRate: 0 }), /learningRate to be a positive finite number, received 0/],
    [() => bad({ learningRate: NaN }), /learningRate to be a finite number, received NaN/],
    [
      () => bad({ learningRate: () => -1 }),
      /learningRate\(0\) to be a positive finite number, received -1/,
    ],
    [() => bad({ batchSize: 0 }), /batchSize to be an integer >= 1, received 0/],
    [
      () => bad({ batchSize: 100000 }),
      /batchSize to be at most the 800 training samples, received 100000/,
    ],
    [() => bad({ epochs: 0 }), /epochs to be an integer >= 1, received 0/],
    [
      () =>
        bad({ batchSize: 1 }, {
          x: { rows: 1, cols: 2, data: Float32Array.of(1, NaN) },
          y: fromRows([[1]]),
        }),
      /train.x to hold only finite numbers, received NaN at row 0, column 1/,
    ],
    [
      () => bad({}, { x: fromRows([[1, 2, 3]]), y: fromRows([[1]]) }),
      /train.x to be n × 2, received 1 × 3/,
    ],
    [
      () => bad({ batchSize: 1 }, { x: fromRows([[1, 2]]), y: fromRows([[3]]) }),
      /train.y to hold probabilities in \[0, 1\], received 3 at row 0/,
    ],
    [
      () => bad({}, { x: { rows: 0, cols: 2, data: new Float32Array() }, y: fromRows([]) }),
      /train to hold at least one sample/,
    ],
    [
      () => bad({ loss: "hinge" as "bce" }),
      /loss to be one of "bce", "softmax_ce", "mse", received "hinge"/,
    ],
    // A hand-built matrix whose data does not fill its shape (it used to train and diverge).
    [
      () => bad({}, { x: { rows: 40, cols: 2, data: new Float32Array(60) }, y: zeros(40, 1) }),
      /Expected train.x.data to hold 40 × 2 = 80 values, received 60/,
    ],
    [
      () => bad({}, { x: zeros(40, 2), y: { rows: 40, cols: 1, data: new Float32Array(39) } }),
      /Expected train.y.data to hold 40 × 1 = 40 values, received 39/,
    ],
    // Targets are checked like inputs, with the data set's row, for every loss.
    [
      () =>
        bad({ loss: "mse", batchSize: 2 }, {
          x: fromRows([[0, 0], [1, 1], [2, 2]]),
          y: { rows: 3, cols: 1, data: Float32Array.of(0, 1, NaN) },
        }),
      /Expected train.y to hold only finite numbers, received NaN at row 2, column 0/,
    ],
    [
      () =>
        bad({
          loss: "mse",
          test: { x: fromRows([[0, 0]]), y: { rows: 1, cols: 1, data: Float32Array.of(Infinity) } },
        }, {
          x: fromRows([[0, 0], [1, 1]]),
          y: fromRows([[0], [1]]),
        }),
      /Expected test.y to hold only finite numbers, received Infinity at row 0, column 0/,
    ],
    [
      () => bad({ loss: "mse" }, { x: fromRows([[0, 0], [1, 1]]), y: fromRows([[0, 1], [1, 0]]) }),
      /Expected train.y to be 2 × 1, received 2 × 2/,
    ],
    [
      () =>
        fit(mlp({ sizes: [2, 3] }), {
          x: fromRows([[0, 0], [1, 1], [2, 2]]),
          y: fromRows([[0], [2], [3]]),
        }, { epochs: 1, learningRate: 0.1, batchSize: 2 }),
      /Expected train.y to hold class indices in 0..2, received 3 at row 2/,
    ],
    [
      () => bad({ shuffle: "no" as unknown as boolean }),
      /shuffle to be true or false, received "no"/,
    ],
    [
      () => bad({ record: { deadUnits: 1 as unknown as boolean } }),
      /record.deadUnits to be true or false, received 1/,
    ],
    [() => bad({ seed: 0.5 }), /seed to be an integer, received 0.5/],
    [() => bad({ optimizer: {} as never }), /optimizer to be an Optimizer, received an object/],
    [() => bad({ onEpoch: "stop" as never }), /onEpoch to be a function, received "stop"/],
    [() => bad({ progress: {} as never }), /progress to have update\(\) and finish\(\) methods/],
    [() => bad({ loss: {} as never }), /loss to be a Loss or a loss name, received an object/],
  ];
  for (const [promise, message] of cases) {
    let error: unknown;
    await promise().catch((e) => error = e);
    expect(error, String(message)).to.be.instanceOf(Error).with.property("message").that.matches(
      message,
    );
  }
});

/** An optimiser that never moves the weights, so every batch sees the same network. */
const frozen = { name: "frozen", step() {}, reset() {} };

Deno.test("fit()'s epoch loss weights each batch by its size: a short last batch counts for less", async () => {
  // 5 samples in batches of 2, 2 and 1. With the weights frozen, the epoch's loss and accuracy
  // are those of the whole data set in one training-mode pass (BCE's mean over samples);
  // weighting the last batch as a full one would give (2·l₁ + 2·l₂ + 2·l₃) / 5 instead.
  const x = fromRows([[0.3, -1], [2, 0.5], [-1.5, 1], [0.2, 0.2], [4, -3]], "float64");
  const model = mlp({ sizes: [2, 3, 1], seed: 5, dtype: "float64" });
  // The last sample is labelled as the network classifies it, so its batch's accuracy is 1.
  const lastRight = model.predict(x).data[4]! > 0 ? 1 : 0;
  const y = fromRows([[1], [0], [1], [0], [lastRight]], "float64");
  const whole = bce.evaluate(model.forward(x, "train"), y);
  const wholeAccuracy = accuracy(model.forward(x, "train"), y);
  const history = await fit(model, { x, y }, {
    epochs: 2,
    learningRate: 0.1,
    batchSize: 2,
    optimizer: frozen,
    shuffle: false,
  });
  for (const epoch of history.epochs) {
    expect(epoch.loss).to.be.closeTo(whole, 1e-14);
    expect(epoch.accuracy).to.equal(wholeAccuracy);
  }
  // The per-batch losses differ enough that the wrong weighting would show.
  const last = bce.evaluate(
    model.forward(fromRows([[4, -3]], "float64"), "train"),
    fromRows([[1]], "float64"),
  );
  expect(Math.abs(last - whole)).to.be.above(1e-3);
});

Deno.test("fit() reports 'diverged' for a non-finite gradient behind a finite loss, before the step", async () => {
  // A loss that reports a finite value but writes a NaN or infinite gradient.
  for (const bad of [NaN, Infinity]) {
    for (const clipNorm of [undefined, 1]) {
      const poisoned = {
        name: "bce" as const,
        evaluate(logits: Matrix, targets: Matrix, grad?: Matrix) {
          const value = bce.evaluate(logits, targets, grad);
          if (grad) grad.data[0] = bad;
          return value;
        },
      };
      const model = mlp({ sizes: [2, 4, 1], seed: 1 });
      const before = weights(model);
      const history = await fit(model, train, {
        epochs: 3,
        learningRate: 0.1,
        loss: poisoned,
        ...(clipNorm !== undefined && { clipNorm }),
      });
      const label = `gradient ${bad}, clipNorm ${clipNorm}`;
      expect(history.status, label).to.equal("diverged");
      expect(history.diverged, label).to.deep.include({ epoch: 1, step: 1 });
      expect(weights(model), `${label}: weights are those before the step`).to.deep.equal(before);
    }
  }
});

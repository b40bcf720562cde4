/**
 * The main job until the tutorial exists: trains the two-circle MLP once per
 * activation and prints train/test accuracy, final loss and the share of dead
 * hidden units.
 *
 * Usage: `deno task demo [--epochs N] [--learning-rate LR] [--seed S]`
 *
 * @module
 */

import { circles, deadUnits, fit, mlp, trainTestSplit } from "../lib/mod.ts";
import { integer, number, readCommandLine } from "./_cli.ts";

const ACTIVATIONS = ["relu", "leaky_relu(0.01)", "prelu", "tanh", "sigmoid"];
const USAGE = `Usage: deno task demo [--epochs N] [--learning-rate LR] [--seed S]

Trains a 2-16-16-1 MLP on 1,000 two-circle points (factor 0.5, noise 0.1) with each of
${ACTIVATIONS.join(", ")} and prints a table.

  --epochs N           passes over the training data (default 100)
  --learning-rate LR   SGD step size (default 0.1)
  --seed S             seed of the data, weights and shuffling (default 0)
  --help               this text`;

const { flags } = readCommandLine({
  usage: USAGE,
  flags: {
    epochs: integer({ min: 1, default: 100 }),
    "learning-rate": number({ above: 0, default: 0.1 }),
    seed: integer({ min: 0, default: 0 }),
  },
});
const { epochs, "learning-rate": learningRate, seed } = flags;
const { train, test } = trainTestSplit(circles(seed, { n: 1000, noise: 0.1, factor: 0.5 }), {
  testFraction: 0.2,
  rng: seed,
});

const rows = [];
for (const activation of ACTIVATIONS) {
  const model = mlp({ sizes: [2, 16, 16, 1], activation, seed });
  const history = await fit(model, train, {
    epochs,
    learningRate,
    seed,
    test,
    progress: activation,
  });
  const last = history.epochs.at(-1);
  const census = deadUnits(model, train.x);
  const dead = census.reduce((sum, layer) => sum + layer.dead.filter(Boolean).length, 0);
  const units = census.reduce((sum, layer) => sum + layer.units, 0);
  rows.push({
    activation,
    status: history.status,
    "train acc": last?.accuracy?.toFixed(3) ?? "-",
    "test acc": last?.testAccuracy?.toFixed(3) ?? "-",
    "final loss": last?.loss.toFixed(4) ?? "-",
    "dead units": `${dead}/${units} (${(100 * dead / units).toFixed(0)}%)`,
  });
}
console.table(rows);

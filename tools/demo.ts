/**
 * The first command to run: the tutorial's story in a few seconds. Trains a 2-16-16-1 MLP on
 * two circles with ReLU, Leaky ReLU, PReLU, tanh and sigmoid at a sane learning rate (0.1)
 * and a too-high one (3), prints a table of test accuracy and dead hidden units, then says in
 * two sentences what the numbers show: which activation lost how many units, and what the leak
 * did instead.
 *
 * Usage: `deno task demo [--epochs N] [--learning-rate LR[,LR...]] [--seed S]`
 *
 * @module
 */

import { circles, deadUnits, fit, type History, mlp, trainTestSplit } from "../lib/mod.ts";
import { integer, list, number, readCommandLine } from "./_cli.ts";

/** The activations compared, and how each behaves for an input ≤ 0. */
const ACTIVATIONS = [
  { name: "relu", label: "ReLU", family: "rectifier" },
  { name: "leaky_relu(0.01)", label: "Leaky ReLU (0.01)", family: "leaky" },
  { name: "prelu", label: "PReLU", family: "leaky" },
  { name: "tanh", label: "tanh", family: "smooth" },
  { name: "sigmoid", label: "sigmoid", family: "smooth" },
] as const;
type Activation = (typeof ACTIVATIONS)[number];

const SIZES = [2, 16, 16, 1];
const USAGE = `Usage: deno task demo [--epochs N] [--learning-rate LR[,LR...]] [--seed S]

Trains a ${SIZES.join("-")} MLP (SGD, batch 32) on 1,000 two-circle points (factor 0.5, noise
0.1; 800 to train, 200 to test) with each of ${ACTIVATIONS.map((a) => a.label).join(", ")},
once per learning rate, and prints a table: test accuracy, the hidden units that
are dead (gradient 0 on every training point, so their weights no longer change) and those
whose input is ≤ 0 on every training point (dead for ReLU; with a leak they still learn,
slowly). Two sentences under the table say what the numbers show.

  --epochs N                passes over the training data (default 100)
  --learning-rate LR[,LR]   SGD step sizes, comma-separated (default 0.1,3)
  --seed S                  seed of the data, weights and shuffling (default 0)
  --help                    this text`;

const { flags } = readCommandLine({
  usage: USAGE,
  flags: {
    epochs: integer({ min: 1, default: 100 }),
    "learning-rate": list(number({ above: 0 }), { default: [0.1, 3] }),
    seed: integer({ min: 0, default: 0 }),
  },
});
const { epochs, "learning-rate": learningRates, seed } = flags;

/** One training's outcome. */
interface Run {
  activation: Activation;
  learningRate: number;
  history: History;
  /** Hidden units in all layers. */
  units: number;
  /** Units whose gradient is 0 on every training point. */
  dead: number;
  /** Units whose input (pre-activation) is ≤ 0 on every training point. */
  off: number;
}

const { train, test } = trainTestSplit(circles(seed, { n: 1000, noise: 0.1, factor: 0.5 }), {
  testFraction: 0.2,
  rng: seed,
});

const runs: Run[] = [];
for (const learningRate of learningRates) {
  for (const activation of ACTIVATIONS) {
    const model = mlp({ sizes: SIZES, activation: activation.name, seed });
    const history = await fit(model, train, { epochs, learningRate, seed, test });
    const census = deadUnits(model, train.x);
    const count = (per: (layer: (typeof census)[number]) => number) =>
      census.reduce((sum, layer) => sum + per(layer), 0);
    runs.push({
      activation,
      learningRate,
      history,
      units: count((layer) => layer.units),
      dead: count((layer) => layer.dead.filter(Boolean).length),
      off: count((layer) => layer.activeShare.filter((share) => share === 0).length),
    });
  }
}

const _share = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)}%)`;
const _accuracy = (run: Run) => run.history.epochs.at(-1)?.testAccuracy?.toFixed(3) ?? "-";
const _diverged = (run: Run) => run.history.status === "diverged";

/** The table's rows: a diverged run has no final accuracy, and its units are not counted. */
function _rows(): string[][] {
  const header = ["activation", "learning rate", "status", "test acc", "dead units"];
  const rows = runs.map((run) => [
    run.activation.label,
    String(run.learningRate),
    _diverged(run) ? `diverged (epoch ${run.history.diverged?.epoch})` : run.history.status,
    _diverged(run) ? "-" : _accuracy(run),
    _diverged(run) ? "-" : _share(run.dead, run.units),
    // tanh and sigmoid pass a gradient at any input, so "input ≤ 0" means nothing for them.
    _diverged(run) || run.activation.family === "smooth" ? "-" : _share(run.off, run.units),
  ]);
  return [[...header, "input always ≤ 0"], ...rows];
}

/** Columns padded to their widest cell; numbers (and "-") aligned right. */
function _format(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const right = (c: number) => rows.slice(1).every((row) => /^[-\d.]/.test(row[c]!));
  return rows.map((row) =>
    row.map((cell, c) => right(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))
      .join("  ").trimEnd()
  ).join("\n");
}

/** What the numbers show, in two sentences computed from the runs. */
function _story(): string[] {
  const relu = runs.filter((run) => run.activation.name === "relu" && !_diverged(run));
  const worst = relu.reduce<Run | undefined>((a, b) => (a && a.dead >= b.dead ? a : b), undefined);
  if (worst === undefined || worst.dead === 0) {
    return [
      `No ReLU unit died at learning rate ${learningRates.join(" or ")}; ` +
      "try a higher one, e.g. --learning-rate 0.1,3.",
    ];
  }
  const lr = worst.learningRate;
  const sane = relu.find((run) => run.learningRate === Math.min(...learningRates));
  const against = sane && sane !== worst
    ? ` (${_accuracy(sane)} at learning rate ${sane.learningRate})`
    : "";
  const leaks = runs.filter((run) => run.learningRate === lr && run.activation.family === "leaky")
    .map((run) =>
      _diverged(run)
        ? `${run.activation.label} diverged at epoch ${run.history.diverged?.epoch}`
        : `${run.activation.label} lost ${run.dead === 0 ? "none" : _share(run.dead, run.units)}` +
          ` and reached ${_accuracy(run)}: ${_share(run.off, run.units)} of its units have ` +
          "input ≤ 0 everywhere but still learn through the slope"
    );
  return [
    `At learning rate ${lr}, ReLU lost ${_share(worst.dead, worst.units)} of its hidden units: ` +
    "their input is ≤ 0 on every training point, so they output 0 and get no gradient: they " +
    `stopped learning; its test accuracy is ${_accuracy(worst)}${against}.`,
    `With a leak, ${leaks.join("; ")}.`,
  ];
}

/** `text` broken into lines of at most `width` characters, at spaces. */
function _wrap(text: string, width = 96): string {
  const lines = [""];
  for (const word of text.split(" ")) {
    const line = lines.at(-1)!;
    if (line !== "" && line.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = line === "" ? word : `${line} ${word}`;
  }
  return lines.join("\n");
}

console.log(
  `Two circles (${train.x.rows} training and ${test.x.rows} test points), MLP ` +
    `${SIZES.join("-")} (${runs[0]!.units} hidden units), SGD, ${epochs} epochs, seed ${seed}\n`,
);
console.log(_format(_rows()));
console.log(`\n${_story().map((sentence) => _wrap(sentence)).join("\n")}`);

/**
 * The speed goals of the workloads W1-W3 (README, Performance) as ratios to PyTorch, measured
 * side by side: relu-lab and PyTorch take turns, each run in a fresh process, pair after pair.
 * This machine's host slows it by up to 40% for minutes at a time, which a single run of each
 * side would mistake for a difference between them; within a pair both sides see about the
 * same minute.
 *
 * - W1: PyTorch's time over relu-lab's (goal ≥ 20). Each side best of 3 runs.
 * - W2: relu-lab's time over PyTorch's (goal ≤ 2). Each side at its best setting: relu-lab
 *   with one and with two product threads, PyTorch with one and two intra-op threads, best of
 *   2 runs each.
 * - W3: PyTorch's serial time over relu-lab's on two workers (goal ≥ 20).
 *
 * One JSON line per pair and one summary per workload: the ratio's median, range, and in how
 * many pairs the goal was met. W1 and W2 pairs take about 10 and 20 s, W3 pairs about 35 s.
 *
 * Usage: `deno task bench:ratios [--only W1|W2|W3] [--pairs N]` (default 5 pairs, 3 for W3)
 *
 * @module
 */

import { choice, integer, readCommandLine } from "../tools/_cli.ts";

/** A benchmark's JSON line: the fields these ratios read. */
interface Line {
  workload: string;
  train_s: number;
  workers?: number;
}

/** One workload's pair: how to time each side, and how to read its time off the lines. */
interface Comparison {
  id: "W1" | "W2" | "W3";
  goal: string;
  /** `deno task` invocations for relu-lab; the best time over all of them counts. */
  ours: string[][];
  /** peers.py arguments for PyTorch. */
  peers: string[];
  /** Whether a line is one of relu-lab's timings to count (default: every line). */
  oursLine?: (line: Line) => boolean;
  /** The ratio the goal is about, from both times. */
  ratio: (ours: number, torch: number) => number;
  met: (ratio: number) => boolean;
  pairs: number;
}

const USAGE = `Usage: deno task bench:ratios [--only W1|W2|W3] [--pairs N]

Measures relu-lab's speed as ratios to PyTorch's: relu-lab and PyTorch take turns, each run in
a fresh process, pair after pair, and each pair gives a ratio. Prints one JSON line per pair
and one summary per workload. Needs Debian's PyTorch (/usr/bin/python3 with torch).

  --only W    only W1, W2 or W3 (default: all three)
  --pairs N   pairs per workload (default: 5, and 3 for W3)
  --help      this text`;

const { flags } = readCommandLine({
  usage: USAGE,
  flags: { only: choice(["W1", "W2", "W3"]), pairs: integer({ min: 1 }) },
});
const pairsOption = flags.pairs;

const COMPARISONS: Comparison[] = [
  {
    id: "W1",
    goal: "PyTorch's time / relu-lab's >= 20",
    ours: [["bench:workloads", "--only", "W1", "--repeat", "3"]],
    peers: ["--only", "W1", "--repeat", "3", "--torch-threads", "1", "--no-sklearn"],
    ratio: (ours, torch) => torch / ours,
    met: (ratio) => ratio >= 20,
    pairs: pairsOption ?? 5,
  },
  {
    id: "W2",
    goal: "relu-lab's time / PyTorch's <= 2",
    ours: ["1", "2"].map((threads) => [
      "bench:workloads",
      "--only",
      "W2",
      "--repeat",
      "2",
      "--threads",
      threads,
    ]),
    peers: ["--only", "W2", "--repeat", "2", "--torch-threads", "1,2", "--no-sklearn"],
    ratio: (ours, torch) => ours / torch,
    met: (ratio) => ratio <= 2,
    pairs: pairsOption ?? 5,
  },
  {
    id: "W3",
    goal: "PyTorch's serial time / relu-lab's on 2 workers >= 20",
    ours: [["bench:sweep"]],
    peers: ["--only", "W3", "--torch-threads", "1"],
    oursLine: (line) => line.workers === 2,
    ratio: (ours, torch) => torch / ours,
    met: (ratio) => ratio >= 20,
    pairs: pairsOption ?? 3,
  },
];

/** Runs a command and returns its stdout's JSON lines (the others are progress text). */
async function _jsonLines(command: string, args: string[]): Promise<Line[]> {
  const output = await new Deno.Command(command, { args, stdout: "piped", stderr: "inherit" })
    .output();
  if (!output.success) throw new Error(`${command} ${args.join(" ")} failed (${output.code})`);
  return new TextDecoder().decode(output.stdout).split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Line)
    .filter((line) => typeof line.train_s === "number");
}

/** The middle value (the mean of the two middle ones for an even count). */
function _median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b), half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/** The best of the selected lines' times. */
function _best(lines: Line[], label: string): number {
  if (lines.length === 0) throw new Error(`No timing from ${label}`);
  return Math.min(...lines.map((line) => line.train_s));
}

for (const c of COMPARISONS) {
  if (flags.only !== undefined && flags.only !== c.id) continue;
  const ratios: number[] = [];
  for (let pair = 1; pair <= c.pairs; pair++) {
    const oursLines: Line[] = [];
    for (const args of c.ours) {
      oursLines.push(
        ...(await _jsonLines("deno", ["task", ...args])).filter(c.oursLine ?? (() => true)),
      );
    }
    const ours = _best(oursLines, "relu-lab");
    const torchLines =
      (await _jsonLines("/usr/bin/python3", ["bench/reference/peers.py", ...c.peers]))
        .filter((line) => line.workload.includes("PyTorch"));
    const torch = _best(torchLines, "PyTorch");
    const ratio = c.ratio(ours, torch);
    ratios.push(ratio);
    console.log(JSON.stringify({
      workload: `${c.id} pair ${pair}`,
      relu_lab_s: ours,
      pytorch_s: torch,
      ratio: Number(ratio.toFixed(2)),
      loadavg: Deno.loadavg(),
    }));
  }
  console.log(JSON.stringify({
    workload: `${c.id} ratio to PyTorch`,
    goal: c.goal,
    pairs: ratios.length,
    ratio_median: Number(_median(ratios).toFixed(2)),
    ratio_min: Number(Math.min(...ratios).toFixed(2)),
    ratio_max: Number(Math.max(...ratios).toFixed(2)),
    met_in: ratios.filter(c.met).length,
  }));
}

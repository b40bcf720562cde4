/**
 * Merges the shard files of a sweep into its whole results file:
 * `deno task sweep:merge <name> [--profile quick|full] [--out DIR]`.
 *
 * @module
 */

import { sweepByName, SWEEPS } from "../lib/chapters.ts";
import { mergeShards, PROFILE_NAMES, ResultsFileError } from "../lib/lab.ts";
import { choice, readCommandLine, text } from "./_cli.ts";

const USAGE = `Usage: deno task sweep:merge <name> [--profile quick|full] [--out DIR]

Merges DIR/<name>[.quick].shard-i-of-n.csv (every i from 1 to n, from \`deno task sweep
<name> --shard i/n\` runs, possibly on several machines) and any existing whole file into
DIR/<name>[.quick].csv, rows in canonical order, written atomically. Shard files are kept.

  --profile P   quick or full (default: quick)
  --out DIR     results directory (default: data/results)
  --help        this text`;

const { flags, positionals } = readCommandLine({
  usage: USAGE,
  flags: {
    profile: choice(PROFILE_NAMES, { default: "quick" }),
    out: text("a directory", { default: "data/results" }),
  },
  positionals: { name: "sweep", min: 1, max: 1, choices: SWEEPS.map((sweep) => sweep.name) },
});

try {
  const report = await mergeShards(sweepByName(positionals[0]!), {
    profile: flags.profile,
    outDir: flags.out,
  });
  console.log(
    `merged ${report.shards.length} shards into ${report.path}: ${report.rows} rows` +
      (report.missing > 0 ? `, ${report.missing} runs still missing` : ", complete"),
  );
} catch (error) {
  if (error instanceof ResultsFileError) {
    console.error(error.message);
    Deno.exit(1);
  }
  if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  Deno.exit(2);
}

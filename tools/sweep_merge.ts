/**
 * Merges the shard files of a sweep into its whole results file:
 * `deno task sweep:merge <name> [--profile quick|full] [--out DIR]`.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { sweepByName } from "../lib/chapters.ts";
import { mergeShards, PROFILE_NAMES, type ProfileName, ResultsFileError } from "../lib/lab.ts";

const USAGE = `Usage: deno task sweep:merge <name> [--profile quick|full] [--out DIR]

Merges DIR/<name>[.quick].shard-i-of-n.csv (every i from 1 to n, from \`deno task sweep
<name> --shard i/n\` runs, possibly on several machines) and any existing whole file into
DIR/<name>[.quick].csv, rows in canonical order, written atomically. Shard files are kept.

  --profile P   quick or full (default: quick)
  --out DIR     results directory (default: data/results)
  --help        this text`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profile: { type: "string", default: "quick" },
    out: { type: "string", default: "data/results" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  Deno.exit(0);
}

try {
  if (positionals.length !== 1) {
    throw new RangeError(`Expected one sweep name, received ${positionals.length}`);
  }
  const profile = values.profile as ProfileName;
  if (!PROFILE_NAMES.includes(profile)) {
    throw new RangeError(`Expected --profile quick or full, received "${values.profile}"`);
  }
  const report = await mergeShards(sweepByName(positionals[0]!), { profile, outDir: values.out });
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

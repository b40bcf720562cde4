/**
 * The W4 workload: every chapter's Run All, timed. Each notebook runs top to
 * bottom in a fresh Deno kernel (the quick profiles the chapters ship with), exactly as
 * `deno task tutorial` runs it, but nothing in `notebooks/` or `site/` is touched: the
 * executed copies go to `.tools/bench-tutorial/`.
 *
 * Prints one JSON line per chapter, `{"workload", "train_s", "ok", "loadavg"}`, where
 * `train_s` is the wall time from starting the kernel to the last output (kernel start-up,
 * every cell, every figure drawn), then a line with the total.
 *
 * Usage: `deno task bench:tutorial [name ...]` (names without `.ipynb`; all by default).
 *
 * @module
 */

import { join } from "node:path";
import { readCommandLine } from "../tools/_cli.ts";
import { executeNotebook, notebookNames, prepareKernel } from "../tools/notebook/execute.ts";

const NOTEBOOKS = "notebooks";
const WORK = ".tools/bench-tutorial";
const USAGE = `Usage: deno task bench:tutorial [chapter ...]

Times W4: runs every notebook in ${NOTEBOOKS}/ (or only the chapters named, e.g. 04_dying) top
to bottom in a fresh Deno kernel, as deno task tutorial does, without touching ${NOTEBOOKS}/ or
site/, and prints one JSON line per chapter and one with the total.

  --help   this text`;

const all = notebookNames(NOTEBOOKS);
const { positionals } = readCommandLine({
  usage: USAGE,
  flags: {},
  positionals: { name: "chapter", choices: all },
});
const names = all.filter((name) => positionals.length === 0 || positionals.includes(name));
const jupyterPath = await prepareKernel(WORK);

let total = 0, failed = 0;
for (const name of names) {
  const run = await executeNotebook(
    join(NOTEBOOKS, `${name}.ipynb`),
    join(WORK, `${name}.ipynb`),
    { jupyterPath },
  );
  total += run.seconds;
  if (!run.ok) failed++;
  console.log(JSON.stringify({
    workload: `W4 tutorial: ${name}`,
    train_s: Number(run.seconds.toFixed(1)),
    ok: run.ok,
    ...(!run.ok && { message: run.message }),
    loadavg: Deno.loadavg(),
  }));
}
console.log(JSON.stringify({
  workload: "W4 tutorial: all chapters",
  chapters: names.length,
  train_s: Number(total.toFixed(1)),
  failed,
}));
if (failed > 0) Deno.exit(1);

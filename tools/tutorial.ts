/**
 * `deno task tutorial`: executes every notebook in `notebooks/` in a fresh Deno kernel,
 * writes the rendered tutorial to `site/` (index.html plus one page per chapter, plots
 * interactive and offline), refreshes the committed notebooks' outputs (static PNG per
 * figure, no plotly.js), and prints where to open the site.
 *
 * Usage: `deno task tutorial [chapter ...]` (names without `.ipynb` pick chapters; all by default)
 *
 * @module
 */

import { join, resolve } from "node:path";
import { playground } from "../lib/chapters.ts";
import { readCommandLine } from "./_cli.ts";
import { committedForm, type Notebook, stringifyNotebook } from "./notebook/commit_form.ts";
import { APT_PACKAGES, executeNotebook, notebookNames, prepareKernel } from "./notebook/execute.ts";
import { type Chapter, notebookTitle, renderPage, writeIndex } from "./notebook/site.ts";

const NOTEBOOKS = "notebooks";
const SITE = "site";
const WORK = ".tools/tutorial";
const USAGE = `Usage: deno task tutorial [chapter ...]

Runs every notebook in ${NOTEBOOKS}/ (or only the chapters named, e.g. 04_dying) top to bottom
in a fresh Deno kernel, writes the rendered tutorial to ${SITE}/ (index.html and one page per
chapter, plots interactive and offline), refreshes the committed notebooks' outputs and
prints where to open the site. Needs Jupyter and Chromium:
apt-get install -y ${APT_PACKAGES}

  --help   this text`;

const all = notebookNames(NOTEBOOKS);
const { positionals } = readCommandLine({
  usage: USAGE,
  flags: {},
  positionals: { name: "chapter", choices: all },
});
const names = positionals.length === 0 ? all : all.filter((n) => positionals.includes(n));
const jupyterPath = await prepareKernel(WORK);
await Deno.mkdir(SITE, { recursive: true });
// The live playground: built for the browser, and a page of the site (chapter 9 links into it).
const { source: playgroundBundle } = await playground.buildPlayground();
await Deno.writeTextFile(
  join(SITE, "playground.html"),
  playground.playgroundPage(playgroundBundle),
);

let failures = 0;
for (const name of names) {
  const source = join(NOTEBOOKS, `${name}.ipynb`);
  const executed = join(WORK, `${name}.ipynb`);
  const run = await executeNotebook(source, executed, { jupyterPath });
  if (!run.ok) {
    failures++;
    console.error(`✗ ${name}: ${run.message}`);
    continue;
  }
  const nb: Notebook = JSON.parse(await Deno.readTextFile(executed));
  await renderPage(executed, SITE, name);
  await Deno.writeTextFile(source, stringifyNotebook(committedForm(nb)));
  console.log(`✓ ${name} executed in ${run.seconds.toFixed(1)} s → ${SITE}/${name}.html`);
}

// Every notebook with a page, including pages from earlier runs of other chapters.
const pages = new Set([...Deno.readDirSync(SITE)].map((e) => e.name));
const chapters: Chapter[] = all.filter((name) => pages.has(`${name}.html`)).map((name) => {
  const nb: Notebook = JSON.parse(Deno.readTextFileSync(join(NOTEBOOKS, `${name}.ipynb`)));
  return { name, title: notebookTitle(nb, name) };
});
const index = await writeIndex(SITE, chapters);
console.log(`Open the tutorial: file://${resolve(index)}`);
if (failures > 0) {
  console.error(`${failures} notebook(s) failed; their pages were not updated.`);
  Deno.exit(1);
}

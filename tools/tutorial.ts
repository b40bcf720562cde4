/**
 * `deno task tutorial`: executes every notebook in `notebooks/` in a fresh Deno kernel,
 * writes the rendered tutorial to `site/` (a landing page with the question, the verdict and
 * the chapter map, one page per chapter, the extra pages, all offline), refreshes the
 * committed notebooks' outputs (static PNG per figure, no plotly.js, no timing), and prints
 * where to open the site. It also says when README's chapter map is out of date
 * (`deno task readme` rewrites it).
 *
 * Usage: `deno task tutorial [chapter ...]` (names without `.ipynb` pick chapters; all by default)
 *
 * @module
 */

import { join, resolve } from "node:path";
import { CHAPTERS } from "../lib/chapters.ts";
import { readCommandLine } from "./_cli.ts";
import { committedForm, type Notebook, stringifyNotebook } from "./notebook/commit_form.ts";
import { APT_PACKAGES, executeNotebook, notebookNames, prepareKernel } from "./notebook/execute.ts";
import { chapterMap } from "./notebook/chapter_map.ts";
import { renderPage, writeAssets, writeLanding } from "./notebook/site.ts";
import type { SiteNav } from "./notebook/site_chrome.ts";
import { EXTRA_PAGES } from "./notebook/site_pages.ts";
import { readmeMapStatus } from "./readme.ts";

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
const nav: SiteNav = {
  chapters: await chapterMap(NOTEBOOKS, CHAPTERS),
  extras: EXTRA_PAGES.map(({ name, title }) => ({ name, title })),
};
await Deno.mkdir(SITE, { recursive: true });
await writeAssets(SITE);

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
  await renderPage(executed, SITE, name, nav);
  await Deno.writeTextFile(source, stringifyNotebook(committedForm(nb)));
  console.log(`✓ ${name} executed in ${run.seconds.toFixed(1)} s → ${SITE}/${name}.html`);
}

for (const page of EXTRA_PAGES) await page.write(SITE, nav);
const index = await writeLanding(SITE, nav);
const readme = await readmeMapStatus("README.md", nav.chapters);
if (!readme.upToDate) console.log("README's chapter map is out of date: run deno task readme");
console.log(`Open the tutorial: file://${resolve(index)}`);
if (failures > 0) {
  console.error(`${failures} notebook(s) failed; their pages were not updated.`);
  Deno.exit(1);
}

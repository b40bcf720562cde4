/**
 * The rendered tutorial: one page per executed notebook (nbconvert's lab page in the site's
 * frame, `tools/site_template/`), the landing page, the extra pages, and the site's own files
 * (`assets/`: its stylesheet, its script and plotly.js, so that nothing is fetched from
 * elsewhere and every page works from `file://`).
 *
 * A chapter page gets, beyond the notebook: the side bar with every page and its own
 * contents, previous/next links, the "show/hide code" switch, a link to its notebook file,
 * numbered figures with captions, and links to other notebooks pointing at their pages.
 *
 * @module
 */

import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { joinText, type NbOutput, type Notebook } from "./commit_form.ts";
import { chapterNumber, notebookTitle } from "./chapter_map.ts";
import type { ChapterEntry } from "./chapter_map.ts";
import { escapeHtml, inlineMarkdown, siteHref } from "./inline_markdown.ts";
import {
  ASSETS,
  chapterLabel,
  headAssets,
  HOME,
  pageShell,
  prevNext,
  sideBar,
  type SiteNav,
  type TocItem,
  tocList,
  topBar,
} from "./site_chrome.ts";
import { siteFigure } from "./site_figures.ts";
import { PLOTLY_CHUNK_MARKER } from "../../lib/display/plotly_source.ts";
import { loadPlotlySource } from "../../lib/display/plotly_source.ts";
import type { FigureSpec } from "../../lib/display/types.ts";

export { notebookTitle };

const _TOOLS = fileURLToPath(new URL("..", import.meta.url));
const _TEMPLATE = fileURLToPath(new URL("../site_template/", import.meta.url));
const _PLOTLY_JSON = "application/vnd.plotly.v1+json";
const _TOC = "<!--rl-toc-->";
const _TOC_INLINE = "<!--rl-toc-inline-->";

/** Where a page's notebook file is, seen from the site folder (a sibling of `notebooks/`). */
export const NOTEBOOKS_FROM_SITE = "../notebooks";

/**
 * Writes the site's own files into `<siteDir>/assets/`: the stylesheet, the script and
 * plotly.js.
 *
 * @param siteDir The site's folder.
 * @returns When written.
 */
export async function writeAssets(siteDir: string): Promise<void> {
  const dir = join(siteDir, ASSETS);
  await Deno.mkdir(dir, { recursive: true });
  for (const file of ["site.css", "site.js"]) {
    await Deno.copyFile(join(_TEMPLATE, file), join(dir, file));
  }
  await Deno.writeTextFile(join(dir, "plotly.min.js"), await loadPlotlySource());
}

/**
 * The notebook as its page shows it (a new object): plotly.js's outputs dropped (the page
 * loads it from `assets/`), each figure a numbered `<figure>` with its caption, and the
 * frame's HTML in the metadata the template reads.
 *
 * @param nb An executed notebook.
 * @param name Its name without `.ipynb`.
 * @param nav The site.
 * @returns The notebook to hand to nbconvert.
 */
export function pageNotebook(nb: Notebook, name: string, nav: SiteNav): Notebook {
  const number = chapterNumber(name);
  const prefix = Number.isFinite(number) ? `${number}.` : "";
  let figures = 0;
  const cells = nb.cells.map((cell) => {
    if (cell.cell_type !== "code") return cell;
    const outputs = (cell.outputs ?? []).flatMap((out): NbOutput[] => {
      const html = joinText(out.data?.["text/html"] as string | string[] | undefined);
      if (html.includes(PLOTLY_CHUNK_MARKER)) return [];
      const spec = out.data?.[_PLOTLY_JSON] as FigureSpec | undefined;
      if (spec === undefined) return [out];
      figures++;
      const png = out.data?.["image/png"] as string | undefined;
      return [{
        ...out,
        data: {
          "text/html": siteFigure(spec, png, `${prefix}${figures}`),
          "text/plain": out.data!["text/plain"] ?? "",
        },
      }];
    });
    return { ...cell, outputs };
  });
  const entry = nav.chapters.find((c) => c.name === name);
  const title = entry ? chapterLabel(entry) : notebookTitle(nb, name);
  const notebookLink = `${NOTEBOOKS_FROM_SITE}/${encodeURI(name)}.ipynb`;
  const before = `<a class="rl-skip" href="#rl-content">Skip to the chapter</a>\n` +
    `${topBar(title, true)}\n<div class="rl-layout">\n${sideBar(nav, name, _TOC)}\n` +
    `<main id="rl-content" class="rl-main">\n` +
    `<div class="rl-pagehead"><span>${
      Number.isFinite(number) ? `Chapter ${number}` : "relu-lab"
    }</span><span class="rl-links">The notebook: <a href="${notebookLink}">${
      escapeHtml(name)
    }.ipynb</a> (run it with <code>deno task jupyter</code>)</span></div>\n` +
    `<details class="rl-toc-inline"><summary>On this page</summary>${_TOC_INLINE}</details>`;
  const after = `${prevNext(nav, name)}\n</main>\n</div>`;
  return {
    ...nb,
    cells,
    metadata: {
      ...nb.metadata,
      title: `${title} · relu-lab`,
      relu_lab_site: { head: headAssets(true), before, after },
    },
  };
}

/**
 * The page's contents from its rendered headings (levels 2 and 3, with the ids nbconvert
 * gave them), filled into the side bar and the inline contents, and links to notebooks
 * pointed at their pages.
 *
 * @param html A page rendered from {@linkcode pageNotebook}.
 * @returns The finished page.
 */
export function finishPage(html: string): string {
  const start = html.indexOf('<main id="rl-content"');
  const toc: TocItem[] = [];
  const headings =
    /<h([23]) id="([^"]+)">([\s\S]*?)(?:<a class="anchor-link"[^>]*>[^<]*<\/a>)?<\/h\1>/g;
  for (const m of html.slice(Math.max(0, start)).matchAll(headings)) {
    const text = m[3]!.replace(/<[^>]*>/g, "").replace(/&#182;|¶/g, "");
    toc.push({ level: Number(m[1]), id: _unescape(m[2]!), text: _unescape(text).trim() });
  }
  return html
    .replace(_TOC, tocList(toc))
    .replace(_TOC_INLINE, tocList(toc, "rl-toc-list"))
    // Links to notebooks, in Markdown cells and Markdown outputs, go to their pages.
    .replace(/href="([^"]*)"/g, (whole, href: string) => {
      const target = siteHref(_unescape(href));
      return target === _unescape(href) ? whole : `href="${escapeHtml(target)}"`;
    });
}

/** Undoes the HTML escapes nbconvert writes in attributes and text. */
function _unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/**
 * Renders an executed notebook to `<siteDir>/<name>.html` with nbconvert, in the site's frame.
 *
 * @param executed Path of the executed notebook.
 * @param siteDir Output folder (its `assets/` are written by {@linkcode writeAssets}).
 * @param name Page name without `.html`.
 * @param nav The site; a site of this one page when absent.
 * @returns The page's path.
 */
export async function renderPage(
  executed: string,
  siteDir: string,
  name: string,
  nav?: SiteNav,
): Promise<string> {
  const nb: Notebook = JSON.parse(await Deno.readTextFile(executed));
  const site = nav ?? {
    chapters: [{ name, number: chapterNumber(name), title: notebookTitle(nb, name) }],
  };
  const prepared = join(dirname(executed), `${basename(executed, ".ipynb")}.site.ipynb`);
  await Deno.writeTextFile(prepared, JSON.stringify(pageNotebook(nb, name, site)));
  await Deno.mkdir(siteDir, { recursive: true });
  const args = [
    "nbconvert",
    "--to",
    "html",
    `--TemplateExporter.extra_template_basedirs=${_TOOLS}`,
    "--template",
    "site_template",
    "--output-dir",
    siteDir,
    "--output",
    name,
    prepared,
  ];
  const out = await new Deno.Command("jupyter", { args, stdout: "piped", stderr: "piped" })
    .output();
  await Deno.remove(prepared).catch(() => {});
  if (!out.success) {
    throw new Error(
      `jupyter nbconvert failed on ${executed}: ${new TextDecoder().decode(out.stderr)}`,
    );
  }
  const path = join(siteDir, `${name}.html`);
  await Deno.writeTextFile(path, finishPage(await Deno.readTextFile(path)));
  return path;
}

/** What the landing page says beyond the chapter map. */
const _QUESTION = "Is Leaky ReLU really an improvement over ReLU?";
const _LEAD = `An article argues that Leaky ReLU fixes ReLU's dying units, and that in practice it
is nonetheless at best slightly better than ReLU. This tutorial tests each step of that argument
with experiments over many seeds, and says where it holds, where it does not, and how sure the
numbers are.`;
const _ARGUMENT = `The argument: ReLU, max(0, x), has a gradient of 1 or 0, so deep networks do
not lose their gradient the way sigmoid networks do, and ReLU networks draw decision boundaries
with corners where tanh draws curves. A unit pushed to large negative inputs outputs 0, gets a
gradient of 0 and never updates again: it is dead, after a bad initialisation or an update that
overshoots. Leaky ReLU, max(ax, x), leaks a little gradient so that no unit can die, and PReLU
learns the slope a. Yet biases, batch norm, L1/L2, dropout and sane learning rates keep units
alive, dead units may fire on new data, and in a large network a few dead units act like a fixed
dropout: hence "at best slightly better".`;

/**
 * Writes the landing page, `<siteDir>/index.html`: the question, the verdict with its key
 * numbers (the verdict chapter's headline, when it has a chapter module), and the chapter
 * map with each chapter's question and one-line finding (the same text as README's map).
 *
 * @param siteDir Output folder.
 * @param nav The site; its chapters' headlines come from their committed results.
 * @returns The page's path.
 */
export async function writeLanding(siteDir: string, nav: SiteNav): Promise<string> {
  const verdict = nav.chapters.find((c) => /verdict/.test(c.name));
  const verdictText = verdict?.headline !== undefined
    ? `<p>${inlineMarkdown(verdict.headline)}.</p>`
    : `<p class="rl-pending">The verdict chapter has no summary from its committed results yet.</p>`;
  const verdictLink = verdict
    ? `<p><a href="${encodeURI(verdict.name)}.html">Read ${
      escapeHtml(chapterLabel(verdict))
    } →</a></p>`
    : "";
  const item = (c: ChapterEntry) =>
    `<li id="chapter-${encodeURI(c.name)}"><h3><a href="${encodeURI(c.name)}.html">${
      escapeHtml(chapterLabel(c))
    }</a></h3>` +
    (c.question ? `<p class="rl-question">${escapeHtml(c.question)}</p>` : "") +
    (c.headline
      ? `<p class="rl-finding">${inlineMarkdown(c.headline)}.</p>`
      : `<p class="rl-pending">Its findings are in the chapter.</p>`) +
    `</li>`;
  const main = `<article class="rl-article">
<h1>${escapeHtml(_QUESTION)}</h1>
<p class="rl-lead">${escapeHtml(_LEAD.replace(/\n/g, " "))}</p>
<p>${escapeHtml(_ARGUMENT.replace(/\n/g, " "))}</p>
<section class="rl-verdict" aria-labelledby="verdict"><h2 id="verdict">The verdict</h2>
${verdictText}
${verdictLink}</section>
<h2 id="chapters">The chapters</h2>
<p>Each finding below is computed from the chapter's committed full-profile runs
(<code>data/results/</code>), the same values the chapter quotes.</p>
<ol class="rl-map">
${nav.chapters.map(item).join("\n")}
</ol>
<h2 id="about">How this site is made</h2>
<p>Every chapter is a notebook in <code>notebooks/</code>, executed top to bottom in a fresh
Deno kernel by <code>deno task tutorial</code>, which writes these pages. Figures are
interactive (hover, zoom, sliders) and need nothing from the network; printed, each figure is
its static picture. The switch at the top of a chapter hides its code for a reader who wants
only the argument.</p>
</article>`;
  await Deno.mkdir(siteDir, { recursive: true });
  const path = join(siteDir, `${HOME}.html`);
  await Deno.writeTextFile(path, pageShell(nav, { title: _QUESTION, current: HOME, main }));
  return path;
}

/**
 * The rendered tutorial: one HTML page per executed notebook (nbconvert's lab page without
 * network fetches, `tools/site_template/`) and an index page listing the chapters.
 *
 * @module
 */

import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { joinText, type Notebook } from "./commit_form.ts";

const _TOOLS = fileURLToPath(new URL("..", import.meta.url));

/** One chapter on the index page. */
export interface Chapter {
  /** Notebook name without `.ipynb`, e.g. `"01_relu"`; the page is `<name>.html`. */
  name: string;
  /** The notebook's first Markdown heading. */
  title: string;
}

/**
 * The first Markdown heading of a notebook, without the `#`s.
 *
 * @param nb The notebook.
 * @param fallback Used when there is no heading.
 * @returns The title.
 */
export function notebookTitle(nb: Notebook, fallback: string): string {
  for (const cell of nb.cells) {
    if (cell.cell_type !== "markdown") continue;
    const heading = /^#+\s+(.+)$/m.exec(joinText(cell.source));
    if (heading) return heading[1]!.trim();
  }
  return fallback;
}

/**
 * Renders an executed notebook to `<siteDir>/<name>.html` with nbconvert.
 *
 * @param executed Path of the executed notebook.
 * @param siteDir Output folder.
 * @param name Page name without `.html`.
 * @returns The page's path.
 */
export async function renderPage(executed: string, siteDir: string, name: string): Promise<string> {
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
    executed,
  ];
  const out = await new Deno.Command("jupyter", { args, stdout: "piped", stderr: "piped" })
    .output();
  if (!out.success) {
    throw new Error(
      `jupyter nbconvert failed on ${executed}: ${new TextDecoder().decode(out.stderr)}`,
    );
  }
  return join(siteDir, `${name}.html`);
}

/**
 * Writes `<siteDir>/index.html`, the chapter list.
 *
 * @param siteDir Output folder.
 * @param chapters The chapters, in order.
 * @returns The index page's path.
 */
export async function writeIndex(siteDir: string, chapters: readonly Chapter[]): Promise<string> {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const items = chapters
    .map((c) => `<li><a href="${encodeURI(basename(c.name))}.html">${escape(c.title)}</a></li>`)
    .join("\n");
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>relu-lab: is Leaky ReLU really an improvement over ReLU?</title>
<style>body{font-family:sans-serif;max-width:760px;margin:40px auto;line-height:1.5;padding:0 16px}
li{margin:6px 0}</style></head>
<body>
<h1>relu-lab</h1>
<p>Is Leaky ReLU really an improvement over ReLU? Each chapter below is a notebook, executed
top to bottom by <code>deno task tutorial</code>; its plots are interactive and work offline.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
  const path = join(siteDir, "index.html");
  await Deno.writeTextFile(path, html);
  return path;
}

/**
 * The frame around every page of the rendered tutorial: the head's stylesheet and scripts
 * (local files only), a top bar with the "show/hide code" switch, a side bar with every page
 * (the current one marked, with its contents), previous/next links, and a whole page for
 * content that is not a notebook (the landing page, extra pages such as a playground).
 *
 * @module
 */

import type { ChapterEntry } from "./chapter_map.ts";
import { escapeHtml } from "./inline_markdown.ts";

/** A page of the site that is not a chapter, e.g. a playground. */
export interface ExtraPageLink {
  /** File name without `.html`. */
  readonly name: string;
  /** Its title in the side bar. */
  readonly title: string;
}

/** Everything the frame of a page needs to know about the site. */
export interface SiteNav {
  /** The chapters, in order. */
  readonly chapters: readonly ChapterEntry[];
  /** Other pages, listed after the chapters. @default [] */
  readonly extras?: readonly ExtraPageLink[];
}

/** One heading of a page's contents. */
export interface TocItem {
  /** The heading's element id. */
  readonly id: string;
  /** Its text. */
  readonly text: string;
  /** 2 or 3. */
  readonly level: number;
}

/** The landing page's name. */
export const HOME = "index";

/** Where the site's own files live, relative to its pages. */
export const ASSETS = "assets";

/** The head's stylesheet and scripts; plotly.js only where a page draws figures. */
export function headAssets(plotly: boolean): string {
  return `<link rel="stylesheet" href="${ASSETS}/site.css">\n` +
    `<script src="${ASSETS}/site.js"></script>\n` +
    (plotly ? `<script src="${ASSETS}/plotly.min.js"></script>\n` : "");
}

/** A chapter's label in lists: "7. Remedies for dying ReLUs". */
export function chapterLabel(c: ChapterEntry): string {
  return Number.isFinite(c.number) ? `${c.number}. ${c.title}` : c.title;
}

/** The top bar: home link, the page's title, the code switch (chapters only), the menu button. */
export function topBar(title: string, codeSwitch: boolean): string {
  return `<header class="rl-topbar">\n` +
    `<button class="rl-menu" type="button" aria-controls="rl-nav" aria-expanded="false">☰ Chapters</button>\n` +
    `<a class="rl-home" href="${HOME}.html">relu-lab</a>\n` +
    `<span class="rl-topbar-title">${escapeHtml(title)}</span>\n` +
    (codeSwitch
      ? `<button class="rl-code-toggle" type="button" aria-pressed="false">Hide code</button>\n`
      : "") +
    `</header>`;
}

/** The contents of a page as a list of links. */
export function tocList(toc: readonly TocItem[], className = "rl-toc"): string {
  if (toc.length === 0) return "";
  const items = toc.map((t) =>
    `<li class="rl-toc-${t.level}"><a href="#${escapeHtml(t.id)}">${escapeHtml(t.text)}</a></li>`
  );
  return `<ol class="${className}">${items.join("")}</ol>`;
}

/**
 * The side bar: the landing page, every chapter and the extra pages, the current one marked
 * (`aria-current="page"`) with its contents under it.
 *
 * @param nav The site.
 * @param current The current page's name (`"index"`, a notebook or an extra page).
 * @param toc The current page's contents (chapters), or a placeholder to fill in later.
 * @returns A `<nav>` element.
 */
export function sideBar(nav: SiteNav, current: string, toc: string): string {
  const item = (name: string, label: string, number?: number) => {
    const here = name === current;
    const text = number !== undefined && Number.isFinite(number)
      ? `<span class="rl-num">${number}.</span> ${escapeHtml(label)}`
      : escapeHtml(label);
    return `<li${here ? ' aria-current="page"' : ""}><a href="${
      encodeURI(name)
    }.html">${text}</a>` +
      `${here ? toc : ""}</li>`;
  };
  const chapters = nav.chapters.map((c) => item(c.name, c.title, c.number)).join("\n");
  const extras = (nav.extras ?? []).map((p) => item(p.name, p.title)).join("\n");
  return `<nav id="rl-nav" class="rl-nav" aria-label="Chapters">\n` +
    `<h2>relu-lab</h2><ol>${item(HOME, "The question and the verdict")}</ol>\n` +
    `<h2>Chapters</h2><ol>\n${chapters}\n</ol>\n` +
    (extras ? `<h2>More</h2><ol>\n${extras}\n</ol>\n` : "") +
    `</nav>`;
}

/** The pages in reading order: the landing page, then the chapters, then the extra pages. */
function _order(nav: SiteNav): { name: string; label: string }[] {
  return [
    { name: HOME, label: "The question and the verdict" },
    ...nav.chapters.map((c) => ({ name: c.name, label: chapterLabel(c) })),
    ...(nav.extras ?? []).map((p) => ({ name: p.name, label: p.title })),
  ];
}

/**
 * Links to the previous and the next page in reading order.
 *
 * @param nav The site.
 * @param current The current page's name.
 * @returns A `<nav>` element (empty links are left out).
 */
export function prevNext(nav: SiteNav, current: string): string {
  const order = _order(nav);
  const k = order.findIndex((p) => p.name === current);
  const prev = k > 0 ? order[k - 1] : undefined;
  const next = k >= 0 && k + 1 < order.length ? order[k + 1] : undefined;
  const link = (p: { name: string; label: string } | undefined, rel: "prev" | "next") =>
    p === undefined ? "" : `<a class="rl-${rel}" rel="${rel}" href="${encodeURI(p.name)}.html">` +
      `${rel === "prev" ? "← " : ""}${escapeHtml(p.label)}${rel === "next" ? " →" : ""}</a>`;
  return `<nav class="rl-prevnext" aria-label="Previous and next">${link(prev, "prev")}${
    link(next, "next")
  }</nav>`;
}

/** Options of {@linkcode pageShell}. */
export interface ShellOptions {
  /** The page's title (the browser tab says "<title> · relu-lab"). */
  readonly title: string;
  /** The page's name, marked in the side bar. */
  readonly current: string;
  /** The page's content, HTML. */
  readonly main: string;
  /** Extra elements for the head (scripts of an extra page). @default "" */
  readonly head?: string;
  /** Whether the page draws plotly figures (loads plotly.js). @default false */
  readonly plotly?: boolean;
}

/**
 * A whole page in the site's frame, for pages that are not notebooks: the landing page, and
 * extra pages such as a playground (see `site_pages.ts`).
 *
 * @param nav The site.
 * @param options Title, name, content, head.
 * @returns The HTML document.
 */
export function pageShell(nav: SiteNav, options: ShellOptions): string {
  const { title, current, main, head = "", plotly = false } = options;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · relu-lab</title>
${headAssets(plotly)}${head}</head>
<body class="rl-site">
<a class="rl-skip" href="#rl-content">Skip to the content</a>
${topBar(title, false)}
<div class="rl-layout">
${sideBar(nav, current, "")}
<main id="rl-content" class="rl-main">
${main}
${prevNext(nav, current)}
</main>
</div>
</body>
</html>
`;
}

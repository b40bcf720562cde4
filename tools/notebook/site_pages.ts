/**
 * The site's pages that are not notebooks, besides the landing page: the hook for pages such
 * as a live playground. Each entry writes its page into the site folder (and any files it
 * needs under `assets/`), using `pageShell` for the site's frame; `deno task tutorial` writes
 * every entry and lists it in every page's side bar, after the chapters.
 *
 * @example An entry
 * ```ts
 * import { pageShell } from "./site_chrome.ts";
 * import type { ExtraPage } from "./site_pages.ts";
 *
 * const hello: ExtraPage = {
 *   name: "hello",
 *   title: "Hello",
 *   async write(siteDir, nav) {
 *     const main = `<article class="rl-article"><h1>Hello</h1></article>`;
 *     await Deno.writeTextFile(`${siteDir}/hello.html`, pageShell(nav, { title: "Hello", current: "hello", main }));
 *   },
 * };
 * ```
 *
 * @module
 */

import { join } from "node:path";
import { playground } from "../../lib/chapters.ts";
import type { ExtraPageLink, SiteNav } from "./site_chrome.ts";

/** A page of the site that is not a notebook. */
export interface ExtraPage extends ExtraPageLink {
  /**
   * Writes `<siteDir>/<name>.html` (and its assets).
   * @param siteDir The site's folder.
   * @param nav The site, for `pageShell` (the side bar, previous/next links).
   */
  write(siteDir: string, nav: SiteNav): Promise<void>;
}

/** The live playground (chapter 9 links into it): built for the browser, one page. */
const _PLAYGROUND: ExtraPage = {
  name: "playground",
  title: "The playground",
  async write(siteDir) {
    const { source } = await playground.buildPlayground();
    await Deno.writeTextFile(join(siteDir, "playground.html"), playground.playgroundPage(source));
  },
};

/** The extra pages, in the order the side bar lists them. */
export const EXTRA_PAGES: readonly ExtraPage[] = [_PLAYGROUND];

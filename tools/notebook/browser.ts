/**
 * Real-browser checks of rendered notebooks: headless Chromium with every request outside
 * the machine blocked (and recorded), a count of the figures plotly drew, and screenshots.
 *
 * @module
 */

import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { join } from "node:path";
import { FIGURE_CLASS } from "../../lib/display/html.ts";
import { CHROMIUM_FLAGS } from "../../lib/display/png.ts";

/** Where the browser checks put their screenshots. */
export const SCREENSHOT_DIR = "tests/.out/browser";

/**
 * Runs `body` with a fresh headless Chromium (its own profile under `profileDir`), then
 * closes it.
 *
 * @param profileDir A writable folder for the browser profile (emptied first).
 * @param body What to do with the browser.
 * @returns What `body` returns.
 */
export async function withBrowser<T>(
  profileDir: string,
  body: (browser: Browser) => Promise<T>,
): Promise<T> {
  await Deno.remove(profileDir, { recursive: true }).catch(() => {});
  await Deno.mkdir(profileDir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    pipe: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`],
  });
  try {
    return await body(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Opens a page that may load only local files, data URLs and servers on 127.0.0.1.
 *
 * @param browser The browser.
 * @returns The page and the list of URLs it tried to fetch from elsewhere (all blocked).
 */
export async function openOfflinePage(
  browser: Browser,
): Promise<{ page: Page; blocked: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    const local = ["file:", "data:", "blob:", "about:"].includes(url.protocol) ||
      url.hostname === "127.0.0.1";
    if (local) return void request.continue();
    blocked.push(request.url());
    return void request.abort();
  });
  return { page, blocked };
}

/**
 * Counts relu-lab figures on a page and those plotly has drawn (an `svg.main-svg` inside).
 *
 * @param page The page.
 * @returns Figure divs, drawn figures, and all `svg.main-svg` elements.
 */
export function countFigures(
  page: Page,
): Promise<{ figures: number; drawn: number; svgs: number }> {
  return page.evaluate((cls) => {
    // Runs in the page; Deno's types have no DOM, so the little used is typed here.
    type El = { querySelector(selector: string): unknown };
    const doc = (globalThis as unknown as {
      document: { querySelectorAll(selector: string): ArrayLike<El> };
    }).document;
    const figures = Array.from(doc.querySelectorAll(`.${cls}`));
    return {
      figures: figures.length,
      drawn: figures.filter((f) => f.querySelector("svg.main-svg")).length,
      svgs: doc.querySelectorAll("svg.main-svg").length,
    };
  }, FIGURE_CLASS);
}

/**
 * Waits until `expected` figures are drawn, or the time runs out.
 *
 * @param page The page.
 * @param expected How many figures should be drawn.
 * @param timeoutMs Longest wait.
 * @returns The last count seen.
 */
export async function waitForFigures(
  page: Page,
  expected: number,
  timeoutMs: number,
): Promise<{ figures: number; drawn: number; svgs: number }> {
  const deadline = Date.now() + timeoutMs;
  let counts = await countFigures(page);
  while (counts.drawn < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    counts = await countFigures(page);
  }
  return counts;
}

/**
 * Saves a full-page screenshot under {@linkcode SCREENSHOT_DIR}.
 *
 * @param page The page.
 * @param name File name without `.png`.
 * @returns The screenshot's path.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await Deno.mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

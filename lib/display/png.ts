/**
 * Static PNGs of figures, drawn by plotly.js in headless Chromium.
 *
 * The browser starts on the first request (about 2 s) and is reused: each later PNG takes
 * tens of milliseconds. It talks to us over a pipe, so it ends with this process even if the
 * process is killed; {@linkcode closeBrowser} ends it earlier. Without a browser, figures
 * still work (no PNG) and a note says so once.
 *
 * @module
 */

import type { Browser, Page } from "puppeteer-core";
import type { FigureSpec } from "./types.ts";
import { loadPlotlySource } from "./plotly_source.ts";
import { makeProfile } from "./_browser_profile.ts";

/** Where to look for Chromium, first match wins (`RELU_LAB_CHROMIUM` overrides). */
const _CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
/** Flags for a headless Chromium that makes no network requests of its own (shared with the browser checks). */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface _Session {
  browser: Browser;
  page: Page;
  profile: string;
}

/** The shared browser, by executable path; `ready` is undefined when it failed to start. */
let _session: { path: string; ready: Promise<_Session | undefined> } | undefined;
let _noted = false;

/**
 * Finds a Chromium executable: `$RELU_LAB_CHROMIUM`, else a usual install path. Setting
 * `RELU_LAB_CHROMIUM=none` turns static PNGs off.
 *
 * @returns Its path, or `undefined` when none is installed (or readable), or turned off.
 *
 * @example
 * ```ts
 * import { findBrowser } from "./png.ts";
 * import { expect } from "chai";
 *
 * const path = findBrowser();
 * expect(path === undefined || path.includes("/")).to.equal(true);
 * ```
 */
export function findBrowser(): string | undefined {
  if (_envPath() === "none") return undefined;
  const paths = [_envPath(), ..._CANDIDATES].filter((p): p is string => p !== undefined);
  return paths.find((p) => {
    try {
      return Deno.statSync(p).isFile;
    } catch {
      return false;
    }
  });
}

/**
 * Draws a figure as a PNG, starting the shared browser if needed.
 *
 * @param spec The figure; its `layout.height` (default 420) and a width of 800 px set the size.
 * @returns The PNG, base64-encoded, or `undefined` without a browser (noted once on stderr).
 *
 * @example Usage; here with PNGs switched off, as for a run that needs no images
 * ```ts
 * import { renderPng } from "./png.ts";
 * import { expect } from "chai";
 *
 * Deno.env.set("RELU_LAB_CHROMIUM", "none");
 * const png = await renderPng({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 * expect(png).to.equal(undefined); // else a base64 PNG, 800 px wide
 * Deno.env.delete("RELU_LAB_CHROMIUM");
 * ```
 */
export async function renderPng(spec: FigureSpec): Promise<string | undefined> {
  const path = findBrowser();
  if (!path) {
    noteNoPngOnce(missingBrowserReason());
    return undefined;
  }
  if (_session?.path !== path) {
    // Assigned before any await, so concurrent calls share one launch.
    const closed = closeBrowser();
    _session = { path, ready: closed.then(() => _launch(path)) };
  }
  const session = await _session.ready;
  if (!session) return undefined;
  const height = typeof spec.layout.height === "number" ? spec.layout.height : 420;
  const url = await session.page.evaluate(
    (figure, size) => {
      const plotly = (globalThis as unknown as {
        Plotly: { toImage(f: unknown, o: unknown): Promise<string> };
      }).Plotly;
      return plotly.toImage(figure, { format: "png", ...size });
    },
    { data: spec.data, layout: spec.layout },
    { width: 800, height },
  );
  return url.slice(url.indexOf(",") + 1);
}

/**
 * Closes the shared browser, if one runs, and deletes its temporary profile.
 *
 * @returns When it is closed; a later {@linkcode renderPng} starts a new one.
 *
 * @example Safe to call when no browser runs
 * ```ts
 * import { closeBrowser } from "./png.ts";
 *
 * await closeBrowser();
 * ```
 */
export async function closeBrowser(): Promise<void> {
  const pending = _session;
  _session = undefined;
  const session = await pending?.ready;
  if (!session) return;
  await session.browser.close();
  await Deno.remove(session.profile, { recursive: true }).catch(() => {});
}

/**
 * Prints, once per process, why figures carry no static image (library-internal).
 *
 * @param reason What is missing, e.g. `"no Chromium found"`.
 * @returns Whether the note was printed now.
 */
export function noteNoPngOnce(reason: string): boolean {
  if (_noted) return false;
  _noted = true;
  console.error(
    `Figures have no static PNG (${reason}); they still draw interactively. ` +
      `Install Debian's chromium (apt-get install chromium) for PNGs.`,
  );
  return true;
}

/** Starts Chromium with plotly.js loaded in one page, or notes why it cannot. */
async function _launch(executablePath: string): Promise<_Session | undefined> {
  const profile = await makeProfile();
  try {
    const { default: puppeteer } = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      executablePath,
      pipe: true,
      args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
    });
    const page = await browser.newPage();
    await page.addScriptTag({ content: await loadPlotlySource() });
    return { browser, page, profile };
  } catch (error) {
    await Deno.remove(profile, { recursive: true }).catch(() => {});
    noteNoPngOnce(`Chromium at ${executablePath} failed to start: ${(error as Error).message}`);
    return undefined;
  }
}

/** Why {@linkcode findBrowser} found nothing (library-internal). */
export function missingBrowserReason(): string {
  return _envPath() === "none" ? "turned off by RELU_LAB_CHROMIUM=none" : "no Chromium found";
}

/** `$RELU_LAB_CHROMIUM`, or undefined when unset or not readable. */
function _envPath(): string | undefined {
  try {
    return Deno.env.get("RELU_LAB_CHROMIUM");
  } catch {
    return undefined;
  }
}

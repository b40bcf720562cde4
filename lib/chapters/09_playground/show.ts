/**
 * The playground in a notebook: {@linkcode setupPlayground} builds the browser bundle and sends
 * it once; {@linkcode openPlayground} returns a cell value that shows a live playground in a
 * starting state, with a static PNG of that state for viewers that run no script.
 *
 * @module
 */

import type { Browser } from "puppeteer-core";
import {
  type Displayable,
  displayBundle,
  inJupyterKernel,
  JUPYTER_DISPLAY,
  type MimeBundle,
} from "../../display/kernel.ts";
import { CHROMIUM_FLAGS, findBrowser } from "../../display/png.ts";
import { buildPlayground } from "../../playground/build.ts";
import { normalizeConfig, type PlaygroundConfig } from "../../playground/config.ts";
import { playgroundBundleHtml, playgroundCellHtml, scriptText } from "../../playground/page.ts";
import { configToQuery } from "../../playground/url.ts";
import { type Markdown, markdown } from "../../display/markdown.ts";
import { PLAYGROUND_STATES, type PlaygroundStateName, stateLink } from "./states.ts";
import type { NetworkState, Session } from "../../playground/session.ts";
import { formatNumber } from "../../playground/format.ts";

let _bundle: Promise<string> | undefined;

/** The browser bundle, built once per process. */
export function playgroundBundle(): Promise<string> {
  _bundle ??= buildPlayground().then((build) => build.source);
  return _bundle;
}

/** What {@linkcode setupPlayground} did. */
export interface PlaygroundSetup extends Displayable {
  /** The bundle's size in bytes. */
  readonly bytes: number;
}

/**
 * Builds the playground's bundle and, in a notebook, sends it as one output, so that every
 * later {@linkcode openPlayground} cell can mount a live playground.
 *
 * @returns A status line as the cell's value.
 */
export async function setupPlayground(): Promise<PlaygroundSetup> {
  const source = await playgroundBundle();
  if (inJupyterKernel()) {
    await displayBundle({
      "text/html": playgroundBundleHtml(source),
    });
  }
  const line = `Playground ready: relu-lab's layers, fit and kernels bundled for the browser ` +
    `(${Math.round(source.length / 1024)} KB, offline)`;
  return { bytes: source.length, [JUPYTER_DISPLAY]: () => ({ "text/plain": line }) };
}

let _browser: Promise<Browser | undefined> | undefined;

let _cellsShown = 0;

/**
 * The element id of the next playground cell: a count within this kernel, so that
 * re-running an unchanged notebook writes the same output (a random id would rewrite it).
 */
function _cellId(): string {
  return `playground-cell-${++_cellsShown}`;
}

async function _launch(): Promise<Browser | undefined> {
  const path = findBrowser();
  if (!path) return undefined;
  const { default: puppeteer } = await import("puppeteer-core");
  const profile = await Deno.makeTempDir({ prefix: "relu-lab-playground-" });
  return await puppeteer.launch({
    executablePath: path,
    pipe: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
  });
}

/**
 * A picture of the playground in its starting state (its top: controls, boundaries and unit
 * maps), drawn by headless Chromium, as a JPEG to keep the committed notebook small.
 *
 * @param config The settings.
 * @returns Base64 JPEG, or `undefined` without a browser.
 */
export async function playgroundPicture(
  config: Readonly<PlaygroundConfig>,
): Promise<string | undefined> {
  _browser ??= _launch();
  const browser = await _browser;
  if (!browser) return undefined;
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1100, height: 800 });
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="p"></div>` +
        `<script>${scriptText(await playgroundBundle())}</script><script>` +
        `ReluPlayground.mount(document.getElementById("p"), { config: ${
          scriptText(JSON.stringify(config))
        } });` +
        `</script></body></html>`,
      { waitUntil: "load" },
    );
    const box = (await (await page.$("#p"))!.boundingBox())!;
    const clip = {
      x: box.x,
      y: box.y,
      width: box.width,
      height: Math.min(box.height, 760),
      scale: 0.75,
    };
    return (await page.screenshot({
      encoding: "base64",
      type: "jpeg",
      quality: 70,
      clip,
    })) as string;
  } finally {
    await page.close();
  }
}

/** Closes the browser {@linkcode playgroundPicture} started, if any. */
export async function closePlaygroundBrowser(): Promise<void> {
  const browser = await _browser;
  _browser = undefined;
  await browser?.close();
}

/** A playground as a cell's value. */
export interface PlaygroundCell extends Displayable {
  /** The settings it starts from. */
  readonly config: PlaygroundConfig;
  /** Its settings as URL query text (append to `playground.html#`). */
  readonly query: string;
}

/**
 * A live playground in a starting state, as a cell's value: it draws in classic Notebook and
 * in the rendered site (after {@linkcode setupPlayground}), and shows a static picture of the
 * starting state where no script runs.
 *
 * @param start A chapter state's name, or settings (partial; clamped with notes like the URL's).
 * @returns The cell value.
 * @throws {RangeError} For settings the playground refuses (the message names the parameter).
 *
 * @example The state "ReLU vs Leaky ReLU at learning rate 3"
 * ```ts
 * import { openPlayground } from "./show.ts";
 * import { expect } from "chai";
 *
 * expect(openPlayground("lr3").query).to.equal("learningRate=3");
 * expect(() => openPlayground({ learningRate: "fast" } as never)).to.throw(/learningRate/);
 * ```
 */
export function openPlayground(
  start: PlaygroundStateName | Partial<PlaygroundConfig>,
): PlaygroundCell {
  const settings = typeof start === "string"
    ? structuredClone(PLAYGROUND_STATES[start]?.settings)
    : start;
  if (settings === undefined) {
    throw new RangeError(
      `Expected start to be one of ${
        Object.keys(PLAYGROUND_STATES).join(", ")
      } or settings, received ${JSON.stringify(start)}`,
    );
  }
  const { config, notes } = normalizeConfig(settings);
  if (notes.length > 0) throw new RangeError(notes.map((n) => n.message).join("; "));
  const query = configToQuery(config);
  return {
    config,
    query,
    async [JUPYTER_DISPLAY](): Promise<MimeBundle> {
      const picture = await playgroundPicture(config);
      return {
        "text/html": playgroundCellHtml(config, picture, _cellId()),
        "text/plain": `Playground: playground.html#${query}`,
      };
    },
  };
}

/**
 * The chapter's states as links into the site's playground page (`playground.html`, beside
 * the chapter's page on the site).
 *
 * @returns A Markdown list, one link per state.
 *
 * @example
 * ```ts
 * import { playgroundLinks } from "./show.ts";
 * import { expect } from "chai";
 *
 * expect(playgroundLinks().text).to.contain("(playground.html#learningRate=3)");
 * ```
 */
export function playgroundLinks(): Markdown {
  return markdown(
    Object.values(PLAYGROUND_STATES).map((state) =>
      `- [${state.title}](${stateLink(state.name as PlaygroundStateName)})`
    ).join("\n"),
  );
}

/**
 * A run's numbers as a table: one column per network.
 *
 * @param session A Deno run of the playground.
 * @returns Markdown that displays itself.
 *
 * @example
 * ```ts
 * import { sessionTable } from "./show.ts";
 * import { Session } from "../../playground/session.ts";
 * import { expect } from "chai";
 *
 * const run = new Session({ points: 100 });
 * await run.step(2);
 * expect(sessionTable(run).text).to.contain("| step | 2 | 2 |");
 * run.stop();
 * ```
 */
export function sessionTable(session: Session): Markdown {
  const states: NetworkState[] = session.trainers.map((_, i) => session.networkState(i));
  const names = session.trainers.length === 1 ? ["network"] : ["left", "right"];
  const row = (label: string, cell: (s: NetworkState) => string) =>
    `| ${label} | ${states.map(cell).join(" | ")} |`;
  const layers = (counts: number[]) => counts.join(", ");
  return markdown([
    `| | ${names.join(" | ")} |`,
    `| --- | ${names.map(() => "---").join(" | ")} |`,
    row("step", (s) => String(s.step)),
    row("loss (test)", (s) => `${formatNumber(s.loss)} (${formatNumber(s.testLoss)})`),
    row("accuracy (test)", (s) => `${formatNumber(s.accuracy)} (${formatNumber(s.testAccuracy)})`),
    row("dead units per layer", (s) => `${layers(s.deadUnits)} of ${layers(s.units)}`),
    row("inactive units per layer", (s) => layers(s.inactiveUnits)),
    row("nearly dead units per layer", (s) => layers(s.nearlyDeadUnits)),
    row("diverged at step", (s) => s.divergedAtStep === null ? "no" : String(s.divergedAtStep)),
  ].join("\n"));
}

/**
 * The first cell of every notebook: `await setupNotebook();` embeds plotly.js once, offline,
 * so every later figure draws interactively, and reports whether figures get static PNGs.
 *
 * @module
 */

import {
  type Displayable,
  displayBundle,
  inJupyterKernel,
  JUPYTER_DISPLAY,
  type MimeBundle,
} from "./kernel.ts";
import { requireInteger } from "../core/_validate.ts";
import { loadPlotlySource, plotlyChunks, plotlyVersion } from "./plotly_source.ts";
import { findBrowser, missingBrowserReason, noteNoPngOnce } from "./png.ts";

/** Options of {@linkcode setupNotebook}. */
export interface SetupOptions {
  /**
   * Characters of plotly.js per output; large single outputs break the Deno 2.9.6 kernel.
   * @default 262144
   */
  chunkSize?: number;
}

/** What {@linkcode setupNotebook} did; as a cell's value it shows a one-line status. */
export interface NotebookSetup extends Displayable {
  /** plotly.js version embedded, e.g. `"4.1.1"`. */
  plotly: string;
  /** Number of outputs plotly.js was sent in (0 outside a notebook). */
  chunks: number;
  /** Chromium used for static PNGs, or `undefined` when none was found. */
  browser: string | undefined;
  /** The status line, e.g. `Figures ready: plotly.js 4.1.1 embedded offline (6 parts); ...`. */
  [JUPYTER_DISPLAY](): MimeBundle;
}

/**
 * Prepares a notebook for figures. In the kernel it sends plotly.js as a few script outputs
 * (each awaited, 20 ms apart); elsewhere it only reports. The result, left as the cell's
 * value, shows the plotly.js version and whether figures get static PNGs.
 *
 * @param options Chunk size.
 * @returns The plotly.js version, chunks sent and the browser found for PNGs.
 *
 * @example Outside a notebook nothing is sent
 * ```ts
 * import { JUPYTER_DISPLAY, setupNotebook } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const setup = await setupNotebook();
 * expect(setup.chunks).to.equal(0);
 * expect(setup.plotly).to.match(/^\d+\./);
 * expect(setup[JUPYTER_DISPLAY]()["text/plain"]).to.match(/^Figures ready: plotly\.js/);
 * ```
 */
export async function setupNotebook(options: SetupOptions = {}): Promise<NotebookSetup> {
  const { chunkSize = 262_144 } = options;
  requireInteger("chunkSize", chunkSize, 1);
  const source = await loadPlotlySource();
  const browser = findBrowser();
  const plotly = plotlyVersion(source);
  const chunks = inJupyterKernel() ? plotlyChunks(source, chunkSize) : [];
  for (const [i, html] of chunks.entries()) {
    await displayBundle({
      "text/html": html,
      "text/plain": `plotly.js part ${i + 1} of ${chunks.length}`,
    });
  }
  if (!browser) noteNoPngOnce(missingBrowserReason());
  const status = `Figures ready: plotly.js ${plotly} ` +
    (chunks.length ? `embedded offline (${chunks.length} parts)` : "(outside a notebook)") +
    `; ${browser ? `static PNGs by ${browser}` : `no static PNGs (${missingBrowserReason()})`}.`;
  return {
    plotly,
    chunks: chunks.length,
    browser,
    [JUPYTER_DISPLAY]: () => ({ "text/plain": status }),
  };
}

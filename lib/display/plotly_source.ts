/**
 * plotly.js itself, from the pinned npm package `plotly.js-cartesian-dist-min` (1.5 MB:
 * scatter, bar, box, violin, heatmap, contour, sliders, animation), and its cutting into
 * HTML chunks for embedding in a notebook.
 *
 * One 5 MB output can corrupt the Deno kernel's channel, so the library goes out in chunks of
 * about 256 KB; the last chunk joins them and runs plotly.js, which sets `window.Plotly`.
 *
 * @module
 */

import { requireInteger } from "../core/_validate.ts";
import { scriptJson } from "./html.ts";

/** Marks the outputs that carry plotly.js, so tools can strip them from committed notebooks. */
export const PLOTLY_CHUNK_MARKER = 'data-relu-lab="plotly.js"';

let _source: Promise<string> | undefined;

/**
 * Loads plotly.js's source text (once; later calls share it).
 *
 * @returns The minified library, about 1.5 million characters.
 *
 * @example
 * ```ts
 * import { loadPlotlySource, plotlyVersion } from "./plotly_source.ts";
 * import { expect } from "chai";
 *
 * const source = await loadPlotlySource();
 * expect(plotlyVersion(source)).to.match(/^\d+\.\d+\.\d+$/);
 * ```
 */
export function loadPlotlySource(): Promise<string> {
  _source ??= import("plotly.js-cartesian-dist-min/plotly-cartesian.min.js", {
    with: { type: "text" },
  }).then((module) => module.default);
  return _source;
}

/**
 * Reads the version from plotly.js's banner comment.
 *
 * @param source plotly.js source text.
 * @returns E.g. `"4.1.1"`, or `"unknown"` when the banner is missing.
 *
 * @example
 * ```ts
 * import { plotlyVersion } from "./plotly_source.ts";
 * import { expect } from "chai";
 *
 * expect(plotlyVersion("/** plotly.js (cartesian - minified) v4.1.1 *\/")).to.equal("4.1.1");
 * ```
 */
export function plotlyVersion(source: string): string {
  return /plotly\.js[^\n]*?v(\d+\.\d+\.\d+)/.exec(source)?.[1] ?? "unknown";
}

/**
 * Cuts plotly.js into `<script>` chunks. Each stores its piece on `window`; the last one
 * checks that every piece arrived, then runs the joined library (hiding `module`, `define`
 * and `exports`, so it sets `window.Plotly` even next to require.js).
 *
 * @param source plotly.js source text.
 * @param chunkSize Characters per chunk, an integer ≥ 1 (about 256 K in notebooks).
 * @returns The HTML of each chunk, in order; each carries {@linkcode PLOTLY_CHUNK_MARKER}.
 *
 * @example Three pieces of a small source
 * ```ts
 * import { plotlyChunks } from "./plotly_source.ts";
 * import { expect } from "chai";
 *
 * const chunks = plotlyChunks("window.Plotly = {};", 8);
 * expect(chunks).to.have.length(3);
 * expect(chunks[2]).to.contain('c.join("")');
 * ```
 */
export function plotlyChunks(source: string, chunkSize: number): string[] {
  requireInteger("chunkSize", chunkSize, 1);
  const count = Math.max(1, Math.ceil(source.length / chunkSize));
  return Array.from({ length: count }, (_, i) => {
    const piece = scriptJson(source.slice(i * chunkSize, (i + 1) * chunkSize));
    const store = `var c = window.__reluLabPlotly = window.__reluLabPlotly || [];\n` +
      `c[${i}] = ${piece};\n`;
    const run = i < count - 1 ? "" : `var n = 0; for (var j = 0; j < ${count}; j++) ` +
      `if (typeof c[j] === "string") n++;\n` +
      `if (n !== ${count}) console.error("relu-lab: plotly.js arrived in " + n + ` +
      `" of ${count} pieces; rerun the setup cell");\n` +
      `else if (!window.Plotly) { var s = document.createElement("script");\n` +
      `  s.text = "(function (define, module, exports) {\\n" + c.join("") + "\\n})();";\n` +
      `  document.head.appendChild(s); }\n`;
    return `<script type="text/javascript" ${PLOTLY_CHUNK_MARKER}>\n` +
      `/* plotly.js part ${i + 1} of ${count} */\n(function () {\n${store}${run}})();\n</script>`;
  });
}

/**
 * The HTML a figure shows in a notebook or on a rendered page: a `<div>` holding the static
 * PNG (or a note) that a script replaces with the interactive plot once `window.Plotly` is
 * there. Untrusted notebooks strip the script and keep the image.
 *
 * @module
 */

import { escapeHtml } from "./_html.ts";

import type { FigureSpec } from "./types.ts";

/** How long a figure waits for plotly.js (loaded by the setup cell) before giving up. */
const _WAIT_TRIES = 100;
const _WAIT_STEP_MS = 100;

/**
 * plotly's options for every figure: it follows its container's width, and its tool bar (shown
 * on hover) keeps zoom, pan, reset and download, short enough not to cover a legend's right end.
 */
const _CONFIG = {
  responsive: true,
  displaylogo: false,
  modeBarButtonsToRemove: [
    "select2d",
    "lasso2d",
    "autoScale2d",
    "toggleSpikelines",
    "hoverClosestCartesian",
    "hoverCompareCartesian",
    "zoomIn2d",
    "zoomOut2d",
  ],
};

/** Attribute naming the `<div>` of every figure, so pages and tests can find them. */
export const FIGURE_CLASS = "relu-lab-figure";

/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element.
 *
 * @param value Any JSON value.
 * @returns JSON with `<`, U+2028 and U+2029 escaped, so `</script>` cannot end the script.
 *
 * @example
 * ```ts
 * import { scriptJson } from "./html.ts";
 * import { expect } from "chai";
 *
 * expect(scriptJson({ a: "</script>" })).to.equal('{"a":"\\u003c/script>"}');
 * expect(JSON.parse(scriptJson("</script>"))).to.equal("</script>");
 * ```
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The `text/html` of a figure: a div with a fallback and a script that draws into it with
 * `window.Plotly`, waiting up to 10 s for the setup cell's plotly.js.
 *
 * @param spec The figure.
 * @param pngBase64 A static PNG of it, base64; without one the div holds a short note.
 * @returns An HTML fragment with a fresh element id.
 *
 * @example
 * ```ts
 * import { figureHtml } from "./html.ts";
 * import { expect } from "chai";
 *
 * const html = figureHtml({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 * expect(html).to.contain('class="relu-lab-figure"');
 * expect(html).to.contain("window.Plotly.newPlot");
 * ```
 */
export function figureHtml(spec: FigureSpec, pngBase64?: string): string {
  const id = `${FIGURE_CLASS}-${crypto.randomUUID()}`;
  const height = typeof spec.layout.height === "number" ? spec.layout.height : 420;
  const title = escapeHtml(spec.layout.title?.text ?? "figure");
  const fallback = pngBase64 === undefined
    ? `<p style="font-family:sans-serif;color:#777">Interactive figure "${title}": it draws ` +
      `when the notebook's first cell (setupNotebook) has loaded plotly.js.</p>`
    : `<img alt="${title}" style="max-width:100%" src="data:image/png;base64,${pngBase64}">`;
  const figure = scriptJson({ ...spec, config: _CONFIG });
  return `<div id="${id}" class="${FIGURE_CLASS}" style="width:100%;min-height:${height}px">` +
    `${fallback}</div>\n<script type="text/javascript">\n(function () {\n` +
    `  var id = ${JSON.stringify(id)}, figure = ${figure}, tries = 0;\n` +
    `  function draw() {\n` +
    `    var el = document.getElementById(id);\n` +
    `    if (el && window.Plotly) { el.innerHTML = ""; window.Plotly.newPlot(el, figure); }\n` +
    `    else if (tries++ < ${_WAIT_TRIES}) setTimeout(draw, ${_WAIT_STEP_MS});\n` +
    `  }\n  draw();\n})();\n</script>`;
}

/**
 * HTML that holds the playground: the site's page (one playground, its state in the URL) and
 * the pieces of a notebook output (the bundle once, then a playground per cell).
 *
 * @module
 */

import type { PlaygroundConfig } from "./config.ts";

/** The attribute that marks the notebook output carrying the bundle (the committed form drops it). */
export const PLAYGROUND_BUNDLE_MARKER = 'data-relu-lab="playground"';

/**
 * The notebook output that carries the bundle: one script element, marked.
 *
 * @param bundle The bundle's text.
 * @returns The HTML.
 *
 * @example
 * ```ts
 * import { PLAYGROUND_BUNDLE_MARKER, playgroundBundleHtml } from "./page.ts";
 * import { expect } from "chai";
 *
 * expect(playgroundBundleHtml("var x = '</script>';")).to.equal(
 *   `<script ${PLAYGROUND_BUNDLE_MARKER}>var x = '<\\/script>';</script>`,
 * );
 * ```
 */
export function playgroundBundleHtml(bundle: string): string {
  return `<script ${PLAYGROUND_BUNDLE_MARKER}>${scriptText(bundle)}</script>`;
}

/** Makes script text safe inside `<script>…</script>`. */
export function scriptText(source: string): string {
  return source.replaceAll("</script", "<\\/script").replaceAll("<!--", "<\\!--");
}

/**
 * The site's playground page: self-contained (the bundle inline), its settings read from
 * and written to the URL's `#` part.
 *
 * @param bundle The bundle's text (from `buildPlayground`).
 * @param options The tutorial's index page to link back to.
 * @returns A complete HTML document.
 *
 * @example
 * ```ts
 * import { playgroundPage } from "./page.ts";
 * import { expect } from "chai";
 *
 * expect(playgroundPage("console.log(1)")).to.include("ReluPlayground.mount");
 * ```
 */
export function playgroundPage(bundle: string, options: { index?: string } = {}): string {
  const index = options.index ?? "index.html";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>relu-lab playground: ReLU, Leaky ReLU and dead units, live</title>
<style>body { margin: 16px 24px; font: 14px/1.45 system-ui, sans-serif; } header p { max-width: 900px; color: #333; }</style>
</head>
<body>
<header>
<h1>The playground</h1>
<p>Two networks train here, in your browser, on the same points, from the same seed and the same
batches, differing in one setting (ReLU against Leaky ReLU by default). They run relu-lab's own
layers, <code>fit</code> and WebAssembly kernels, offline. One step is one pass over the training
points. The settings live in this page's address: copy it to share a run. The scripting API is
<code>globalThis.playground</code> (see <a href="09_playground.html">chapter 9</a>);
<a href="${index}">back to the tutorial</a>.</p>
</header>
<div id="playground"></div>
<script>${scriptText(bundle)}</script>
<script>ReluPlayground.mount(document.getElementById("playground"), { syncUrl: true });</script>
</body>
</html>
`;
}

/**
 * A notebook output that mounts one playground where it is shown, once the bundle has run;
 * until then (and where scripts do not run: a code host, an untrusted notebook) the element
 * shows `picture`, a static picture of the starting state.
 *
 * @param config The starting settings.
 * @param picture A base64 JPEG of the starting state, if one could be made.
 * @param id The element's id (unique in the page).
 * @returns The output's HTML.
 *
 * @example
 * ```ts
 * import { playgroundCellHtml } from "./page.ts";
 * import { DEFAULT_CONFIG } from "./config.ts";
 * import { expect } from "chai";
 *
 * expect(playgroundCellHtml(DEFAULT_CONFIG, undefined, "p1")).to.include('id="p1"');
 * ```
 */
export function playgroundCellHtml(
  config: Readonly<PlaygroundConfig>,
  picture: string | undefined,
  id: string,
): string {
  const image = picture
    ? `<img alt="The playground's starting state" style="max-width: 100%" src="data:image/jpeg;base64,${picture}">`
    : "<p>(The playground draws here once its script has run.)</p>";
  return `<div id="${id}" class="relu-playground-cell">${image}</div>
<script>(function mountWhenReady(tries) {
  var element = document.getElementById(${JSON.stringify(id)});
  if (!element) return;
  if (window.ReluPlayground) {
    element.removeAttribute("id"); // free the id for a later output that reuses it
    window.ReluPlayground.mount(element, { config: ${scriptText(JSON.stringify(config))} });
  } else if (tries < 600) setTimeout(function () { mountWhenReady(tries + 1); }, 50);
})(0);</script>`;
}

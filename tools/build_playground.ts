/**
 * `deno task build:playground`: bundles the live playground for the browser (the library's own
 * layers, `fit` and kernels in one offline script) into `.tools/playground/playground.js`, and
 * writes its page, `site/playground.html`.
 *
 * Usage: `deno task build:playground`
 *
 * @module
 */

import { resolve } from "node:path";
import { playground } from "relu-lab/chapters";

const { path, source } = await playground.buildPlayground();
await Deno.mkdir("site", { recursive: true });
await Deno.writeTextFile("site/playground.html", playground.playgroundPage(source));
console.log(`${path} (${(source.length / 1024).toFixed(0)} KB)`);
console.log(`Open the playground: file://${resolve("site/playground.html")}`);

/**
 * `deno task bench:playground`: the live playground's speed in headless Chromium, one JSON line
 * per setting: `{"setting", "networks", "fps", "epochs_per_s", "minibatch_steps_per_s",
 * "train_ms", "draw_ms", "frame_ms", "frames", "seconds", "loadavg"}`.
 *
 * Each setting is the goal case: a 2-8-8-1 network, 500 training points (1,000 points,
 * half for training), batch 10, one full epoch per frame, a 100 × 100 boundary and every unit's
 * 100 × 100 map redrawn each frame; once with one network, once with two side by side. The page
 * is the site's (built as `deno task build:playground` builds it), opened from file://; it plays
 * for a warm-up second, then `seconds` are measured. `train_ms` and `draw_ms` are the mean
 * milliseconds per frame spent in the training step and in drawing; `frame_ms` the mean time
 * between frames (the page draws at most once per display frame, 60 per second).
 *
 * Usage: `deno task bench:playground [--seconds 5]`
 *
 * @module
 */

import { loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { playground } from "relu-lab/chapters";
import { CHROMIUM_FLAGS, findBrowser } from "../lib/display/png.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" } } });
const seconds = Number(values.seconds);
if (!(seconds > 0)) {
  throw new RangeError(`Expected --seconds to be > 0, received ${values.seconds}`);
}

const SETTINGS: { setting: string; config: Record<string, unknown> }[] = [
  { setting: "one network 2-8-8-1", config: { compare: null } },
  { setting: "two networks 2-8-8-1 (ReLU | Leaky ReLU)", config: {} },
];

const dir = resolve(".tools/playground");
const { source } = await playground.buildPlayground(resolve(dir, "playground.js"));
const file = resolve(dir, "bench.html");
await Deno.writeTextFile(file, playground.playgroundPage(source));

const { default: puppeteer } = await import("puppeteer-core");
const browser = await puppeteer.launch({
  executablePath: findBrowser()!,
  pipe: true,
  args: [...CHROMIUM_FLAGS, `--user-data-dir=${await Deno.makeTempDir({ dir: dir })}`],
});
try {
  for (const { setting, config } of SETTINGS) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const result = await page.evaluate(
      async (config, seconds) => {
        // deno-lint-ignore no-explicit-any
        const p = (globalThis as any).playground;
        p.setConfig({ points: 1000, trainShare: 0.5, batchSize: 10, hidden: [8, 8], ...config });
        p.start();
        await new Promise((r) => setTimeout(r, 1000));
        const before = p.timings();
        const started = performance.now();
        await new Promise((r) => setTimeout(r, seconds * 1000));
        const after = p.timings();
        const elapsed = (performance.now() - started) / 1000;
        p.pause();
        const from = before.frames;
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        return {
          frames: after.frames - from,
          elapsed,
          train: mean(after.trainMs.slice(from)),
          draw: mean(after.drawMs.slice(from)),
          interval: mean(after.intervalMs.slice(from)),
          networks: p.config().compare === null ? 1 : 2,
          trainPoints: Math.round(1000 * 0.5),
        };
      },
      config,
      seconds,
    );
    const fps = result.frames / result.elapsed;
    const minibatches = Math.ceil(result.trainPoints / 10) * result.networks;
    console.log(JSON.stringify({
      setting,
      networks: result.networks,
      fps: Number(fps.toFixed(1)),
      epochs_per_s: Number(fps.toFixed(1)),
      minibatch_steps_per_s: Math.round(fps * minibatches),
      train_ms: Number(result.train.toFixed(2)),
      draw_ms: Number(result.draw.toFixed(2)),
      frame_ms: Number(result.interval.toFixed(2)),
      frames: result.frames,
      seconds: Number(result.elapsed.toFixed(2)),
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    }));
    await page.close();
  }
} finally {
  await browser.close();
}

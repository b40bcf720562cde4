// The playground's page in headless Chromium, opened from file:// with every other request
// blocked: it loads, trains, reports finite numbers and the dead counts Deno computes, leaves
// the weights of Deno's fit bit for bit (with a shared and with an unshared kernel memory),
// round-trips its URL, notes a malformed one, stops a diverging run, and logs no error.
// Screenshots go to tests/.out/playground/.

import { expect } from "chai";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { CHROMIUM_FLAGS, findBrowser } from "../../lib/display/png.ts";
import { deadUnits, fit } from "../../lib/mod.ts";
import {
  buildPlayground,
  configToQuery,
  normalizeConfig,
  playgroundData,
  playgroundFitOptions,
  playgroundNetwork,
  playgroundPage,
  sideSettings,
} from "../../lib/playground/mod.ts";
import { MISSING, SKIP_NOTEBOOK_TESTS } from "../_notebook_gate.ts";

const OUT = "tests/.out/playground";
const ignore = SKIP_NOTEBOOK_TESTS;
if (ignore) console.log(`Skipping the playground's browser tests: ${MISSING.join(", ")} missing`);

interface Opened {
  page: Page;
  problems: string[];
}

let browser: Browser | undefined;
let pageUrl = "";

async function setUp(): Promise<void> {
  if (browser) return;
  await Deno.mkdir(OUT, { recursive: true });
  const { source } = await buildPlayground(resolve(OUT, "playground.js"));
  const file = resolve(OUT, "playground.html");
  await Deno.writeTextFile(file, playgroundPage(source));
  pageUrl = pathToFileURL(file).href;
  const { default: puppeteer } = await import("puppeteer-core");
  browser = await puppeteer.launch({
    executablePath: findBrowser()!,
    pipe: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${await Deno.makeTempDir()}`],
  });
}

/** Opens the page (with `hash`), blocking every request that is not the file itself. */
async function open(hash = "", options: { unshared?: boolean } = {}): Promise<Opened> {
  await setUp();
  const page = await browser!.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  page.on("pageerror", (e) => problems.push(`page error: ${(e as Error).message}`));
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().startsWith(pageUrl.split("#")[0]!) || request.url().startsWith("data:")) {
      void request.continue();
    } else {
      problems.push(`blocked request: ${request.url()}`);
      void request.abort();
    }
  });
  if (options.unshared) {
    await page.evaluateOnNewDocument(() => {
      (globalThis as Record<string, unknown>).RELU_LAB_UNSHARED_MEMORY = true;
    });
  }
  await page.goto(`${pageUrl}${hash ? `#${hash}` : ""}`, { waitUntil: "load" });
  return { page, problems };
}

// deno-lint-ignore no-explicit-any
type Api = any;

/** Runs `fn` on `globalThis.playground` in the page. */
function api<T>(
  page: Page,
  fn: (playground: Api, arg: unknown) => T | Promise<T>,
  arg?: unknown,
): Promise<T> {
  return page.evaluate(
    (source, value) => {
      const f = new Function("playground", "arg", `return (${source})(playground, arg);`);
      return f((globalThis as Api).playground, value);
    },
    fn.toString(),
    arg as never,
  ) as Promise<T>;
}

async function fitInDeno(input: object, epochs: number, side: "left" | "right") {
  const config = normalizeConfig(input).config;
  const settings = sideSettings(config, side);
  const data = playgroundData(config);
  const model = playgroundNetwork(settings, config.seed);
  await fit(model, data.train, { ...playgroundFitOptions(settings, config.seed, data), epochs });
  return { model, data };
}

Deno.test({
  name:
    "the playground page loads from file://, trains 200 steps and counts dead units as Deno does",
  ignore,
  async fn() {
    const input = { learningRate: 1, seed: 3 };
    const { page, problems } = await open(configToQuery(normalizeConfig(input).config));
    const state = await api(page, (p) => p.step(200)) as Record<string, Record<string, unknown>>;
    await page.screenshot({ path: `${OUT}/after_200_steps.png`, fullPage: true });
    for (const [index, side] of (["left", "right"] as const).entries()) {
      const numbers = state[side]!;
      expect(numbers.step).to.equal(200);
      for (const key of ["loss", "testLoss", "accuracy", "testAccuracy"]) {
        expect(Number.isFinite(numbers[key]), `${side}.${key}`).to.equal(true);
      }
      const { model, data } = await fitInDeno(input, 200, side);
      const expected = deadUnits(model, data.train.x).map((l) => l.dead.filter(Boolean).length);
      expect(numbers.deadUnits, side).to.deep.equal(expected);
      expect(index === 0 ? expected.some((n) => n > 0) : true).to.equal(true); // ReLU lost some
    }
    const text = await page.evaluate(() => (globalThis as Api).document.body.innerText as string);
    expect(text).to.not.include("NaN");
    expect(await page.$$eval(".rp-unit", (units) => units.length)).to.equal(32);
    expect(problems).to.deep.equal([]);
    await page.close();
  },
});

Deno.test({
  name:
    "the page's weights after N steps equal Deno's fit with N epochs, bit for bit, shared memory or not",
  ignore,
  async fn() {
    const input = {
      seed: 11,
      activation: "prelu",
      optimizer: "adam",
      hidden: [8, 8],
      dropout: 0.1,
      l1: 0.0001,
      compare: { setting: "batchNorm", value: true },
    };
    const expected = [];
    for (const side of ["left", "right"] as const) {
      const { model } = await fitInDeno(input, 40, side);
      expected.push(model.parameters().map((p) => Array.from(p.value)));
    }
    for (const unshared of [false, true]) {
      const { page, problems } = await open(configToQuery(normalizeConfig(input).config), {
        unshared,
      });
      const shared = await page.evaluate(() => (globalThis as Api).ReluPlayground.sharedMemory);
      expect(shared).to.equal(!unshared);
      await api(page, (p) => p.step(40));
      for (const index of [0, 1]) {
        const weights = await api(page, (p, i) => p.weights(i), index) as { values: number[] }[];
        expect(weights.map((w) => w.values), `network ${index}, unshared ${unshared}`).to.deep
          .equal(expected[index]);
      }
      expect(problems).to.deep.equal([]);
      await page.close();
    }
  },
});

Deno.test({
  name: "the page keeps its settings in the URL, and a link reproduces the run",
  ignore,
  async fn() {
    const { page, problems } = await open();
    await api(
      page,
      (p) => p.setConfig({ dataset: "xor", learningRate: 0.1, hidden: [5, 3], seed: 9 }),
    );
    await api(page, (p) => p.step(3));
    await api(page, (p) => p.push({ layer: 1, unit: 2, target: "bias", value: -3 }));
    await api(page, (p) => p.step(4));
    const hash = await page.evaluate(() => location.hash.slice(1));
    expect(hash).to.equal("dataset=xor&seed=9&hidden=5,3&learningRate=0.1&push=1.2.bias:-3@3");
    const config = await api(page, (p) => p.config());
    const weights = await api(page, (p) => p.weights(1));
    const again = await open(hash);
    expect(await api(again.page, (p) => p.config())).to.deep.equal(config);
    expect(await api(again.page, (p) => p.notes())).to.deep.equal([]);
    await api(again.page, (p) => p.step(7));
    expect(await api(again.page, (p) => p.weights(1))).to.deep.equal(weights);
    expect([...problems, ...again.problems]).to.deep.equal([]);
    await page.close();
    await again.page.close();
  },
});

Deno.test({
  name: "a malformed URL falls back to the defaults with a visible note naming each parameter",
  ignore,
  async fn() {
    const { page, problems } = await open("learningRate=fast&hidden=8,x&noise=7&colour=red");
    const config = await api(page, (p) => p.config()) as Record<string, unknown>;
    expect([config.learningRate, config.hidden, config.noise]).to.deep.equal([0.03, [8, 8], 0.5]);
    const notes = await page.$$eval(".rp-notes div", (divs) => divs.map((d) => d.textContent));
    expect(notes.map((n) => n!.split(":")[0]).sort()).to.deep.equal(
      ["colour", "hidden", "learningRate", "noise"],
    );
    expect(notes.join(" ")).to.include('received "fast"');
    await page.screenshot({ path: `${OUT}/malformed_url.png` });
    const state = await api(page, (p) => p.step(2)) as { left: { step: number } };
    expect(state.left.step).to.equal(2);
    expect(problems).to.deep.equal([]);
    await page.close();
  },
});

Deno.test({
  name: "a diverging learning rate stops that network with 'diverged at step N', painting no NaN",
  ignore,
  async fn() {
    const { page, problems } = await open(
      "activation=leaky_relu&leak=0.5&learningRate=2&compare=learningRate:0.03",
    );
    const state = await api(page, (p) => p.step(30)) as Record<string, Record<string, unknown>>;
    expect(state.left!.diverged).to.equal(true);
    const at = state.left!.divergedAtStep as number;
    expect(state.left!.step).to.equal(at - 1);
    expect(state.right!.diverged).to.equal(false);
    expect(state.right!.step).to.equal(30);
    const status = await page.$eval('[data-side="left"] .rp-diverged', (e) => e.textContent);
    expect(status).to.match(new RegExp(`^Diverged at step ${at} \\(minibatch \\d+\\)`));
    const text = await page.evaluate(() => (globalThis as Api).document.body.innerText as string);
    expect(text).to.not.match(/NaN|Infinity/);
    await api(page, (p) => p.start());
    await new Promise((r) => setTimeout(r, 300));
    const playing = await page.$eval('[data-action="play"]', (e) => e.textContent);
    expect(playing).to.include("Pause"); // the right-hand network still trains
    await api(page, (p) => p.pause());
    await page.screenshot({ path: `${OUT}/diverged.png`, fullPage: true });
    expect(problems).to.deep.equal([]);
    await page.close();
  },
});

Deno.test({
  name: "the playground page's browser closes",
  ignore,
  async fn() {
    await browser?.close();
    browser = undefined;
  },
});

// deno-lint-ignore-file no-explicit-any -- the callbacks of page.evaluate run in the page, on its untyped DOM
import { expect } from "chai";
import { resolve } from "node:path";
import { barWithCI, trainingCurves } from "relu-lab/plot";
import type { Notebook } from "../../../tools/notebook/commit_form.ts";
import { notebookTitle } from "../../../tools/notebook/chapter_map.ts";
import {
  finishPage,
  pageNotebook,
  renderPage,
  writeAssets,
  writeLanding,
} from "../../../tools/notebook/site.ts";
import { prevNext, sideBar, type SiteNav } from "../../../tools/notebook/site_chrome.ts";
import { captionText, withoutTitle } from "../../../tools/notebook/site_figures.ts";
import { PLOTLY_CHUNK_MARKER } from "../../../lib/display/plotly_source.ts";
import { openOfflinePage, waitForFigures, withBrowser } from "../../../tools/notebook/browser.ts";
import { SKIP_NOTEBOOK_TESTS } from "../../_notebook_gate.ts";

const OUT = "tests/.out/site";

const NAV: SiteNav = {
  chapters: [
    { name: "00_start_here", number: 0, title: "Start here" },
    {
      name: "07_remedies",
      number: 7,
      title: "Remedies for dying ReLUs",
      question: "Which remedies work?",
      headline: "From a baseline with **60%** dead units, `adam` helps",
    },
    { name: "08_verdict", number: 8, title: "The verdict" },
  ],
  extras: [{ name: "playground", title: "Playground" }],
};

Deno.test("notebookTitle() takes the first Markdown heading, else the fallback", () => {
  const nb = (sources: string[]): Notebook => ({
    cells: sources.map((source) => ({ cell_type: "markdown", source })),
    metadata: {},
    nbformat: 4,
    nbformat_minor: 4,
  });
  expect(notebookTitle(nb(["intro", "text\n## 1. ReLU  \nmore"]), "x")).to.equal("1. ReLU");
  expect(notebookTitle(nb(["no heading"]), "01_relu")).to.equal("01_relu");
});

Deno.test("sideBar() lists every page and marks the current one; prevNext() links its neighbours", () => {
  const bar = sideBar(NAV, "07_remedies", "<ol>TOC</ol>");
  const links = [...bar.matchAll(/<li( aria-current="page")?><a href="([^"]+)">/g)]
    .map((m) => [m[2], m[1] !== undefined]);
  expect(links).to.deep.equal([
    ["index.html", false],
    ["00_start_here.html", false],
    ["07_remedies.html", true],
    ["08_verdict.html", false],
    ["playground.html", false],
  ]);
  expect(bar).to.contain(
    'aria-current="page"><a href="07_remedies.html"><span class="rl-num">7.</span> Remedies for dying ReLUs</a><ol>TOC</ol>',
  );
  const around = prevNext(NAV, "07_remedies");
  expect(around).to.match(/rel="prev" href="00_start_here.html">← 0\. Start here</);
  expect(around).to.match(/rel="next" href="08_verdict.html">8\. The verdict →</);
  expect(prevNext(NAV, "index")).to.not.contain('rel="prev"');
  expect(prevNext(NAV, "playground")).to.not.contain('rel="next"');
});

Deno.test("withoutTitle() takes a house title's band off the figure, keeping a legend clear of the tool bar", () => {
  const twoLines = "Loss over training of two activations, a title long enough to take two lines";
  const fig = trainingCurves([{ name: "relu", values: [1, 0.5] }, {
    name: "tanh",
    values: [1, 0.7],
  }], {
    title: `${twoLines} when it is drawn eight hundred pixels wide`,
  });
  const spec = fig.toJSON();
  const bare = withoutTitle(spec);
  expect(bare.layout.title?.text).to.equal("");
  const band = spec.layout.height! - bare.layout.height!;
  expect(band).to.be.above(15);
  const t0 = (spec.layout.margin as { t: number }).t, t1 = (bare.layout.margin as { t: number }).t;
  expect(t0 - t1).to.equal(band);
  // The plot area keeps its height; the legend moves up but stays 24 px under the top.
  const legendTop = (s: typeof spec) =>
    (1 - (s.layout.legend as { y: number }).y) * s.layout.height!;
  expect(legendTop(bare)).to.be.below(legendTop(spec)).and.to.be.below(t1);
  expect(legendTop(bare)).to.be.at.least(24);
  // Without a legend the whole band goes.
  const bars = barWithCI([{ name: "relu", value: 1, low: 0, high: 2 }], { title: "Bars" }).toJSON();
  expect(bars.layout.height! - withoutTitle(bars).layout.height!).to.be.above(20);
  expect(captionText({ ...spec, layout: { title: { text: "a<br>b <b>c</b>" } } })).to.equal(
    "a b c",
  );
});

/** An executed notebook: headings, a link to the glossary, a figure, a code cell, plotly.js. */
async function executedFixture(): Promise<Notebook> {
  const figure = barWithCI([{ name: "relu", value: 0.9, low: 0.8, high: 0.95 }], {
    title: "Accuracy of ReLU",
  });
  const bundle = await figure.bundle({ png: false });
  return {
    cells: [
      {
        cell_type: "markdown",
        metadata: {},
        source:
          "# 7. Remedies for dying ReLUs\n\nA [dead](00_start_here.ipynb#glossary-dead) unit; [the verdict](08_verdict.ipynb).",
      },
      {
        cell_type: "code",
        source: "await setupNotebook();",
        execution_count: 1,
        metadata: {},
        outputs: [{
          output_type: "display_data",
          metadata: {},
          data: {
            "text/html": `<script ${PLOTLY_CHUNK_MARKER}>window.x = 1;</script>`,
            "text/plain": "plotly.js part 1 of 1",
          },
        }],
      },
      {
        cell_type: "markdown",
        metadata: {},
        source: "## The baseline and the remedies\n\ntext\n\n### f′(x) at 0",
      },
      {
        cell_type: "code",
        source: "barWithCI(estimates);",
        execution_count: 2,
        metadata: {},
        outputs: [{
          output_type: "execute_result",
          execution_count: 2,
          metadata: {},
          data: {
            "text/plain": bundle["text/plain"],
            "text/html": bundle["text/html"],
            "application/vnd.plotly.v1+json": bundle["application/vnd.plotly.v1+json"],
            // A 1×1 PNG stands in for the figure's static picture.
            "image/png":
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
          },
        }],
      },
      {
        cell_type: "markdown",
        metadata: {},
        source: "## What the evidence says\n\nSee [the start](00_start_here.ipynb).",
      },
    ],
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 4,
  } as Notebook;
}

Deno.test("pageNotebook() drops plotly.js, numbers each figure and puts the frame in the metadata", async () => {
  const page = pageNotebook(await executedFixture(), "07_remedies", NAV);
  const outputs = page.cells.flatMap((c) => c.outputs ?? []);
  expect(JSON.stringify(outputs)).to.not.contain(PLOTLY_CHUNK_MARKER);
  const figure = outputs.find((o) => String(o.data?.["text/html"] ?? "").includes("rl-figure"))!;
  expect(Object.keys(figure.data!).sort()).to.deep.equal(["text/html", "text/plain"]);
  const html = String(figure.data!["text/html"]);
  expect(html).to.contain('<figure class="rl-figure" id="figure-7-1">');
  expect(html).to.contain(
    '<figcaption><a href="#figure-7-1">Figure 7.1.</a> Accuracy of ReLU</figcaption>',
  );
  expect(html).to.contain('<img class="rl-still"');
  const site = page.metadata.relu_lab_site as { head: string; before: string; after: string };
  expect(site.head).to.contain('src="assets/plotly.min.js"');
  expect(site.before).to.contain('href="../notebooks/07_remedies.ipynb"');
  expect(site.before).to.contain('class="rl-code-toggle"');
  expect(site.after).to.contain('rel="next" href="08_verdict.html"');
  expect(page.metadata.title).to.equal("7. Remedies for dying ReLUs · relu-lab");
});

Deno.test("finishPage() fills the contents from the rendered headings and points notebook links at pages", () => {
  const html = '<main id="rl-content"><!--rl-toc--><!--rl-toc-inline-->' +
    '<h2 id="The-baseline">The baseline<a class="anchor-link" href="#The-baseline">&#182;</a></h2>' +
    '<h3 id="f%E2%80%B2(x)-at-0">f&#8242;(x) at 0<a class="anchor-link" href="#f%E2%80%B2(x)-at-0">&#182;</a></h3>' +
    '<a href="00_start_here.ipynb#glossary-dead">dead</a> <a href="../notebooks/07_remedies.ipynb">nb</a></main>';
  const done = finishPage(html);
  expect(done).to.contain('<li class="rl-toc-2"><a href="#The-baseline">The baseline</a></li>');
  expect(done).to.contain('<li class="rl-toc-3"><a href="#f%E2%80%B2(x)-at-0">f′(x) at 0</a></li>');
  expect(done).to.contain('href="00_start_here.html#glossary-dead"');
  expect(done).to.contain('href="../notebooks/07_remedies.ipynb"');
  expect(done).to.not.contain("<!--rl-toc");
});

Deno.test({
  name:
    "a chapter page works in Chromium offline: contents, links, figure, code switch remembered, phone menu, print",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    await Deno.mkdir(OUT, { recursive: true });
    const executed = `${OUT}/07_remedies.ipynb`;
    await Deno.writeTextFile(executed, JSON.stringify(await executedFixture()));
    await writeAssets(`${OUT}/site`);
    const path = await renderPage(executed, `${OUT}/site`, "07_remedies", NAV);
    const landing = await writeLanding(`${OUT}/site`, NAV);
    await withBrowser(`${OUT}/chromium`, async (browser) => {
      const { page, blocked } = await openOfflinePage(browser);
      await page.goto(`file://${resolve(path)}`, { waitUntil: "load" });
      expect((await waitForFigures(page, 1, 20_000)).drawn).to.equal(1);
      const facts = await page.evaluate(() => {
        const d = (globalThis as any).document;
        const ids = new Set(Array.from(d.querySelectorAll("[id]")).map((e: any) => e.id));
        const toc = Array.from(d.querySelectorAll(".rl-nav .rl-toc a")).map((a: any) =>
          decodeURIComponent(a.getAttribute("href").slice(1))
        );
        return {
          toc,
          missing: toc.filter((id: string) => !ids.has(id) && !ids.has(encodeURI(id))),
          current: d.querySelector('.rl-nav [aria-current="page"] > a')?.getAttribute("href"),
          links: Array.from(d.querySelectorAll(".jp-RenderedMarkdown a")).map((a: any) =>
            a.getAttribute("href")
          ),
          caption: d.querySelector("figure.rl-figure figcaption")?.textContent,
          title: d.title,
        };
      });
      expect(facts.toc).to.deep.equal([
        "The-baseline-and-the-remedies",
        "f′(x)-at-0",
        "What-the-evidence-says",
      ]);
      expect(facts.missing).to.deep.equal([]);
      expect(facts.current).to.equal("07_remedies.html");
      expect(facts.links).to.include.members([
        "00_start_here.html#glossary-dead",
        "08_verdict.html",
        "00_start_here.html",
      ]);
      expect(facts.caption).to.equal("Figure 7.1. Accuracy of ReLU");
      expect(facts.title).to.equal("7. Remedies for dying ReLUs · relu-lab");

      // The code switch hides code, and the choice survives a reload.
      const codeShown = () =>
        page.evaluate(() =>
          (globalThis as any).document.querySelector(".jp-CodeCell .jp-Cell-inputWrapper")
            .offsetParent !== null
        );
      expect(await codeShown()).to.equal(true);
      await page.click(".rl-code-toggle");
      expect(await codeShown()).to.equal(false);
      expect(
        await page.evaluate(() =>
          (globalThis as any).document.querySelector(".rl-code-toggle").textContent
        ),
      ).to
        .equal("Show code");
      await page.reload({ waitUntil: "load" });
      expect(await codeShown()).to.equal(false);
      await page.click(".rl-code-toggle");
      expect(await codeShown()).to.equal(true);

      // Print: the figure is its static picture.
      await page.emulateMediaType("print");
      const printed = await page.evaluate(() => ({
        plot: (globalThis as any).getComputedStyle(
          (globalThis as any).document.querySelector(".rl-plot"),
        ).display,
        still: (globalThis as any).getComputedStyle(
          (globalThis as any).document.querySelector("img.rl-still"),
        ).display,
        nav: (globalThis as any).getComputedStyle(
          (globalThis as any).document.querySelector(".rl-nav"),
        ).display,
      }));
      expect(printed).to.deep.equal({ plot: "none", still: "block", nav: "none" });
      await page.emulateMediaType("screen");

      // Phone width: the side bar is a menu under the top bar, the page does not scroll sideways.
      await page.setViewport({ width: 390, height: 800 });
      const navShown = () =>
        page.evaluate(() =>
          (globalThis as any).getComputedStyle(
            (globalThis as any).document.querySelector(".rl-nav"),
          ).display !== "none"
        );
      expect(await navShown()).to.equal(false);
      await page.click(".rl-menu");
      expect(await navShown()).to.equal(true);
      const overflow = await page.evaluate(() =>
        (globalThis as any).document.documentElement.scrollWidth -
        (globalThis as any).document.documentElement.clientWidth
      );
      expect(overflow).to.be.at.most(0);

      await page.goto(`file://${resolve(landing)}`, { waitUntil: "load" });
      const home = await page.evaluate(() => ({
        h1: (globalThis as any).document.querySelector("h1").textContent,
        map: Array.from((globalThis as any).document.querySelectorAll(".rl-map h3 a")).map((
          a: any,
        ) => a.getAttribute("href")),
        finding:
          (globalThis as any).document.querySelector("#chapter-07_remedies .rl-finding").innerHTML,
      }));
      expect(home.h1).to.equal("Is Leaky ReLU really an improvement over ReLU?");
      expect(home.map).to.deep.equal(["00_start_here.html", "07_remedies.html", "08_verdict.html"]);
      expect(home.finding).to.equal(
        "From a baseline with <strong>60%</strong> dead units, <code>adam</code> helps.",
      );
      expect(blocked, "requests outside the machine").to.deep.equal([]);
    });
  },
});

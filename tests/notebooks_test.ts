// The chapters in notebooks/: each runs top to bottom in a fresh kernel with the outputs its
// committed copy shows, renders to a site page whose every figure draws offline in Chromium and
// keeps the figure and table rules (tools/notebook/figure_audit.ts), and type-checks; the
// committed copies stay small and static. Screenshots of every page (wide, and chapter 7 and the
// landing page at phone width) and of every figure go to tests/.out/browser/.
import { expect } from "chai";
import { basename, resolve } from "node:path";
import type { Page } from "puppeteer-core";
import type { FigureSpec } from "relu-lab/plot";
import { PLOTLY_CHUNK_MARKER } from "../lib/display/plotly_source.ts";
import { closeBrowser, renderPng } from "../lib/display/png.ts";
import {
  committedForm,
  joinText,
  type Notebook,
  outputShape,
} from "../tools/notebook/commit_form.ts";
import { APT_PACKAGES, executeNotebook, writeKernelSpec } from "../tools/notebook/execute.ts";
import { CHAPTERS } from "relu-lab/chapters";
import { renderPage, writeAssets, writeLanding } from "../tools/notebook/site.ts";
import { chapterMap } from "../tools/notebook/chapter_map.ts";
import type { SiteNav } from "../tools/notebook/site_chrome.ts";
import { readPageFacts, ruleViolations } from "../tools/notebook/figure_audit.ts";
import { checkNotebook } from "../tools/notebook/typecheck.ts";
import {
  openOfflinePage,
  screenshot,
  SCREENSHOT_DIR,
  waitForFigures,
  withBrowser,
} from "../tools/notebook/browser.ts";
import { MISSING, NOT_PERMITTED, SKIP_NOTEBOOK_TESTS } from "./_notebook_gate.ts";

const OUT = "tests/.out/notebooks";
const SITE = `${OUT}/site`;

const PATHS = [...Deno.readDirSync("notebooks")]
  .filter((e) => e.name.endsWith(".ipynb"))
  .map((e) => `notebooks/${e.name}`)
  .sort();
const read = (path: string): Notebook => JSON.parse(Deno.readTextFileSync(path));

/** Width and height from a base64 PNG's IHDR chunk. */
function pngSize(base64: string): [number, number] {
  const bytes = Uint8Array.from(atob(base64.slice(0, 32)), (c) => c.charCodeAt(0));
  expect(String.fromCharCode(...bytes.slice(1, 4))).to.equal("PNG");
  const view = new DataView(bytes.buffer);
  return [view.getUint32(16), view.getUint32(20)];
}

/** Outputs that are figures: plotly JSON when executed, `Figure "…"` text when committed. */
const figureCount = (nb: Notebook) =>
  nb.cells.flatMap((c) => c.outputs ?? []).filter((o) =>
    o.data !== undefined &&
    ("application/vnd.plotly.v1+json" in o.data ||
      joinText(o.data["text/plain"] as string).startsWith('Figure "'))
  ).length;

Deno.test("notebook and browser tests have Jupyter and Chromium (skipped without, never in CI)", () => {
  if (SKIP_NOTEBOOK_TESTS && NOT_PERMITTED.length > 0) {
    console.log(
      `SKIPPED notebook and browser tests: this run may not start ${NOT_PERMITTED.join(", ")} ` +
        "(the unit suite, deno test -P); deno task test runs them.",
    );
    return;
  }
  if (SKIP_NOTEBOOK_TESTS) {
    console.log(
      `SKIPPED notebook and browser tests: missing ${MISSING.join(", ")}. ` +
        `Install: apt-get install -y ${APT_PACKAGES}`,
    );
    return;
  }
  expect(MISSING, `install: apt-get install -y ${APT_PACKAGES}`).to.deep.equal([]);
});

Deno.test({
  name:
    "every notebook runs in a fresh kernel as committed, and its site page draws offline and keeps the figure rules",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn(t) {
    const jupyterPath = await writeKernelSpec(`${OUT}/jupyter`);
    const nav: SiteNav = { chapters: await chapterMap("notebooks", CHAPTERS) };
    await writeAssets(SITE);
    const problems: string[] = [];
    await withBrowser(`${OUT}/chromium`, async (browser) => {
      for (const path of PATHS) {
        const name = basename(path, ".ipynb");
        await t.step(name, async () => {
          const executed = `${OUT}/${name}.ipynb`;
          const run = await executeNotebook(path, executed, { jupyterPath });
          expect(run.ok, `${name}: ${run.message}`).to.equal(true);
          const fresh = read(executed);
          expect(
            outputShape(committedForm(fresh)),
            `${name}'s outputs differ from the committed ones: run deno task tutorial`,
          ).to.deep.equal(outputShape(read(path)));
          for (const out of fresh.cells.flatMap((c) => c.outputs ?? [])) {
            const png = out.data?.["image/png"] as string | undefined;
            if (png === undefined) continue;
            const layout = (out.data!["application/vnd.plotly.v1+json"] as FigureSpec).layout;
            expect(pngSize(png)).to.deep.equal([800, layout.height ?? 420]);
            expect(joinText(out.data!["text/html"] as string)).to.contain(`base64,${png}"`);
            // An animation's static picture is not its first (untrained) frame.
            const spec = out.data!["application/vnd.plotly.v1+json"] as FigureSpec;
            if ((spec.frames ?? []).length > 1) {
              const first = await renderPng({ data: spec.data, layout: spec.layout });
              expect(png, `${name}: an animation's PNG shows its first frame`).to.not.equal(first);
            }
          }

          const page = await renderPage(executed, SITE, name, nav);
          const { page: tab, blocked } = await openOfflinePage(browser);
          await tab.goto(`file://${resolve(page)}`, { waitUntil: "load" });
          const expected = figureCount(fresh);
          const counts = await waitForFigures(tab, expected, 20_000);
          const shot = await screenshot(tab, `site_${name}`);
          console.log(`${name}: ${counts.drawn}/${expected} figures drawn offline (${shot})`);
          expect(blocked, "requests outside the machine").to.deep.equal([]);
          expect(counts).to.deep.include({ figures: expected, drawn: expected });
          expect(counts.svgs).to.be.at.least(expected);
          expect(await brokenContents(tab), "contents links without a target").to.deep.equal([]);
          const facts = await readPageFacts(tab);
          expect(facts.figures).to.have.length(expected);
          problems.push(...ruleViolations(name, facts));
          await figureScreenshots(tab, name);
          if (name === "07_remedies") await screenshotAt(tab, 390, `site_${name}_phone`);
          await tab.close();
        });
      }
      await t.step("the landing page", async () => {
        const landing = await writeLanding(SITE, nav);
        const { page: tab, blocked } = await openOfflinePage(browser);
        await tab.goto(`file://${resolve(landing)}`, { waitUntil: "load" });
        await screenshot(tab, "site_index");
        await screenshotAt(tab, 390, "site_index_phone");
        expect(blocked, "requests outside the machine").to.deep.equal([]);
        await tab.close();
      });
    });
    await t.step("the figure and table rules hold on every page", () => {
      expect(problems, `figure rules broken:\n${problems.join("\n")}`).to.deep.equal([]);
    });
    await closeBrowser();
    console.log(`Screenshots of the rendered pages and figures: ${SCREENSHOT_DIR}/`);
  },
});

/** Links of the side bar's contents whose target is not on the page. */
function brokenContents(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    // deno-lint-ignore no-explicit-any -- the page's DOM
    const doc = (globalThis as any).document;
    // deno-lint-ignore no-explicit-any
    const hrefs = Array.from(doc.querySelectorAll(".rl-toc a")).map((a: any) =>
      String(a.getAttribute("href")).slice(1)
    );
    return hrefs.filter((id) =>
      !doc.getElementById(id) && !doc.getElementById(decodeURIComponent(id))
    );
  });
}

/** Saves one screenshot per figure of the page (the sticky top bar hidden). */
async function figureScreenshots(tab: Page, name: string): Promise<void> {
  await Deno.mkdir(`${SCREENSHOT_DIR}/figures`, { recursive: true });
  await tab.addStyleTag({ content: ".rl-topbar { position: static !important; }" });
  const figures = await tab.$$("figure.rl-figure");
  for (const [k, figure] of figures.entries()) {
    await figure.screenshot({ path: `${SCREENSHOT_DIR}/figures/${name}_${k + 1}.png` });
  }
}

/** A full-page screenshot at another viewport width (the page's figures redraw first). */
async function screenshotAt(tab: Page, width: number, name: string): Promise<void> {
  await tab.setViewport({ width, height: 900 });
  await new Promise((r) => setTimeout(r, 1500));
  await screenshot(tab, name);
  await tab.setViewport({ width: 1100, height: 900 });
}

Deno.test("every notebook's code cells type-check", async (t) => {
  for (const path of PATHS) {
    await t.step(basename(path), async () => {
      const result = await checkNotebook(path, `${OUT}/typecheck`);
      expect(result.ok, result.output).to.equal(true);
    });
  }
});

Deno.test("committed notebooks keep a PNG per figure, no plotly.js, under 10 MB in all", async () => {
  let bytes = 0;
  for (const path of PATHS) {
    const text = await Deno.readTextFile(path);
    bytes += new TextEncoder().encode(text).length;
    expect(text, path).to.not.contain(PLOTLY_CHUNK_MARKER);
    expect(text, path).to.not.contain("application/vnd.plotly.v1+json");
    const figures = read(path).cells.flatMap((c) => c.outputs ?? [])
      .filter((o) => joinText(o.data?.["text/plain"] as string).startsWith('Figure "'));
    for (const f of figures) expect(f.data, path).to.have.property("image/png");
  }
  expect(bytes).to.be.below(10_000_000);
});

// Chapter 9 in classic Notebook 6: Run All, offline, and every playground cell mounts a live
// playground (two networks each) that trains when told to.

import { expect } from "chai";
import {
  fitViewportToNotebook,
  runAllInClassic,
  withClassicServer,
} from "../../tools/notebook/classic.ts";
import { writeKernelSpec } from "../../tools/notebook/execute.ts";
import {
  openOfflinePage,
  screenshot,
  SCREENSHOT_DIR,
  withBrowser,
} from "../../tools/notebook/browser.ts";
import { SKIP_NOTEBOOK_TESTS } from "../_notebook_gate.ts";

const OUT = "tests/.out/classic_playground";
const CHAPTER = "09_playground.ipynb";
/** Cells that open a playground, each with two networks. */
const PLAYGROUNDS = 6;

Deno.test({
  name: "chapter 9's playgrounds draw and train in Notebook 6 after Run All, offline",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    await Deno.mkdir(`${OUT}/work`, { recursive: true });
    await Deno.copyFile(`notebooks/${CHAPTER}`, `${OUT}/work/${CHAPTER}`);
    const jupyterPath = await writeKernelSpec(`${OUT}/jupyter`);
    const result = await withClassicServer(
      `${OUT}/work`,
      jupyterPath,
      (server) =>
        withBrowser(`${OUT}/chromium`, async (browser) => {
          const { page, blocked } = await openOfflinePage(browser);
          const cells = await runAllInClassic(page, server, CHAPTER, 120_000);
          await page.waitForFunction(
            (n) =>
              (globalThis as unknown as {
                document: { querySelectorAll(s: string): ArrayLike<unknown> };
              })
                .document.querySelectorAll(".relu-playground .rp-net").length >= n,
            { timeout: 30_000 },
            2 * PLAYGROUNDS,
          );
          const panels = await page.$$eval(".relu-playground .rp-net", (e) => e.length);
          const state = await page.evaluate(async () => {
            // deno-lint-ignore no-explicit-any
            const first = (globalThis as any).playgrounds[0];
            return await first.step(5);
          });
          await fitViewportToNotebook(page);
          return {
            cells,
            panels,
            state,
            blocked,
            shot: await screenshot(page, "classic_09_playground"),
          };
        }),
    );
    console.log(
      `Notebook 6 Run All: ${result.cells} code cells, ${result.panels} network panels ` +
        `(screenshot ${result.shot}; all screenshots in ${SCREENSHOT_DIR}/)`,
    );
    expect(result.panels).to.equal(2 * PLAYGROUNDS);
    expect(result.state.left.step).to.equal(5);
    expect(Number.isFinite(result.state.left.loss)).to.equal(true);
    expect(result.blocked, "requests outside the machine").to.deep.equal([]);
  },
});

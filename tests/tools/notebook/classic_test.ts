import { expect } from "chai";
import {
  fitViewportToNotebook,
  runAllInClassic,
  withClassicServer,
} from "../../../tools/notebook/classic.ts";
import { writeKernelSpec } from "../../../tools/notebook/execute.ts";
import { joinText, type Notebook } from "../../../tools/notebook/commit_form.ts";
import {
  openOfflinePage,
  screenshot,
  SCREENSHOT_DIR,
  waitForFigures,
  withBrowser,
} from "../../../tools/notebook/browser.ts";
import { SKIP_NOTEBOOK_TESTS } from "../../_notebook_gate.ts";

const OUT = "tests/.out/classic";
const CHAPTER = "01_relu.ipynb";

Deno.test({
  name: "runAllInClassic() draws every figure of the first chapter in Notebook 6, offline",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    // A copy inside the repository, so the kernel finds deno.json; the server may save it.
    await Deno.mkdir(`${OUT}/work`, { recursive: true });
    await Deno.copyFile(`notebooks/${CHAPTER}`, `${OUT}/work/${CHAPTER}`);
    const committed: Notebook = JSON.parse(await Deno.readTextFile(`notebooks/${CHAPTER}`));
    const expected = committed.cells.flatMap((c) => c.outputs ?? [])
      .filter((o) => joinText(o.data?.["text/plain"] as string).startsWith('Figure "')).length;
    const jupyterPath = await writeKernelSpec(`${OUT}/jupyter`);

    const { counts, blocked, cells, shot } = await withClassicServer(
      `${OUT}/work`,
      jupyterPath,
      (server) =>
        withBrowser(`${OUT}/chromium`, async (browser) => {
          const { page, blocked } = await openOfflinePage(browser);
          const cells = await runAllInClassic(page, server, CHAPTER, 90_000);
          const counts = await waitForFigures(page, expected, 20_000);
          await fitViewportToNotebook(page);
          return { counts, blocked, cells, shot: await screenshot(page, "classic_01_relu") };
        }),
    );
    console.log(
      `Notebook 6 Run All: ${cells} code cells, ${counts.drawn}/${expected} figures drawn ` +
        `(screenshot ${shot}; all screenshots in ${SCREENSHOT_DIR}/)`,
    );
    expect(expected).to.be.above(0);
    expect(counts).to.deep.include({ figures: expected, drawn: expected });
    expect(blocked, "requests outside the machine").to.deep.equal([]);
  },
});

import { expect } from "chai";
import { JUPYTER_DISPLAY, setupNotebook } from "relu-lab/plot";
import { findBrowser } from "../../lib/display/png.ts";

Deno.test("setupNotebook() outside a notebook sends nothing and reports the browser", async () => {
  const setup = await setupNotebook({ chunkSize: 1000 });
  expect(setup.chunks).to.equal(0);
  expect(setup.browser).to.equal(findBrowser());
  const status = setup[JUPYTER_DISPLAY]()["text/plain"];
  expect(status).to.contain("(outside a notebook)");
  expect(status).to.contain(setup.browser ? `static PNGs by ${setup.browser}` : "no static PNGs");
});

Deno.test("setupNotebook() rejects a chunk size below 1", async () => {
  let message = "";
  await setupNotebook({ chunkSize: 0 }).catch((e: Error) => message = e.message);
  expect(message).to.match(/chunkSize/);
});

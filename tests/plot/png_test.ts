import { expect } from "chai";
import { closeBrowser, Figure, findBrowser, renderPng } from "relu-lab";
import { SKIP_NOTEBOOK_TESTS } from "../_notebook_gate.ts";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(base64: string): [number, number] {
  const bytes = Uint8Array.from(atob(base64.slice(0, 64)), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).to.equal("PNG");
  return [view.getUint32(16), view.getUint32(20)];
}

Deno.test({
  name: "renderPng() draws 800 px wide at the layout's height, with one shared browser",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    expect(findBrowser()).to.be.a("string");
    const fig = new Figure({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: { height: 300 } });
    const png = await renderPng(fig.toJSON());
    expect(pngSize(png!)).to.deep.equal([800, 300]);
    const bundle = await fig.bundle();
    expect(pngSize(bundle["image/png"] as string)).to.deep.equal([800, 300]);
    expect(bundle["text/html"]).to.contain(`src="data:image/png;base64,${bundle["image/png"]}"`);
    await closeBrowser();
  },
});

import { expect } from "chai";
import { closeBrowser, Figure, findBrowser, JUPYTER_DISPLAY, renderPng } from "relu-lab";
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
    const bundle = await fig[JUPYTER_DISPLAY](); // as the kernel asks for it
    expect(pngSize(bundle["image/png"] as string)).to.deep.equal([800, 300]);
    expect(bundle["text/html"]).to.contain(`src="data:image/png;base64,${bundle["image/png"]}"`);
    await closeBrowser();
  },
});

Deno.test("findBrowser() is turned off by RELU_LAB_CHROMIUM=none", () => {
  const before = Deno.env.get("RELU_LAB_CHROMIUM");
  Deno.env.set("RELU_LAB_CHROMIUM", "none");
  try {
    expect(findBrowser()).to.equal(undefined);
  } finally {
    if (before === undefined) Deno.env.delete("RELU_LAB_CHROMIUM");
    else Deno.env.set("RELU_LAB_CHROMIUM", before);
  }
});

import { expect } from "chai";
import { findBrowser, renderPng } from "../../lib/display/png.ts";

// Rendering itself is checked on real output: tests/notebooks_test.ts reads the size of every
// PNG the kernel made for the chapters' figures.
Deno.test("findBrowser() and renderPng() are turned off by RELU_LAB_CHROMIUM=none", async () => {
  const before = Deno.env.get("RELU_LAB_CHROMIUM");
  Deno.env.set("RELU_LAB_CHROMIUM", "none");
  try {
    expect(findBrowser()).to.equal(undefined);
    expect(await renderPng({ data: [{ type: "bar", y: [1] }], layout: {} })).to.equal(undefined);
  } finally {
    if (before === undefined) Deno.env.delete("RELU_LAB_CHROMIUM");
    else Deno.env.set("RELU_LAB_CHROMIUM", before);
  }
});

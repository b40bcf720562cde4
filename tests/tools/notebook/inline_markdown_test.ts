import { expect } from "chai";
import { inlineMarkdown, siteHref } from "../../../tools/notebook/inline_markdown.ts";

Deno.test("inlineMarkdown() renders bold, emphasis, code and links, and escapes the rest", () => {
  expect(inlineMarkdown("**60%** of units <dead> & *gone*"))
    .to.equal("<strong>60%</strong> of units &lt;dead&gt; &amp; <em>gone</em>");
  expect(inlineMarkdown("see `leaky_relu(0.1)` and [dead](00_start_here.ipynb#glossary-dead)"))
    .to.equal(
      'see <code>leaky_relu(0.1)</code> and <a href="00_start_here.html#glossary-dead">dead</a>',
    );
  // Underscores inside names and code are not emphasis.
  expect(inlineMarkdown("lower_lr +26.6 points, grad_clip")).to.equal(
    "lower_lr +26.6 points, grad_clip",
  );
  expect(inlineMarkdown("`**not bold**`")).to.equal("<code>**not bold**</code>");
  expect(inlineMarkdown("a _word_ here")).to.equal("a <em>word</em> here");
});

Deno.test("siteHref() points notebook links at their rendered pages and keeps the others", () => {
  expect(siteHref("04_dying.ipynb")).to.equal("04_dying.html");
  expect(siteHref("00_start_here.ipynb#glossary-he")).to.equal("00_start_here.html#glossary-he");
  expect(siteHref("https://example.org/a.ipynb")).to.equal("https://example.org/a.ipynb");
  expect(siteHref("../notebooks/07_remedies.ipynb")).to.equal("../notebooks/07_remedies.ipynb");
  expect(siteHref("#figure-7-1")).to.equal("#figure-7-1");
});

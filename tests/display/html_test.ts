import { expect } from "chai";
import type { FigureSpec } from "relu-lab/plot";
import { FIGURE_CLASS, figureHtml, scriptJson } from "../../lib/display/html.ts";

const spec: FigureSpec = {
  data: [{ type: "scatter", name: "</script><b>", y: [1, 2] }],
  layout: { title: { text: "A <title>" }, height: 300 },
};

/** The figure JSON embedded in the script. */
const embedded = (html: string) => JSON.parse(/figure = (\{.*?\}), tries/s.exec(html)![1]!);

Deno.test("figureHtml() embeds the spec safely and draws it into its own div", () => {
  const html = figureHtml(spec);
  expect(html.match(/<\/script>/g)).to.have.length(1);
  const figure = embedded(html);
  expect(figure.data).to.deep.equal(spec.data);
  expect(figure.config).to.deep.include({ responsive: true, displaylogo: false });
  expect(figure.config.modeBarButtonsToRemove).to.include("lasso2d");
  const id = new RegExp(`id="(${FIGURE_CLASS}-[0-9a-f-]{36})"`).exec(html)![1]!;
  expect(html).to.contain(`var id = "${id}"`);
  expect(html).to.contain("min-height:300px");
  expect(figureHtml(spec)).to.not.contain(id);
});

Deno.test("figureHtml() falls back to the PNG when given one, else to a note", () => {
  expect(figureHtml(spec, "iVBORw0KGgo")).to.contain(
    '<img alt="A &lt;title&gt;" style="max-width:100%" src="data:image/png;base64,iVBORw0KGgo">',
  );
  expect(figureHtml(spec)).to.contain("setupNotebook").and.to.not.contain("<img");
});

Deno.test("scriptJson() escapes line separators too", () => {
  expect(scriptJson("a\u2028b")).to.equal('"a\\u2028b"');
});

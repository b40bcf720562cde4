import { expect } from "chai";
import { resolve } from "node:path";
import { leakyRelu, relu, sigmoid, tanh } from "relu-lab";
import { grid2d } from "relu-lab/lab";
import {
  activationPlot,
  barWithCI,
  featureMapGrid,
  Figure,
  type FigureSpec,
  panelGrid,
  Table,
  trainingCurves,
  xyPlot,
} from "relu-lab/plot";
import { figureHtml } from "../../../lib/display/html.ts";
import { loadPlotlySource } from "../../../lib/display/plotly_source.ts";
import {
  isNumericCell,
  numberFormats,
  type PageFacts,
  readPageFacts,
  ruleViolations,
} from "../../../tools/notebook/figure_audit.ts";
import { openOfflinePage, waitForFigures, withBrowser } from "../../../tools/notebook/browser.ts";
import { SKIP_NOTEBOOK_TESTS } from "../../_notebook_gate.ts";

const OUT = "tests/.out/figure_audit";

Deno.test("numberFormats() and isNumericCell() tell a column of numbers from one of names", () => {
  expect(numberFormats("72.3% (63.5% to 81.0%)")).to.deep.equal(["f1", "f1", "f1"]);
  expect(numberFormats("3.1e-5")).to.deep.equal(["e1"]);
  expect(numberFormats("4 of 20 seeds")).to.deep.equal(["i", "i"]);
  expect(isNumericCell("+26.6 (24.1 to 29.0)")).to.equal(true);
  expect(isNumericCell("4 of 20 seeds")).to.equal(true);
  expect(isNumericCell("leaky_relu(0.1)")).to.equal(false);
  expect(isNumericCell("L2 penalty 1e-3 on weights")).to.equal(false);
});

Deno.test("ruleViolations() reports each broken rule and nothing on a page that keeps them", () => {
  const box = (left: number, top: number, w = 40, h = 12) => ({
    left,
    top,
    right: left + w,
    bottom: top + h,
  });
  const axis = (id: string, title: string, domain: [number, number] = [0, 1]) => ({
    id,
    title,
    type: "linear",
    domain,
    ticks: ["0", "1"],
    drawn: true,
  });
  const good: PageFacts = {
    figures: [{
      name: "Figure 1.1",
      traces: [{ name: "relu", type: "scatter", color: "#0072B2", visible: true }],
      // Two panels side by side sharing the left y title: the right one needs none.
      axes: [
        axis("x", "epoch", [0, 0.45]),
        axis("x2", "epoch", [0.55, 1]),
        axis("y", "loss"),
        axis("y2", ""),
      ],
      boxes: [{ what: "title", box: box(0, 0) }, { what: "legend", box: box(0, 20) }],
    }],
    tables: [{ caption: "t", header: ["name", "acc"], rows: [["relu", "0.97"], ["tanh", "1.00"]] }],
  };
  expect(ruleViolations("p", good)).to.deep.equal([]);
  const bad: PageFacts = {
    figures: [{
      name: "Figure 1.2",
      traces: [
        { name: "relu seed 1", type: "scatter", color: "#1f77b4", visible: true },
        {
          name: "rates",
          type: "bar",
          color: ["#0072B2", "#123456"],
          x: ["relu", "tanh"],
          visible: true,
        },
      ],
      axes: [
        axis("x", ""),
        { ...axis("y", "dead"), type: "log", ticks: ["100μ", "10n", "10⁻⁶", "3"] },
      ],
      boxes: [{ what: "label a", box: box(0, 0) }, { what: "label b", box: box(20, 5) }],
    }],
    tables: [{
      caption: "t",
      header: ["name", "ratio"],
      rows: [["a", "0.000031"], ["b", "2.2e-10"], ["c", "1"]],
    }],
  };
  const problems = ruleViolations("p", bad);
  expect(problems).to.have.length(6);
  expect(problems.join("\n")).to.match(/"relu seed 1" is drawn in #1f77b4, not relu's #0072B2/)
    .and.match(/bar "tanh" is #123456/)
    .and.match(/axis x has no title/)
    .and.match(/log axis y labels 100μ, 10n, 3/)
    .and.match(/label a overlaps label b/)
    .and.match(/column "ratio" mixes number formats \(0\.000031 \/ 2\.2e-10 \/ 1\)/);
});

/** Figures the builders make, as the chapters use them. */
function builderFigures(): Figure[] {
  const g = grid2d({ x: [-3, 3], resolution: 11 });
  const maps = Array.from(
    { length: 6 },
    (_, k) => Array.from({ length: 121 }, (_, p) => Math.max(0, g.points.data[2 * p]! * k)),
  );
  const runs = ["sigmoid", "tanh", "relu", "leaky_relu(0.1)"].flatMap((a, i) =>
    [1, 2].map((s) => ({
      name: `${a} seed ${s}`,
      group: a,
      values: Array.from({ length: 20 }, (_, l) => 10 ** (-14 + i * 3 + l * 0.2 + s * 0.1)),
    }))
  );
  const curves = (title: string) =>
    trainingCurves(runs, { logY: true, yTitle: "RMS gradient", xTitle: "layer", title });
  const remedies = [
    "baseline",
    "batch_norm",
    "l2",
    "l1",
    "dropout",
    "lower_lr",
    "lr_schedule",
    "adam",
    "grad_clip",
    "he_init",
    "positive_bias",
    "leaky_relu",
  ];
  return [
    activationPlot([sigmoid, tanh, relu, leakyRelu(0.1)], { markDerivativeAt: [0] }),
    panelGrid([curves("he"), curves("xavier")], { title: "Gradient reaching each layer" }),
    xyPlot(
      remedies.map((name, i) => ({
        name,
        x: [0.04 + (i % 4) * 0.01],
        y: [0.95 + (i % 3) * 0.01],
        xInterval: { low: [0.02], high: [0.2] },
        yInterval: { low: [0.9], high: [0.99] },
        mode: "markers" as const,
        labels: [name],
      })),
      { legend: false, xTitle: "dead", yTitle: "accuracy", title: "Remedies" },
    ),
    xyPlot(
      ["relu", "leaky_relu(0.01)", "leaky_relu(0.1)", "prelu", "rrelu"].map((name, i) => ({
        name,
        x: [0.01, 0.1, 1, 2, 3, 5],
        y: [0.01, 0.01, 0.02, 0.2, 0.5 - i * 0.05, 0.8 - i * 0.1],
      })),
      { logX: true, xTitle: "learning rate", yTitle: "inactive", yFormat: ".0%" },
    ),
    featureMapGrid(g, maps, { columns: 3, region: { x: [-1, 1], y: [-1, 1] } }),
    barWithCI(
      ["relu/he", "tanh/he"].map((name, i) => ({ name, value: i, low: i - 0.5, high: i + 0.5 })),
    ),
  ];
}

/**
 * A bad figure: plotly's own log axis (SI prefixes), an untitled axis, a wrong colour, and a
 * log axis whose powers of ten sit at other values.
 */
function badFigure(): Figure {
  return new Figure({
    data: [
      {
        type: "scatter",
        name: "relu",
        x: [1, 2, 3],
        y: [1e-9, 1e-6, 1e-3],
        line: { color: "#d62728" },
      },
      { type: "scatter", name: "width", x: [2, 16], y: [1e-8, 1e-4], xaxis: "x2", yaxis: "y2" },
    ],
    layout: {
      xaxis: { domain: [0, 0.45] },
      yaxis: { type: "log", title: { text: "gradient" } },
      xaxis2: {
        type: "log",
        title: { text: "width" },
        tickvals: [2, 4, 8, 16],
        ticktext: ["10⁰", "10¹", "10²", "10³"],
        anchor: "y2",
        domain: [0.55, 1],
      },
      yaxis2: { type: "log", title: { text: "gradient" }, anchor: "x2" },
    },
  });
}
async function pageFacts(specs: FigureSpec[], tables: string[], name: string): Promise<PageFacts> {
  await Deno.mkdir(OUT, { recursive: true });
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${await loadPlotlySource()}</script></head>` +
    `<body style="width:900px">${specs.map((s) => figureHtml(s)).join("\n")}${
      tables.join("")
    }</body></html>`;
  const path = `${OUT}/${name}.html`;
  await Deno.writeTextFile(path, html);
  return await withBrowser(`${OUT}/chromium`, async (browser) => {
    const { page } = await openOfflinePage(browser);
    await page.goto(`file://${resolve(path)}`, { waitUntil: "load" });
    const counts = await waitForFigures(page, specs.length, 20_000);
    expect(counts.drawn).to.equal(specs.length);
    return await readPageFacts(page);
  });
}

Deno.test({
  name:
    "the builders' figures keep every figure rule when Chromium draws them, and a bad figure breaks them",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    const good = builderFigures().map((f) => f.toJSON());
    const table = new Table([{ lr: 0.01, ratio: 0.000031 }, { lr: 3, ratio: 2.2e-10 }]);
    const facts = await pageFacts(
      [...good, badFigure().toJSON()],
      [table.bundle()["text/html"] as string],
      "builders",
    );
    expect(facts.figures).to.have.length(good.length + 1);
    const goodProblems = ruleViolations("builders", {
      figures: facts.figures.slice(0, -1),
      tables: facts.tables,
    });
    expect(goodProblems, goodProblems.join("\n")).to.deep.equal([]);
    // The remedies' labels could not all be placed: the legend names them, and no text overlaps.
    const remedy = facts.figures[2]!;
    expect(remedy.boxes.some((b) => b.what.startsWith("label"))).to.equal(false);
    expect(remedy.boxes.some((b) => b.what.startsWith("legend"))).to.equal(true);
    // Log axes were drawn with powers of ten.
    expect(facts.figures[3]!.axes.find((a) => a.id === "x")!.ticks).to.include("10⁻¹");
    const badProblems = ruleViolations("bad", { figures: facts.figures.slice(-1), tables: [] });
    expect(badProblems.join("\n")).to.match(/"relu" is drawn in #d62728/)
      .and.match(/axis x has no title/)
      .and.match(/log axis y labels .*(μ|n)/)
      .and.match(/log axis x2 labels 10¹ at 4\.00/);
  },
});

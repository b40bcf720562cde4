// Every builder's figure is checked by plotly.js itself (Plotly.validate) in headless Chromium,
// and drawn: attribute names, value types and enumerations plotly does not know fail here.
import { expect } from "chai";
import { fromRows, leakyRelu, relu, sigmoid } from "relu-lab";
import { grid2d } from "relu-lab/lab";
import {
  activationPlot,
  animateFigures,
  barWithCI,
  deadFractionPlot,
  decisionBoundaryPlot,
  distributionPlot,
  featureMapGrid,
  type FigureSpec,
  parameterSliderPlot,
  trainingCurves,
  xyPlot,
} from "relu-lab/plot";
import { loadPlotlySource } from "../../lib/display/plotly_source.ts";
import { withBrowser } from "../../tools/notebook/browser.ts";
import { SKIP_NOTEBOOK_TESTS } from "../_notebook_gate.ts";

function figures(): Record<string, FigureSpec> {
  const grid = grid2d({ x: [-1, 1], resolution: 5 });
  const outputs = Array.from({ length: 25 }, (_, k) => (k % 5) / 4);
  const data = { inputs: fromRows([[0, 0], [0.5, -0.5]]), labels: [0, 1] };
  const boundary = (e: number) => decisionBoundaryPlot(grid, outputs.map((v) => v * e), data);
  return {
    activationPlot: activationPlot([relu, sigmoid], { markDerivativeAt: [0] }).toJSON(),
    parameterSliderPlot: parameterSliderPlot((a) => leakyRelu(a), [0, 0.1], { references: [relu] })
      .toJSON(),
    decisionBoundaryPlot: boundary(1).toJSON(),
    featureMapGrid: featureMapGrid(grid, [outputs, outputs.map((v) => 1 - v)]).toJSON(),
    featureMapGridTiles: featureMapGrid(grid, [outputs, outputs, outputs], {
      columns: 2,
      scale: "tile",
      region: { x: [-0.5, 0.5], y: [-0.5, 0.5] },
    }).toJSON(),
    xyPlotBand: xyPlot([{
      name: "relu",
      x: [0.01, 0.1, 1],
      y: [0.1, 0.2, 0.5],
      yInterval: { low: [0.05, 0.1, 0.4], high: [0.2, 0.3, 0.6] },
      intervalStyle: "band",
    }], { logX: true, markY: 0.25 }).toJSON(),
    xyPlotLabels: xyPlot([
      { name: "adam", x: [0.1], y: [0.9], labels: ["adam"], mode: "markers" },
      { name: "l2", x: [0.9], y: [0.1], labels: ["l2"], mode: "markers" },
    ], { legend: false }).toJSON(),
    animateFigures: animateFigures([1, 0.5].map((e) => ({ name: `e${e}`, figure: boundary(e) })))
      .toJSON(),
    trainingCurves: trainingCurves([{ name: "a", group: "relu", values: [1, 0.5] }], { logY: true })
      .toJSON(),
    deadFractionPlot: deadFractionPlot([{ name: "relu", values: [0.1, 0.2] }]).toJSON(),
    barWithCI: barWithCI([{ name: "relu", value: 1, low: 0.5, high: 2 }]).toJSON(),
    box: distributionPlot([{
      name: "relu",
      values: [1, 2],
      ci: { name: "relu", value: 1.5, low: 1, high: 2 },
    }]).toJSON(),
    violin: distributionPlot([{ name: "relu", values: [1, 2] }], { kind: "violin" }).toJSON(),
  };
}

Deno.test({
  name: "every figure builder's spec passes Plotly.validate and draws",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    const specs = figures();
    const source = await loadPlotlySource();
    const results = await withBrowser("tests/.out/validate/chromium", async (browser) => {
      const page = await browser.newPage();
      await page.addScriptTag({ content: source });
      return await page.evaluate(async (all) => {
        // deno-lint-ignore no-explicit-any -- plotly.js and the DOM, inside the page
        const g = globalThis as any;
        const out: Record<string, { errors: string[]; svgs: number }> = {};
        for (const [name, spec] of Object.entries(all)) {
          // Plotly skips hidden traces (slider steps) when validating: show them all.
          const shown = spec.data.map((t) => ({ ...t, visible: true }));
          let errors: string[];
          try {
            errors = (g.Plotly.validate(shown, spec.layout) ?? [])
              .map((e: { msg: string }) => e.msg)
              // Button and slider `args` hold objects, which plotly reports as "reset" to
              // the very same value: not a problem.
              .filter((m: string) => !/set to '(.*)'\) got reset to '\1'/.test(m))
              // Validation checks a trace's shared colour axis before it reads the layout's;
              // that plotly kept it is checked on the drawn figure below.
              .filter((m: string) => !/key coloraxis is set to an invalid value/.test(m));
          } catch (e) {
            errors = [`Plotly.validate threw: ${e}`];
          }
          const div = g.document.createElement("div");
          g.document.body.appendChild(div);
          await g.Plotly.newPlot(div, spec);
          spec.data.forEach((t, i) => {
            const kept = div._fullData[i].coloraxis;
            if (t.coloraxis !== undefined && kept !== t.coloraxis) {
              errors.push(`trace ${i} lost its coloraxis ${t.coloraxis}`);
            }
          });
          out[name] = { errors, svgs: div.querySelectorAll("svg.main-svg").length };
        }
        return out;
      }, specs);
    });
    const problems = Object.entries(results).flatMap(([name, r]) => [
      ...r.errors.map((e) => `${name}: ${e}`),
      ...(r.svgs > 0 ? [] : [`${name}: nothing drawn`]),
    ]);
    expect(problems, problems.join("\n")).to.deep.equal([]);
    expect(Object.keys(results)).to.have.length(Object.keys(specs).length);
  },
});

import { expect } from "chai";
import { logAxis, powerOfTen, trainingCurves, xyPlot } from "relu-lab/plot";

const SUPERSCRIPT_POWER = /^(?:[1-9]×)?10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

Deno.test("powerOfTen() writes exponents as superscripts", () => {
  expect([-16, -1, 0, 1, 12].map(powerOfTen)).to.deep.equal([
    "10⁻¹⁶",
    "10⁻¹",
    "10⁰",
    "10¹",
    "10¹²",
  ]);
});

Deno.test("logAxis() labels powers of ten only, one per decade or per few decades, never SI prefixes", () => {
  for (const values of [[1e-16, 0.3], [0.01, 3], [1e-5, 1e-3], [2, 3000], [7e-13, 1.2e-12]]) {
    const axis = logAxis(values);
    const text = axis.ticktext as string[], vals = axis.tickvals as number[];
    expect(axis).to.deep.include({ type: "log", tickmode: "array" });
    expect(text.length).to.equal(vals.length);
    for (const t of text) expect(t, `${values}`).to.match(SUPERSCRIPT_POWER);
    // No two ticks repeat a label, and at most 12 labels are shown between the values.
    expect(new Set(text).size).to.equal(text.length);
    const shown = vals.filter((v) => v >= Math.min(...values) / 2 && v <= Math.max(...values) * 2);
    expect(shown.length, `${values}`).to.be.at.most(12);
    // At least two ticks fall inside the values.
    const inside = vals.filter((v) => v >= Math.min(...values) && v <= Math.max(...values));
    expect(inside.length, `${values}`).to.be.at.least(2);
  }
  // Twenty decades: every third decade.
  expect((logAxis([1e-18, 0.5]).ticktext as string[]).slice(0, 3)).to.deep.equal([
    "10⁻¹⁸",
    "10⁻¹⁵",
    "10⁻¹²",
  ]);
  // Less than two decades inside: 1×, 2×, 5×.
  expect(logAxis([3e-13, 1.2e-12]).ticktext).to.include("5×10⁻¹³");
  expect(logAxis([7e-13, 1.2e-12]).ticktext).to.include("8×10⁻¹³");
  // Values a log axis cannot show are ignored.
  expect(logAxis([0, -1, NaN, 0.1, 10]).ticktext).to.deep.equal(["10⁻¹", "10⁰", "10¹"]);
});

Deno.test("xyPlot() and trainingCurves() put powers of ten on their log axes, interval ends included", () => {
  const fig = xyPlot([{
    name: "relu",
    x: [0.01, 0.1, 1, 3],
    y: [1e-3, 1e-2, 1e-4, 1e-5],
    yInterval: { low: [1e-4, 1e-3, 1e-5, 1e-7], high: [1e-2, 1e-1, 1e-3, 1e-4] },
  }], { logX: true, logY: true });
  expect(fig.layout.xaxis?.ticktext).to.deep.equal(["10⁻²", "10⁻¹", "10⁰", "10¹"]);
  expect((fig.layout.yaxis?.ticktext as string[])[0]).to.equal("10⁻⁷");
  const curves = trainingCurves([{ name: "sigmoid", values: [1e-15, 1e-12, 1e-9] }], {
    logY: true,
  });
  expect(curves.layout.yaxis?.ticktext).to.deep.equal([
    "10⁻¹⁵",
    "10⁻¹⁴",
    "10⁻¹³",
    "10⁻¹²",
    "10⁻¹¹",
    "10⁻¹⁰",
    "10⁻⁹",
  ]);
});

Deno.test("xyPlot() leaves a log axis whose ticks the caller placed to the caller", () => {
  const fig = xyPlot([{ name: "width", x: [2, 4, 8, 16], y: [0.5, 0.6, 0.9, 1] }], {
    logX: true,
    xAxis: { tickvals: [2, 4, 8, 16] },
  });
  expect(fig.layout.xaxis).to.deep.include({ type: "log", tickvals: [2, 4, 8, 16] });
  expect(fig.layout.xaxis?.ticktext).to.equal(undefined);
});

import { expect } from "chai";
import {
  ACTIVATION_COLORS,
  activationColor,
  activationFamily,
  groupStyles,
  seriesColor,
} from "relu-lab/plot";

// Colour-vision deficiencies simulated with Machado, Oliveira and Fernandes (2009), severity 1,
// on linear RGB; differences are CIE76 ΔE in CIELAB (D65).
const SIMULATIONS: Record<string, number[][]> = {
  "normal vision": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [
    -0.003882,
    -0.048116,
    1.051998,
  ]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [
    -0.01182,
    0.04294,
    0.968881,
  ]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [
    0.004733,
    0.691367,
    0.3039,
  ]],
};

function lab(hex: string, matrix: number[][]): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!))
  ) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The smallest difference between two colours of a set, over every simulated vision. */
function closestPair(
  colors: Record<string, string>,
  visions = Object.keys(SIMULATIONS),
): { delta: number; pair: string } {
  let best = { delta: Infinity, pair: "" };
  const names = Object.keys(colors);
  for (const vision of visions) {
    const matrix = SIMULATIONS[vision]!;
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const p = lab(colors[a]!, matrix), q = lab(colors[b]!, matrix);
        const delta = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
        if (delta < best.delta) best = { delta, pair: `${a} / ${b} (${vision})` };
      }
    }
  }
  return best;
}

const color = (name: string) => activationColor(name)!;

Deno.test("activationColor() keeps the activations that appear together apart for colour-blind readers", () => {
  // The sets the chapters draw side by side: rectifiers (chapter 5), the gradient chapter's
  // four, ReLU's smooth relatives (chapter 1) and the verdict's activations.
  const sets = {
    rectifiers: [
      "relu",
      "leaky_relu(0.01)",
      "leaky_relu(0.1)",
      "leaky_relu(0.3)",
      "prelu",
      "rrelu",
    ],
    gradients: ["relu", "leaky_relu(0.1)", "tanh", "sigmoid"],
    relatives: ["relu", "elu", "gelu", "silu"],
    verdict: ["relu", "leaky_relu(0.01)", "leaky_relu(0.1)", "elu", "gelu", "prelu", "tanh"],
  };
  for (const [set, names] of Object.entries(sets)) {
    const { delta, pair } = closestPair(Object.fromEntries(names.map((n) => [n, color(n)])));
    expect(delta, `${set}: ${pair}`).to.be.at.least(15);
  }
  // And every family differs from every other under normal vision.
  const all = closestPair({ ...ACTIVATION_COLORS }, ["normal vision"]);
  expect(all.delta, all.pair).to.be.at.least(15);
});

Deno.test("activationColor() gives one colour per family whatever the spelling, Leaky ReLU's slopes as shades", () => {
  expect(color("ReLU")).to.equal(color("relu")).and.to.equal(color("relu seed 3"));
  expect(color("relu, full")).to.equal(color("relu/xavier"));
  expect(color("tanh")).to.not.equal(color("relu"));
  // Leaky ReLU: darker for a smaller slope; the slope is read where it follows the name.
  expect(color("leaky_relu(0.01)")).to.equal(color("Leaky ReLU (a = 0.01)"));
  expect(color("leaky_relu(0.1), full")).to.equal(color("Leaky ReLU 0.1"));
  expect(color("leaky_relu")).to.equal(color("leaky_relu(0.01)"));
  expect(color("leaky_relu seed 3")).to.equal(color("leaky_relu(0.01)"));
  const lightness = (name: string) => lab(color(name), SIMULATIONS["normal vision"]!)[0];
  expect(lightness("leaky_relu(0.01)")).to.be.below(lightness("leaky_relu(0.1)"));
  expect(lightness("leaky_relu(0.1)")).to.be.below(lightness("leaky_relu(0.3)"));
  // Shades of one hue: each is closer to the other shades than to any other family.
  const shades = ["leaky_relu(0.01)", "leaky_relu(0.1)", "leaky_relu(0.3)"].map(color);
  const hue = (hex: string) => {
    const [, a, b] = lab(hex, SIMULATIONS["normal vision"]!);
    return Math.atan2(b, a) * 180 / Math.PI;
  };
  for (const s of shades) expect(hue(s)).to.be.within(45, 75);
  for (const family of ["relu", "prelu", "rrelu", "tanh", "elu", "gelu"]) {
    expect(Math.abs(hue(color(family)) - hue(shades[1]!))).to.be.above(15);
  }
  expect(color("prelu_per_unit")).to.not.equal(color("prelu"));
  expect(activationFamily("prelu_per_unit")).to.equal("prelu_per_unit");
  expect(activationColor("width 4")).to.equal(undefined);
  expect(activationColor("layer 1")).to.equal(undefined);
});

Deno.test("seriesColor() cycles other names by position", () => {
  expect(seriesColor("seed 1", 0)).to.equal(seriesColor("seed 2", 12));
  expect(seriesColor("seed 1", 0)).to.not.equal(seriesColor("seed 2", 1));
  expect(seriesColor("relu", 5)).to.equal(color("relu"));
});

Deno.test("groupStyles() gives groups that are not activations colours no activation of the figure has, and every group its own marker", () => {
  const names = ["baseline", "leaky_relu", "adam", ...Array.from({ length: 9 }, (_, i) => `r${i}`)];
  const styles = groupStyles(names);
  const others = names.filter((n) => n !== "leaky_relu").map((n) => styles.get(n)!.color);
  expect(others).to.not.include(color("leaky_relu"));
  // GELU's and SELU's colours are in the cycle too: beside them, other groups take the rest.
  const beside = ["gelu", "selu", ...Array.from({ length: 10 }, (_, i) => `run ${i}`)];
  const besideStyles = groupStyles(beside);
  const runColors = beside.slice(2).map((n) => besideStyles.get(n)!.color);
  expect(runColors.some((c) => c === color("gelu") || c === color("selu"))).to.equal(false);
  expect(new Set(runColors).size).to.equal(10);
  // Twelve groups (chapter 7's remedies): twelve colours, and twelve colour and marker pairs.
  expect(new Set(names.map((n) => styles.get(n)!.color)).size).to.equal(names.length);
  const pairs = names.map((n) => `${styles.get(n)!.color} ${styles.get(n)!.symbol}`);
  expect(new Set(pairs).size).to.equal(names.length);
  expect(groupStyles(["a", "a", "b"]).size).to.equal(2);
});

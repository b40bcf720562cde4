/**
 * The tutorial's colours: one per activation family across every figure, chosen from the
 * Okabe-Ito and Paul Tol palettes so that the families that appear together stay apart for
 * readers with a red-green or blue-yellow colour deficiency (a test checks this by
 * simulation). Leaky ReLU's slopes are shades of one hue, darker for smaller slopes; series
 * that are not activations take colours from a cycle of twelve; every group of a figure also
 * has a marker shape of its own.
 *
 * @module
 */

/**
 * Colours of the activation families, by registry name.
 *
 * @example ReLU's colour
 * ```ts
 * import { ACTIVATION_COLORS, activationColor } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(activationColor("relu")).to.equal(ACTIVATION_COLORS.relu);
 * ```
 */
export const ACTIVATION_COLORS: Readonly<Record<string, string>> = {
  relu: "#0072B2",
  leaky_relu: "#E8802E",
  prelu: "#CC79A7",
  rrelu: "#009E73",
  elu: "#56B4E9",
  selu: "#332288",
  gelu: "#882255",
  silu: "#DDAA33",
  softplus: "#117733",
  sigmoid: "#888888",
  tanh: "#222222",
  identity: "#BBBBBB",
};

/** Leaky ReLU's shades: a slope at or below the first stop takes its colour, and so on. */
const _LEAKY_SHADES: readonly (readonly [number, string])[] = [
  [0.01, "#B34700"],
  [0.1, "#E8802E"],
  [0.3, "#F5B27A"],
];

/** Variants that are a shade of another family. */
const _VARIANTS: Readonly<Record<string, string>> = {
  prelu_per_unit: "#9C4F7A",
};

/** Names that mean a family under another spelling. */
const _ALIASES: Readonly<Record<string, string>> = {
  leaky: "leaky_relu",
  lrelu: "leaky_relu",
  leakyrelu: "leaky_relu",
  swish: "silu",
};

/** Colours for series that are not activations, in order (Paul Tol's bright, then muted schemes). */
const _CYCLE = [
  "#4477AA",
  "#EE6677",
  "#228833",
  "#CCBB44",
  "#66CCEE",
  "#AA3377",
  "#777777",
  "#000000",
  "#332288",
  "#44AA99",
  "#999933",
  "#882255",
];

/**
 * Marker shapes, given in turn to the groups of a figure.
 *
 * @example
 * ```ts
 * import { groupStyles, MARKER_SYMBOLS } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(groupStyles(["a", "b"]).get("b")!.symbol).to.equal(MARKER_SYMBOLS[1]);
 * ```
 */
export const MARKER_SYMBOLS: readonly string[] = [
  "circle",
  "diamond",
  "square",
  "triangle-up",
  "cross",
  "star",
  "x",
  "triangle-down",
  "pentagon",
  "hexagon",
];

/**
 * The activation family a series name belongs to: the longest run of leading words that is
 * a known family (`"relu seed 3"` → `"relu"`, `"Leaky ReLU (a = 0.1)"` → `"leaky_relu"`,
 * `"prelu_per_unit"` → `"prelu_per_unit"`), or `undefined` for other names.
 *
 * @param name A series name.
 * @returns The family, or `undefined`.
 *
 * @example
 * ```ts
 * import { activationFamily } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(activationFamily("Leaky ReLU (a = 0.1)")).to.equal("leaky_relu");
 * expect(activationFamily("relu/xavier")).to.equal("relu");
 * expect(activationFamily("batch_norm")).to.equal(undefined);
 * ```
 */
export function activationFamily(name: string): string | undefined {
  return _familyOf(name)?.family;
}

/** The family of a name and the rest of the name after the family's words. */
function _familyOf(name: string): { family: string; rest: string } | undefined {
  const text = String(name).toLowerCase();
  const words = /^[a-z]+(?:[_ -][a-z]+)*/.exec(text)?.[0].split(/[_ -]/) ?? [];
  for (let n = words.length; n > 0; n--) {
    const joined = words.slice(0, n).join("_");
    const family = _ALIASES[joined] ?? joined;
    if (family in ACTIVATION_COLORS || family in _VARIANTS) {
      return { family, rest: text.slice(words.slice(0, n).join("_").length) };
    }
  }
  return undefined;
}

/**
 * The house colour of an activation, from its name: one colour per family, Leaky ReLU's
 * slope as a shade (the first number in the name; the library's default 0.01 without one).
 *
 * @param name A series name, e.g. `"leaky_relu(0.1), full"`.
 * @returns A CSS colour, or `undefined` when the name is not an activation's.
 *
 * @example
 * ```ts
 * import { activationColor } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(activationColor("ReLU, full")).to.equal(activationColor("relu"));
 * expect(activationColor("leaky_relu(0.01)")).to.not.equal(activationColor("leaky_relu(0.1)"));
 * expect(activationColor("Leaky ReLU")).to.equal(activationColor("leaky_relu(0.01)"));
 * expect(activationColor("width 4")).to.equal(undefined);
 * ```
 */
export function activationColor(name: string): string | undefined {
  const found = _familyOf(name);
  if (found === undefined) return undefined;
  const { family, rest } = found;
  if (family in _VARIANTS) return _VARIANTS[family];
  if (family !== "leaky_relu") return ACTIVATION_COLORS[family];
  // The slope follows the name: "leaky_relu(0.1)", "Leaky ReLU (a = 0.1)", "leaky 0.1".
  const written = /^\s*\(?\s*(?:a\s*=\s*)?(\d*\.?\d+(?:e-?\d+)?)/.exec(rest)?.[1];
  const slope = written === undefined ? 0.01 : Number(written);
  return (_LEAKY_SHADES.find(([stop]) => slope <= stop) ?? _LEAKY_SHADES.at(-1)!)[1];
}

/**
 * The colour of a series: the house colour of an activation's name, else the `index`-th
 * colour of a fixed cycle.
 *
 * @param name Series name.
 * @param index Position of the series among those that are not activations.
 * @returns A CSS colour.
 *
 * @example
 * ```ts
 * import { seriesColor } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(seriesColor("leaky_relu(0.1)", 0)).to.equal(seriesColor("Leaky ReLU (a = 0.1)", 5));
 * expect(seriesColor("run A", 1)).to.not.equal(seriesColor("run B", 2));
 * ```
 */
export function seriesColor(name: string, index: number): string {
  return activationColor(name) ??
    _CYCLE[((index % _CYCLE.length) + _CYCLE.length) % _CYCLE.length]!;
}

/** A colour and a marker shape for one group of series. */
export interface GroupStyle {
  /** CSS colour. */
  readonly color: string;
  /** Plotly marker symbol. */
  readonly symbol: string;
}

/**
 * Colours and marker shapes for the groups of one figure: activations take their house
 * colour; other groups take the cycle's colours in turn, skipping colours that an activation
 * of the figure has; and every group has a marker shape of its own (in turn), so that points
 * are told apart by shape as well as by colour.
 *
 * @param groups The group names, in order (repeats are ignored).
 * @returns The style of each group.
 *
 * @example Two Leaky ReLU slopes and two remedies
 * ```ts
 * import { groupStyles } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const styles = groupStyles(["leaky_relu(0.01)", "leaky_relu(0.1)", "adam", "l2"]);
 * expect(styles.get("leaky_relu(0.01)")!.symbol).to.equal("circle");
 * expect(styles.get("leaky_relu(0.1)")!.symbol).to.equal("diamond");
 * expect(styles.get("adam")!.color).to.not.equal(styles.get("l2")!.color);
 * ```
 */
export function groupStyles(groups: readonly string[]): Map<string, GroupStyle> {
  const names = [...new Set(groups)];
  const taken = new Set(names.map(activationColor).filter((c) => c !== undefined));
  const free = _CYCLE.filter((c) => !taken.has(c));
  const styles = new Map<string, GroupStyle>();
  let next = 0;
  for (const [k, name] of names.entries()) {
    const color = activationColor(name) ?? free[next++ % free.length]!;
    styles.set(name, { color, symbol: MARKER_SYMBOLS[k % MARKER_SYMBOLS.length]! });
  }
  return styles;
}

/// <reference lib="dom" />
/**
 * The in-page playground: controls made from the settings' table, the live views, the
 * microscope, the play loop, and the scripting API (`globalThis.playground`).
 *
 * @module
 */

import {
  type ConfigNote,
  NETWORK_SETTINGS,
  normalizeConfig,
  type PlaygroundConfig,
  type Push,
  SETTINGS,
} from "../config.ts";
import { gridMaps } from "../maps.ts";
import { viewGrid } from "../network.ts";
import { type NetworkState, Session } from "../session.ts";
import type { Trainer } from "../trainer.ts";
import { configFromQuery, configToQuery } from "../url.ts";
import {
  absMax,
  drawChart,
  drawPoints,
  formatNumber,
  paintBoundary,
  paintMap,
  type Series,
} from "./draw.ts";
import { PLAYGROUND_CSS } from "./style.ts";

/** Cells per side of the boundary and of every unit's map. */
export const GRID_SIZE = 100;

/** Options of {@linkcode mount}. */
export interface MountOptions {
  /** Starting settings (partial). @default the defaults */
  config?: Partial<PlaygroundConfig>;
  /** Read the starting settings from the page's URL and keep them there. @default false */
  syncUrl?: boolean;
  /** Start playing at once. @default false */
  autoplay?: boolean;
}

/** Time spent per frame, for the benchmark. */
export interface FrameTimes {
  /** Frames drawn while playing. */
  readonly frames: number;
  /** Milliseconds of training per frame, one entry per frame. */
  readonly trainMs: readonly number[];
  /** Milliseconds of drawing per frame. */
  readonly drawMs: readonly number[];
  /** Milliseconds between consecutive frames' starts. */
  readonly intervalMs: readonly number[];
}

const LAYER_COLORS = ["#0877bd", "#f59322", "#2a9d4b", "#9b4dca", "#d62728"];

function _el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  if (text !== undefined) element.textContent = text;
  return element;
}

function _canvas(size: number, cls: string): HTMLCanvasElement {
  const canvas = _el("canvas", { class: cls });
  canvas.width = canvas.height = size;
  return canvas;
}

/** A label for one side: its activation, and the setting that differs when two are compared. */
function _sideLabel(trainer: Trainer, config: PlaygroundConfig, index: number): string {
  const s = trainer.settings;
  const names: Record<string, string> = {
    relu: "ReLU",
    leaky_relu: `Leaky ReLU (a = ${s.leak})`,
    prelu: "PReLU",
    rrelu: "RReLU",
    elu: "ELU",
    gelu: "GELU",
    tanh: "tanh",
    sigmoid: "sigmoid",
  };
  let label = names[s.activation]!;
  const setting = config.compare?.setting;
  if (
    setting && setting !== "activation" && !(setting === "leak" && s.activation === "leaky_relu")
  ) {
    label += `, ${setting} ${JSON.stringify(s[setting])}`;
  }
  return `${index === 0 ? "Left" : "Right"}: ${label}`;
}

/** One network's panel: its canvases and what they were last drawn from. */
interface _Panel {
  root: HTMLElement;
  title: HTMLElement;
  status: HTMLElement;
  boundary: HTMLCanvasElement;
  boundaryImage: HTMLCanvasElement;
  stats: HTMLElement;
  units: { box: HTMLElement; canvas: HTMLCanvasElement; badge: HTMLElement }[][];
  charts: HTMLCanvasElement[];
}

/** A playground mounted in one element. */
export class Playground {
  #root: HTMLElement;
  #options: MountOptions;
  #session!: Session;
  #panels: _Panel[] = [];
  #grid = viewGrid({ x: 0, y: 0, half: 1 }, GRID_SIZE);
  #playing = false;
  #busy: Promise<void> = Promise.resolve();
  #notes: ConfigNote[] = [];
  #selected: { layer: number; unit: number } | undefined;
  #times = {
    frames: 0,
    trainMs: [] as number[],
    drawMs: [] as number[],
    intervalMs: [] as number[],
  };
  #lastFrame = 0;
  #els!: {
    notes: HTMLElement;
    play: HTMLButtonElement;
    step: HTMLElement;
    controls: HTMLElement;
    nets: HTMLElement;
    scope: HTMLElement;
  };
  #inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  /** The data's points, drawn once per run onto a transparent canvas laid over each boundary. */
  #points: HTMLCanvasElement | undefined;
  /** Each canvas's pixel buffer, reused every frame. */
  #images = new WeakMap<HTMLCanvasElement, ImageData>();

  /**
   * @param root The element to draw into (emptied).
   * @param options Starting settings and URL handling.
   */
  constructor(root: HTMLElement, options: MountOptions = {}) {
    this.#root = root;
    this.#options = options;
    let start: { config: PlaygroundConfig; notes: ConfigNote[] };
    if (options.syncUrl && (location.hash.length > 1 || location.search.length > 1)) {
      start = configFromQuery(location.hash.length > 1 ? location.hash : location.search);
    } else start = normalizeConfig(options.config ?? {});
    this.#build();
    this.#load(start.config, start.notes);
    if (options.autoplay) this.start();
  }

  // ---- the scripting API ----

  /** Changes settings (partial) and resets the run; returns the notes about the input. */
  setConfig(partial: unknown): ConfigNote[] {
    const { config, notes } = normalizeConfig(partial, this.#session.config);
    this.#load(config, notes);
    return notes;
  }

  /** Starts the run again from step 0 with the same settings (and pushes). */
  reset(): void {
    this.#load(this.#session.config, []);
  }

  /** Runs `n` steps (then draws); resolves with the state when they are done. */
  step(n = 1): Promise<ReturnType<Session["state"]>> {
    const session = this.#session;
    const run = this.#busy.then(async () => {
      await session.step(n);
      if (session === this.#session) this.#draw();
    });
    this.#busy = run.catch(() => {});
    return run.then(() => session.state());
  }

  /** Plays: one step per frame until paused or every network has diverged. */
  start(): void {
    if (this.#playing) return;
    this.#playing = true;
    this.#lastFrame = 0;
    this.#els.play.textContent = "❚❚ Pause";
    requestAnimationFrame(() => this.#frame());
  }

  /** Pauses. */
  pause(): void {
    this.#playing = false;
    this.#els.play.textContent = "▶ Play";
  }

  /** The numbers of the network (or `{ left, right }` with two). */
  state(): NetworkState | { left: NetworkState; right: NetworkState } {
    return this.#session.state();
  }

  /** The settings in force (a copy). */
  config(): PlaygroundConfig {
    return structuredClone(this.#session.config);
  }

  /** The settings as URL query text (what a link to this run holds). */
  link(): string {
    return configToQuery(this.#session.config);
  }

  /** Notes about the last settings given (clamped, refused, unknown). */
  notes(): ConfigNote[] {
    return [...this.#notes];
  }

  /** Pushes a unit's bias or incoming weight(s) in every network, now (recorded in the link). */
  push(push: Omit<Push, "step">): Push {
    const recorded = this.#session.push(push);
    this.#writeUrl();
    this.#draw();
    return recorded;
  }

  /** Every parameter of network 0 (left) or 1 (right), as plain numbers. */
  weights(index = 0): { name: string; values: number[] }[] {
    return this.#session.weights(index);
  }

  /** Incoming weights, bias and their last gradients of one unit (what the microscope shows). */
  neuron(layer: number, unit: number, index = 0): {
    weights: number[];
    weightGrads: number[];
    bias: number;
    biasGrad: number;
    activeShare: number;
    dead: boolean;
  } | undefined {
    const trainer = this.#session.trainers[index];
    const dense = trainer?.dense[layer];
    const census = trainer?.census[layer];
    if (!dense || !census || unit >= dense.outputSize) return undefined;
    const n = dense.inputSize, at = unit * n;
    return {
      weights: Array.from(dense.weight.value.subarray(at, at + n)),
      weightGrads: Array.from(dense.weight.grad.subarray(at, at + n)),
      bias: dense.bias.value[unit]!,
      biasGrad: dense.bias.grad[unit]!,
      activeShare: census.activeShare[unit]!,
      dead: census.dead[unit]!,
    };
  }

  /** Milliseconds per frame spent training and drawing since the last reset (benchmark). */
  timings(): FrameTimes {
    return structuredClone(this.#times);
  }

  // ---- running ----

  async #frame(): Promise<void> {
    if (!this.#playing) return;
    const started = performance.now();
    if (this.#lastFrame > 0) this.#times.intervalMs.push(started - this.#lastFrame);
    this.#lastFrame = started;
    const session = this.#session;
    await session.step(1);
    const trained = performance.now();
    if (session === this.#session) this.#draw();
    const drawn = performance.now();
    this.#times.frames++;
    this.#times.trainMs.push(trained - started);
    this.#times.drawMs.push(drawn - trained);
    if (session.halted) this.pause();
    if (this.#playing) requestAnimationFrame(() => this.#frame());
  }

  #load(config: PlaygroundConfig, notes: ConfigNote[]): void {
    this.#session?.stop();
    this.#session = new Session(config);
    this.#notes = [...notes, ...this.#session.notes];
    this.#grid = viewGrid(this.#session.data.view, GRID_SIZE);
    this.#points = undefined;
    this.#times = { frames: 0, trainMs: [], drawMs: [], intervalMs: [] };
    this.#lastFrame = 0;
    const width = this.#session.config.hidden;
    if (
      this.#selected &&
      !(this.#selected.layer < width.length && this.#selected.unit < width[this.#selected.layer]!)
    ) {
      this.#selected = undefined;
    }
    this.#syncControls();
    this.#buildPanels();
    this.#writeUrl();
    this.#draw();
  }

  #writeUrl(): void {
    if (!this.#options.syncUrl) return;
    const query = configToQuery(this.#session.config);
    try {
      history.replaceState(null, "", query ? `#${query}` : location.pathname + location.search);
    } catch {
      location.hash = query;
    }
  }

  // ---- the page ----

  #build(): void {
    if (!document.getElementById("relu-playground-css")) {
      const style = _el("style", { id: "relu-playground-css" }, PLAYGROUND_CSS);
      document.head.append(style);
    }
    this.#root.replaceChildren();
    this.#root.classList.add("relu-playground");
    const bar = _el("div", { class: "rp-bar" });
    const play = _el("button", { class: "rp-primary", "data-action": "play" }, "▶ Play");
    play.onclick = () => this.#playing ? this.pause() : this.start();
    const one = _el("button", { "data-action": "step" }, "Step");
    one.onclick = () => void this.step(1);
    const reset = _el("button", { "data-action": "reset" }, "Reset");
    reset.onclick = () => this.reset();
    const defaults = _el("button", { "data-action": "defaults" }, "Defaults");
    defaults.onclick = () => this.#load(normalizeConfig({}).config, []);
    const step = _el("span", { class: "rp-step" });
    bar.append(play, one, reset, defaults, step);
    const notes = _el("div", { class: "rp-notes", role: "status" });
    const main = _el("div", { class: "rp-main" });
    const controls = _el("div", { class: "rp-controls" });
    const right = _el("div", { style: "flex: 1; min-width: 0" });
    const nets = _el("div", { class: "rp-nets" });
    const scope = _el("div", { class: "rp-scope" });
    right.append(nets, scope);
    main.append(controls, right);
    const legend = _el(
      "div",
      { class: "rp-legend" },
      "Orange: class 0 / negative; blue: class 1 / positive. Points with a white ring train, " +
        "with a dark ring test. A unit's map is its activation over the square: red frame = " +
        "dead (output and gradient 0 on every training point), dashed amber = nearly dead " +
        "(positive on under 5% of them). Click a unit to look at it in the microscope.",
    );
    this.#root.append(bar, notes, main, legend);
    this.#els = { notes, play, step, controls, nets, scope };
    this.#buildControls();
    this.#root.addEventListener("pointerdown", () => {
      (globalThis as Record<string, unknown>).playground = this;
    });
  }

  #buildControls(): void {
    const box = this.#els.controls;
    const head = (text: string) => box.append(_el("div", { class: "rp-head" }, text));
    const groups: [string, (keyof typeof SETTINGS)[]][] = [
      ["Data", ["dataset", "noise", "points", "trainShare", "seed"]],
      ["Network", ["activation", "leak", "hidden", "batchNorm", "dropout"]],
      ["Training", ["learningRate", "optimizer", "batchSize", "l1", "l2"]],
      ["Initialisation", ["weightInit", "initScale", "biasInit"]],
    ];
    for (const [title, keys] of groups) {
      head(title);
      for (const key of keys) {
        const spec = SETTINGS[key];
        const label = _el("label", { for: `rp-${key}` }, key === "leak" ? "leak a" : key);
        let input: HTMLInputElement | HTMLSelectElement;
        if (spec.kind === "choice") {
          input = _el("select");
          for (const c of spec.choices) input.append(_el("option", { value: c }, c));
        } else if (spec.kind === "boolean") {
          input = _el("input", { type: "checkbox" });
        } else if (key === "leak") {
          input = _el("input", { type: "range", min: "0", max: "1", step: "0.01" });
        } else input = _el("input", { type: "text", size: "6" });
        input.dataset.setting = key;
        input.onchange = () => this.#fromControl(key, input);
        this.#inputs.set(key, input);
        box.append(label, input);
      }
    }
    head("Side by side");
    const setting = _el("select", { "data-setting": "compare-setting" });
    setting.append(_el("option", { value: "none" }, "one network"));
    for (const key of NETWORK_SETTINGS) setting.append(_el("option", { value: key }, key));
    const value = _el("input", { type: "text", size: "6", "data-setting": "compare-value" });
    const apply = () => {
      const text = setting.value === "none" ? "none" : `${setting.value}:${value.value}`;
      this.#fromQuery("compare", text);
    };
    setting.onchange = apply;
    value.onchange = apply;
    this.#inputs.set("compare-setting", setting);
    this.#inputs.set("compare-value", value);
    box.append(_el("label", {}, "right differs in"), setting, _el("label", {}, "its value"), value);
  }

  /** A control changed: its text goes through the URL codec, so it is read one way. */
  #fromControl(key: string, input: HTMLInputElement | HTMLSelectElement): void {
    const text = input instanceof HTMLInputElement && input.type === "checkbox"
      ? (input.checked ? "1" : "0")
      : input.value;
    this.#fromQuery(key, text);
  }

  #fromQuery(key: string, text: string): void {
    const params = new URLSearchParams(configToQuery(this.#session.config));
    params.set(key, text);
    const { config, notes } = configFromQuery(params.toString());
    this.#load(config, notes);
  }

  #syncControls(): void {
    const config = this.#session.config;
    for (const [key, input] of this.#inputs) {
      if (key.startsWith("compare")) continue;
      const value = config[key as keyof typeof SETTINGS];
      if (input instanceof HTMLInputElement && input.type === "checkbox") {
        input.checked = value as boolean;
      } else input.value = Array.isArray(value) ? value.join(",") : String(value);
    }
    const compare = config.compare;
    this.#inputs.get("compare-setting")!.value = compare ? compare.setting : "none";
    this.#inputs.get("compare-value")!.value = compare
      ? (Array.isArray(compare.value) ? compare.value.join(",") : String(compare.value))
      : "";
    this.#els.notes.replaceChildren(
      ...this.#notes.map((n) =>
        _el("div", { "data-parameter": n.parameter }, `${n.parameter}: ${n.message}`)
      ),
    );
  }

  #buildPanels(): void {
    const session = this.#session;
    this.#panels = session.trainers.map((trainer, index) => {
      const root = _el("div", { class: "rp-net", "data-side": index === 0 ? "left" : "right" });
      const title = _el("h4", {}, _sideLabel(trainer, session.config, index));
      const status = _el("div", { class: "rp-diverged" });
      const top = _el("div", { class: "rp-top" });
      const boundary = _el("canvas", { class: "rp-boundary" });
      boundary.width = boundary.height = 220;
      const boundaryImage = _canvas(GRID_SIZE, "");
      const stats = _el("div", { class: "rp-stats" });
      top.append(boundary, stats);
      const layers = _el("div", { class: "rp-layers" });
      const units = trainer.settings.hidden.map((width, l) => {
        const column = _el("div", { class: "rp-layer" }, `layer ${l + 1}`);
        const cells = Array.from({ length: width }, (_, j) => {
          const box = _el("div", {
            class: "rp-unit",
            title: `hidden layer ${l + 1}, unit ${j + 1}`,
          });
          box.dataset.layer = String(l);
          box.dataset.unit = String(j);
          const canvas = _canvas(GRID_SIZE, "");
          const badge = _el("span");
          box.append(canvas, badge);
          box.onclick = () => {
            this.#selected = { layer: l, unit: j };
            this.#draw();
          };
          column.append(box);
          return { box, canvas, badge };
        });
        layers.append(column);
        return cells;
      });
      const chartBox = _el("div", { class: "rp-charts" });
      const charts = [0, 1, 2].map(() => {
        const c = _el("canvas");
        c.width = 200;
        c.height = 120;
        chartBox.append(c);
        return c;
      });
      root.append(title, status, top, layers, chartBox);
      return { root, title, status, boundary, boundaryImage, stats, units, charts };
    });
    this.#els.nets.replaceChildren(...this.#panels.map((p) => p.root));
  }

  // ---- drawing ----

  #draw(): void {
    const session = this.#session;
    this.#els.step.textContent = `step ${session.steps}`;
    session.trainers.forEach((trainer, index) =>
      this.#drawPanel(trainer, this.#panels[index]!, index)
    );
    this.#drawScope();
  }

  #drawPanel(trainer: Trainer, panel: _Panel, index: number): void {
    const state = this.#session.networkState(index);
    const maps = gridMaps(trainer.model, this.#grid);
    this.#images.set(
      panel.boundaryImage,
      paintBoundary(
        panel.boundaryImage,
        maps.output,
        GRID_SIZE,
        this.#images.get(panel.boundaryImage),
      ),
    );
    const context = panel.boundary.getContext("2d")!;
    context.imageSmoothingEnabled = true;
    context.drawImage(panel.boundaryImage, 0, 0, panel.boundary.width, panel.boundary.height);
    if (!this.#points) {
      this.#points = _canvas(panel.boundary.width, "");
      drawPoints(this.#points, this.#session.data, true);
    }
    context.drawImage(this.#points, 0, 0);
    panel.status.textContent = trainer.diverged
      ? `Diverged at step ${trainer.diverged.step} (minibatch ${trainer.diverged.minibatch}): ` +
        "a loss or gradient was not finite, so this network stopped training."
      : "";
    const f = formatNumber;
    const perLayer = (counts: number[]) => counts.join(", ");
    panel.stats.innerHTML = "";
    panel.stats.append(
      _el("div", {}, `step ${state.step}`),
      _el("div", {}, `loss ${f(state.loss)} (test ${f(state.testLoss)})`),
      _el("div", {}, `accuracy ${f(state.accuracy)} (test ${f(state.testAccuracy)})`),
      _el("div", {}, `units per layer: ${perLayer(state.units)}`),
      _el("div", {}, `dead: ${perLayer(state.deadUnits)}`),
      _el("div", {}, `nearly dead: ${perLayer(state.nearlyDeadUnits)}`),
      _el("div", {}, `inactive: ${perLayer(state.inactiveUnits)}`),
    );
    trainer.census.forEach((layer, l) => {
      panel.units[l]?.forEach((cell, j) => {
        const values = maps.units[l]![j]!;
        const image = this.#images.get(cell.canvas);
        this.#images.set(
          cell.canvas,
          paintMap(cell.canvas, values, GRID_SIZE, absMax(values), image),
        );
        const dead = layer.dead[j]!;
        const nearly = !dead && layer.activeShare[j]! < 0.05;
        cell.box.classList.toggle("rp-dead", dead);
        cell.box.classList.toggle("rp-nearly", nearly);
        cell.box.classList.toggle(
          "rp-selected",
          this.#selected?.layer === l && this.#selected.unit === j,
        );
        cell.badge.textContent = dead ? "dead" : nearly ? "≈dead" : "";
      });
    });
    const records = trainer.records;
    drawChart(panel.charts[0]!, "loss", [
      { label: "train", color: "#0877bd", values: records.map((r) => r.loss) },
      {
        label: "test",
        color: "#f59322",
        dashed: true,
        values: records.map((r) => r.testLoss ?? null),
      },
    ]);
    drawChart(panel.charts[1]!, "accuracy", [
      { label: "train", color: "#0877bd", values: records.map((r) => r.accuracy ?? null) },
      {
        label: "test",
        color: "#f59322",
        dashed: true,
        values: records.map((r) => r.testAccuracy ?? null),
      },
    ], 1);
    const units = Math.max(...trainer.settings.hidden);
    const series: Series[] = [];
    trainer.settings.hidden.forEach((_, l) => {
      const color = LAYER_COLORS[l % LAYER_COLORS.length]!;
      series.push({
        label: `dead L${l + 1}`,
        color,
        values: records.map((r) => r.dead![l]!.dead.filter(Boolean).length),
      });
      series.push({
        label: `inactive L${l + 1}`,
        color,
        dashed: true,
        values: records.map((r) => r.dead![l]!.inactive.filter(Boolean).length),
      });
    });
    drawChart(panel.charts[2]!, "dead (—) and inactive (- -) units", series.slice(0, 6), units);
  }

  #drawScope(): void {
    const scope = this.#els.scope;
    scope.replaceChildren();
    const selected = this.#selected;
    if (!selected) {
      scope.append(
        _el(
          "div",
          {},
          "Microscope: click a unit's map to see its incoming weights and their gradients, and to push one.",
        ),
      );
      return;
    }
    const { layer, unit } = selected;
    scope.append(_el("b", {}, `Microscope: hidden layer ${layer + 1}, unit ${unit + 1}`));
    const table = _el("table");
    const header = _el("tr");
    header.append(_el("th", {}, ""));
    this.#session.trainers.forEach((_, i) =>
      header.append(_el("th", { colspan: "2" }, i === 0 ? "left" : "right"))
    );
    table.append(header);
    const sub = _el("tr");
    sub.append(_el("th", {}, ""));
    this.#session.trainers.forEach(() =>
      sub.append(_el("th", {}, "value"), _el("th", {}, "last ∂loss"))
    );
    table.append(sub);
    const neurons = this.#session.trainers.map((_, i) => this.neuron(layer, unit, i));
    const inputs = Math.max(...neurons.map((n) => n?.weights.length ?? 0));
    const row = (label: string, pick: (n: NonNullable<typeof neurons[0]>) => [number, number]) => {
      const tr = _el("tr");
      tr.append(_el("th", {}, label));
      for (const n of neurons) {
        const [v, g] = n ? pick(n) : [NaN, NaN];
        tr.append(_el("td", {}, formatNumber(v)), _el("td", {}, formatNumber(g)));
      }
      table.append(tr);
    };
    for (let i = 0; i < inputs; i++) row(`w${i + 1}`, (n) => [n.weights[i]!, n.weightGrads[i]!]);
    row("bias", (n) => [n.bias, n.biasGrad]);
    const share = _el("tr");
    share.append(_el("th", {}, "active on"));
    for (const n of neurons) {
      share.append(
        _el(
          "td",
          { colspan: "2" },
          n
            ? `${formatNumber(100 * n.activeShare)}% of training points${n.dead ? ", dead" : ""}`
            : "—",
        ),
      );
    }
    table.append(share);
    const controls = _el("div", { class: "rp-bar" });
    const target = _el("select", { "data-scope": "target" });
    target.append(
      _el("option", { value: "bias" }, "bias"),
      _el("option", { value: "weights" }, "every weight"),
    );
    for (let i = 0; i < inputs; i++) {
      target.append(_el("option", { value: String(i) }, `w${i + 1}`));
    }
    const value = _el("input", { type: "text", size: "8", value: "-3", "data-scope": "value" });
    const push = _el("button", { "data-action": "push" }, "Push");
    const message = _el("span");
    push.onclick = () => {
      const t = target.value === "bias" || target.value === "weights"
        ? target.value
        : Number(target.value);
      try {
        this.push({ layer, unit, target: t, value: Number(value.value) });
      } catch (error) {
        message.textContent = (error as Error).message;
      }
    };
    controls.append(_el("span", {}, "push"), target, _el("span", {}, "to"), value, push, message);
    const pushes = this.#session.config.pushes;
    scope.append(table, controls);
    if (pushes.length > 0) {
      scope.append(
        _el(
          "div",
          {},
          `Pushes in this run: ${
            pushes.map((p) =>
              `layer ${p.layer + 1} unit ${
                p.unit + 1
              } ${p.target} → ${p.value} after step ${p.step}`
            ).join("; ")
          }`,
        ),
      );
    }
  }
}

/**
 * {@linkcode Figure}: a plotly figure that displays itself in a notebook.
 *
 * As a cell's last value, or through `await show(fig)`, it becomes a MIME bundle every
 * frontend can use: `text/html` (interactive, through the setup cell's plotly.js, with the
 * PNG as fallback), `application/vnd.plotly.v1+json` (VS Code, JupyterLab with plotly),
 * `image/png` (code-host viewers, untrusted notebooks) when Chromium is there, and `text/plain`.
 *
 * @module
 */

import { describe, requireInteger, requireOneOf } from "../core/_validate.ts";
import { JUPYTER_DISPLAY, type MimeBundle } from "./kernel.ts";
import { figureHtml } from "./html.ts";
import { renderPng } from "./png.ts";
import { type FigureSpec, type Frame, type Layout, type Trace, TRACE_TYPES } from "./types.ts";

/** Options of the {@linkcode Figure} constructor. */
export interface FigureOptions {
  /**
   * For an animation: the frame its static picture (the PNG) shows, e.g. the last one, where
   * training has done its work. The interactive figure still starts at its first frame.
   * @default undefined (the figure's own traces, i.e. the first frame)
   */
  stillFrame?: number;
}

/** Options of {@linkcode Figure.bundle}. */
export interface BundleOptions {
  /**
   * Attach a static PNG (starts headless Chromium on first use).
   * @default true
   */
  png?: boolean;
}

/**
 * A plotly figure: traces, layout and optional animation frames, checked on creation.
 *
 * @example A bar chart's MIME bundle
 * ```ts
 * import { Figure } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const fig = new Figure({ data: [{ type: "bar", x: ["relu"], y: [0.3] }], layout: {} });
 * const bundle = await fig.bundle({ png: false });
 * expect(Object.keys(bundle)).to.have.members([
 *   "text/plain", "text/html", "application/vnd.plotly.v1+json",
 * ]);
 * ```
 */
export class Figure implements FigureSpec {
  /** The traces. */
  readonly data: Trace[];
  /** The layout. */
  readonly layout: Layout;
  /** Animation frames (empty when not animated). */
  readonly frames: Frame[];
  /** The frame the static picture shows, or `undefined` for the figure's own traces. */
  readonly stillFrame: number | undefined;

  /**
   * Checks and wraps a figure spec.
   *
   * @param spec Traces (at least one, each of a {@linkcode TraceType}), layout, frames.
   * @param options Which frame of an animation the static picture shows.
   *
   * @example An animation whose picture shows its last frame
   * ```ts
   * import { Figure } from "relu-lab/plot";
   * import { expect } from "chai";
   *
   * const bar = (y: number) => [{ type: "bar" as const, x: ["dead"], y: [y] }];
   * const fig = new Figure(
   *   { data: bar(0), layout: {}, frames: [{ name: "a", data: bar(0) }, { name: "b", data: bar(1) }] },
   *   { stillFrame: 1 },
   * );
   * expect(fig.stillSpec().data[0]!.y).to.deep.equal([1]);
   * ```
   */
  constructor(spec: FigureSpec, options: FigureOptions = {}) {
    if (spec === null || typeof spec !== "object") {
      throw new TypeError(
        `Expected spec to be a figure { data, layout }, received ${describe(spec)}`,
      );
    }
    if (!Array.isArray(spec.data) || spec.data.length === 0) {
      throw new TypeError(
        `Expected spec.data to be a non-empty array of traces, received ${describe(spec.data)}`,
      );
    }
    spec.data.forEach((t, i) => requireOneOf(`spec.data[${i}].type`, t?.type, TRACE_TYPES));
    this.data = spec.data;
    this.layout = spec.layout ?? {};
    this.frames = spec.frames ?? [];
    const { stillFrame } = options;
    if (stillFrame !== undefined) {
      requireInteger("stillFrame", stillFrame, 0);
      if (stillFrame >= this.frames.length) {
        throw new RangeError(
          `Expected stillFrame to be a frame index below ${this.frames.length}, received ${stillFrame}`,
        );
      }
    }
    this.stillFrame = stillFrame;
  }

  /**
   * The figure as its static picture shows it: the traces of {@linkcode Figure.stillFrame}
   * (with the slider at that frame), or the figure itself.
   *
   * @returns A spec without frames.
   */
  stillSpec(): FigureSpec {
    const k = this.stillFrame;
    if (k === undefined) return { data: this.data, layout: this.layout };
    const frame = this.frames[k]!;
    const data = [...this.data];
    frame.data.forEach((t, i) => {
      const at = frame.traces?.[i] ?? i;
      data[at] = { ...data[at]!, ...t };
    });
    const sliders = this.layout.sliders as { active?: number }[] | undefined;
    const layout = sliders
      ? { ...this.layout, sliders: sliders.map((s) => ({ ...s, active: k })) }
      : this.layout;
    return { data, layout };
  }

  /** The figure title, or `"untitled figure"`. */
  get title(): string {
    return this.layout.title?.text ?? "untitled figure";
  }

  /**
   * The plain figure spec, as plotly.js and `application/vnd.plotly.v1+json` take it.
   *
   * @returns `{ data, layout }`, plus `frames` when animated.
   */
  toJSON(): FigureSpec {
    return this.frames.length === 0
      ? { data: this.data, layout: this.layout }
      : { data: this.data, layout: this.layout, frames: this.frames };
  }

  /**
   * Builds the MIME bundle a notebook shows.
   *
   * @param options Whether to attach a PNG.
   * @returns MIME type → data.
   */
  async bundle(options: BundleOptions = {}): Promise<MimeBundle> {
    const { png = true } = options;
    const spec = this.toJSON();
    const image = png ? await renderPng(this.stillSpec()) : undefined;
    const counts = new Map<string, number>();
    for (const t of this.data) counts.set(t.type, (counts.get(t.type) ?? 0) + 1);
    const traces = [...counts].map(([type, n]) => `${n} ${type}`).join(", ");
    const bundle: MimeBundle = {
      "text/plain": `Figure "${this.title}" (${traces} traces` +
        `${this.frames.length ? `, ${this.frames.length} frames` : ""})`,
      "text/html": figureHtml(spec, image),
      "application/vnd.plotly.v1+json": spec,
    };
    if (image !== undefined) bundle["image/png"] = image;
    return bundle;
  }

  /**
   * Called by the Deno kernel when the figure is a cell's value.
   *
   * @returns The MIME bundle, with a PNG when Chromium is available.
   */
  [JUPYTER_DISPLAY](): Promise<MimeBundle> {
    return this.bundle();
  }
}

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

import { describe, requireOneOf } from "../core/_validate.ts";
import { JUPYTER_DISPLAY, type MimeBundle } from "./kernel.ts";
import { figureHtml } from "./html.ts";
import { renderPng } from "./png.ts";
import { type FigureSpec, type Frame, type Layout, type Trace, TRACE_TYPES } from "./types.ts";

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

  /**
   * Checks and wraps a figure spec.
   *
   * @param spec Traces (at least one, each of a {@linkcode TraceType}), layout, frames.
   */
  constructor(spec: FigureSpec) {
    if (!Array.isArray(spec?.data) || spec.data.length === 0) {
      throw new TypeError(
        `Expected spec.data to be a non-empty array of traces, received ${describe(spec?.data)}`,
      );
    }
    spec.data.forEach((t, i) => requireOneOf(`spec.data[${i}].type`, t.type, TRACE_TYPES));
    this.data = spec.data;
    this.layout = spec.layout ?? {};
    this.frames = spec.frames ?? [];
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
    const image = png ? await renderPng(spec) : undefined;
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

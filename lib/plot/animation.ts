/**
 * Animation over training: one figure per snapshot (e.g. the decision boundary after each
 * epoch) becomes one figure with play/pause buttons and a slider over the snapshots.
 *
 * @module
 */

import { describe, requireInteger } from "../core/_validate.ts";
import { requireName, requireNonEmpty } from "./_marks.ts";
import { Figure } from "../display/figure.ts";
import { withHeight } from "./style.ts";
import type { Layout, PlotOptions } from "../display/types.ts";

/** One snapshot of an animation. */
export interface AnimationFrame {
  /** Slider label, e.g. `"epoch 5"`. */
  name: string;
  /** The figure at that moment; every frame must have the same traces in the same order. */
  figure: Figure;
}

/** Options of {@linkcode animateFigures}. */
export interface AnimationOptions extends PlotOptions {
  /**
   * Time each frame is shown when playing, in milliseconds.
   * @default 400
   */
  frameMs?: number;
  /**
   * The frame the static picture (the PNG in a committed notebook) shows: its index, or
   * `"last"`, where training has done its work.
   * @default "last"
   */
  still?: number | "first" | "last";
}

/**
 * Joins snapshots into one animated figure. The first snapshot's layout is used throughout,
 * so fix axis ranges there (decision boundaries do: their grid sets them).
 *
 * @param frames Snapshots in order, at least one; each with as many traces as the first.
 * @param options Frame time, the frame its static picture shows, and title/height overriding
 *   the first snapshot's.
 * @returns The first snapshot's traces, one plotly frame per snapshot, play/pause and a slider;
 *   its PNG shows the last snapshot unless `still` says otherwise.
 *
 * @example Three epochs of a bar chart
 * ```ts
 * import { animateFigures, Figure } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const bar = (v: number) => new Figure({ data: [{ type: "bar", x: ["dead"], y: [v] }], layout: {} });
 * const fig = animateFigures([1, 2, 3].map((e) => ({ name: `epoch ${e}`, figure: bar(e / 10) })));
 * expect(fig.frames.map((f) => f.name)).to.deep.equal(["epoch 1", "epoch 2", "epoch 3"]);
 * expect(fig.data[0]!.y).to.deep.equal([0.1]);
 * ```
 */
export function animateFigures(
  frames: readonly AnimationFrame[],
  options: AnimationOptions = {},
): Figure {
  requireNonEmpty("frames", frames, "snapshot", "snapshots { name, figure }");
  frames.forEach((f, k) => {
    if (f === null || typeof f !== "object" || !(f.figure instanceof Figure)) {
      throw new TypeError(`Expected frames[${k}] to be { name, figure }, received ${describe(f)}`);
    }
    requireName(`frames[${k}].name`, f.name);
  });
  const first = frames[0]!;
  const { frameMs = 400, still = "last" } = options;
  requireInteger("frameMs", frameMs, 1);
  const stillFrame = still === "last" ? frames.length - 1 : still === "first" ? 0 : still;
  if (!Number.isInteger(stillFrame) || stillFrame < 0 || stillFrame >= frames.length) {
    throw new RangeError(
      `Expected still to be "first", "last" or a frame index from 0 to ${frames.length - 1}, ` +
        `received ${describe(still)}`,
    );
  }
  frames.forEach((f, k) => {
    if (f.figure.data.length !== first.figure.data.length) {
      throw new RangeError(
        `Expected frames[${k}] to have ${first.figure.data.length} traces like frames[0], ` +
          `received ${describe(f.figure.data)}`,
      );
    }
  });
  const play = { frame: { duration: frameMs, redraw: true }, transition: { duration: 0 } };
  const jump = { mode: "immediate", ...play };
  const margin = (first.figure.layout.margin ?? {}) as Record<string, number>;
  // The buttons and the slider go under the plot, below its x axis title.
  const controls = 100;
  const height = options.height ?? (first.figure.layout.height ?? 420) + controls;
  const resized = withHeight(first.figure.layout, height);
  const layout: Layout = {
    ...resized,
    ...(options.title !== undefined && { title: { ...resized.title, text: options.title } }),
    margin: { t: 90, r: 20, l: 60, ...margin, b: (margin.b ?? 60) + controls },
    updatemenus: [{
      type: "buttons",
      showactive: false,
      x: 0,
      y: 0,
      xanchor: "left",
      yanchor: "top",
      pad: { t: 70 },
      direction: "left",
      buttons: [
        { label: "▶ play", method: "animate", args: [null, { ...play, fromcurrent: true }] },
        { label: "❚❚ pause", method: "animate", args: [[null], jump] },
      ],
    }],
    sliders: [{
      active: 0,
      x: 0.25,
      len: 0.75,
      y: 0,
      yanchor: "top",
      pad: { t: 60 },
      currentvalue: { prefix: "", xanchor: "right" },
      steps: frames.map((f) => ({ label: f.name, method: "animate", args: [[f.name], jump] })),
    }],
  };
  return new Figure({
    data: first.figure.data,
    layout,
    frames: frames.map((f) => ({ name: f.name, data: f.figure.data })),
  }, { stillFrame });
}

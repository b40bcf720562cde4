/**
 * Animation over training: one figure per snapshot (e.g. the decision boundary after each
 * epoch) becomes one figure with play/pause buttons and a slider over the snapshots.
 *
 * @module
 */

import { describe, requireInteger } from "../core/_validate.ts";
import { Figure } from "../display/figure.ts";
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
}

/**
 * Joins snapshots into one animated figure. The first snapshot's layout is used throughout,
 * so fix axis ranges there (decision boundaries do: their grid sets them).
 *
 * @param frames Snapshots in order, at least one; each with as many traces as the first.
 * @param options Frame time, and title/height overriding the first snapshot's.
 * @returns The first snapshot's traces, one plotly frame per snapshot, play/pause and a slider.
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
  const first = frames[0];
  if (!first) throw new RangeError("Expected frames to hold at least one snapshot, received 0");
  const { frameMs = 400 } = options;
  requireInteger("frameMs", frameMs, 1);
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
  const layout: Layout = {
    ...first.figure.layout,
    ...(options.title === undefined ? {} : { title: { text: options.title } }),
    ...(options.height === undefined ? {} : { height: options.height }),
    margin: { t: 90, r: 20, b: 120, l: 60 },
    updatemenus: [{
      type: "buttons",
      showactive: false,
      x: 0,
      y: -0.12,
      xanchor: "left",
      yanchor: "top",
      direction: "left",
      buttons: [
        { label: "▶ play", method: "animate", args: [null, { ...play, fromcurrent: true }] },
        { label: "❚❚ pause", method: "animate", args: [[null], jump] },
      ],
    }],
    sliders: [{
      active: 0,
      x: 0.15,
      len: 0.85,
      y: -0.05,
      currentvalue: { prefix: "" },
      steps: frames.map((f) => ({ label: f.name, method: "animate", args: [[f.name], jump] })),
    }],
  };
  return new Figure({
    data: first.figure.data,
    layout,
    frames: frames.map((f) => ({ name: f.name, data: f.figure.data })),
  });
}

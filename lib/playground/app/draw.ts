/// <reference lib="dom" />
/**
 * The playground's drawings on canvases: the decision boundary with the data, a unit's map,
 * and a line chart over the steps. Non-finite values are painted grey and written as "—",
 * never as NaN.
 *
 * @module
 */

import type { Dataset } from "../../data/dataset.ts";
import type { PlaygroundData } from "../network.ts";
import { formatNumber } from "../format.ts";

export { formatNumber };

/** Class 0 / negative (orange) and class 1 / positive (blue), as TensorFlow Playground. */
const NEGATIVE = [245, 147, 34], POSITIVE = [8, 119, 189], NONFINITE = [190, 190, 190];

function _put(pixels: Uint8ClampedArray, i: number, rgb: readonly number[], t: number): void {
  // t in [0, 1]: white at 0, the full colour at 1.
  pixels[4 * i] = 255 + (rgb[0]! - 255) * t;
  pixels[4 * i + 1] = 255 + (rgb[1]! - 255) * t;
  pixels[4 * i + 2] = 255 + (rgb[2]! - 255) * t;
  pixels[4 * i + 3] = 255;
}

/**
 * Paints a `size × size` image of values into `canvas` (which has that many pixels): the
 * sign gives the colour, |value| / scale its strength.
 */
export function paintMap(
  canvas: HTMLCanvasElement,
  values: Float32Array,
  size: number,
  scale: number,
  image?: ImageData,
): ImageData {
  const context = canvas.getContext("2d")!;
  const target = image ?? context.createImageData(size, size);
  const pixels = target.data;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) _put(pixels, i, NONFINITE, 1);
    else _put(pixels, i, v < 0 ? NEGATIVE : POSITIVE, Math.min(1, Math.abs(v) / scale));
  }
  context.putImageData(target, 0, 0);
  return target;
}

/** The largest |value| of the finite values (1 when all are 0 or none is finite). */
export function absMax(values: Float32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > max && a !== Infinity) max = a;
  }
  return max > 0 ? max : 1;
}

let _scratch = new Float32Array(0);

/** Paints the boundary: the predicted probability of class 1 (logit through sigmoid) as colour. */
export function paintBoundary(
  canvas: HTMLCanvasElement,
  logits: Float32Array,
  size: number,
  image?: ImageData,
): ImageData {
  const probabilities = _scratch.length === logits.length
    ? _scratch
    : (_scratch = new Float32Array(logits.length));
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i]!;
    probabilities[i] = Number.isNaN(z) ? NaN : 2 / (1 + Math.exp(-z)) - 1; // in [-1, 1]
  }
  return paintMap(canvas, probabilities, size, 1.4, image);
}

/** Draws the points of `data` on a canvas covering `view` (test points with a dark ring). */
export function drawPoints(
  canvas: HTMLCanvasElement,
  data: PlaygroundData,
  showTest: boolean,
): void {
  const context = canvas.getContext("2d")!;
  const { x, y, half } = data.view;
  const w = canvas.width, h = canvas.height;
  const draw = (set: Dataset, ring: string, radius: number) => {
    for (let i = 0; i < set.x.rows; i++) {
      const px = ((set.x.data[2 * i]! - (x - half)) / (2 * half)) * w;
      const py = (((y + half) - set.x.data[2 * i + 1]!) / (2 * half)) * h;
      const rgb = set.y.data[i] === 1 ? POSITIVE : NEGATIVE;
      context.beginPath();
      context.arc(px, py, radius, 0, 2 * Math.PI);
      context.fillStyle = `rgb(${rgb.join(",")})`;
      context.fill();
      context.strokeStyle = ring;
      context.lineWidth = 1;
      context.stroke();
    }
  };
  draw(data.train, "white", 2.6);
  if (showTest) draw(data.test, "black", 2.2);
}

/** One line of a chart. */
export interface Series {
  /** Legend text. */
  readonly label: string;
  /** CSS colour. */
  readonly color: string;
  /** Dashed line. */
  readonly dashed?: boolean;
  /** One value per step (from step 1). */
  readonly values: readonly (number | null)[];
}

/** Draws a small line chart of `series` over the steps, y from 0 to the largest finite value. */
export function drawChart(
  canvas: HTMLCanvasElement,
  title: string,
  series: readonly Series[],
  fixedMax?: number,
): void {
  const context = canvas.getContext("2d")!;
  const w = canvas.width, h = canvas.height;
  const rows = Math.ceil(series.length / 3);
  const left = 34, right = 6, top = 16 + 11 * rows, bottom = 18;
  context.clearRect(0, 0, w, h);
  context.font = "10px sans-serif";
  context.fillStyle = "#333";
  context.fillText(title, 2, 11);
  const steps = Math.max(1, ...series.map((s) => s.values.length));
  let max = fixedMax ?? 0;
  if (fixedMax === undefined) {
    for (const s of series) {
      for (const v of s.values) if (v !== null && Number.isFinite(v) && v > max) max = v;
    }
    if (max === 0) max = 1;
  }
  const px = (step: number) => left + ((w - left - right) * step) / steps;
  const py = (v: number) => top + (h - top - bottom) * (1 - Math.min(v, max) / max);
  context.strokeStyle = "#bbb";
  context.beginPath();
  context.moveTo(left, top);
  context.lineTo(left, h - bottom);
  context.lineTo(w - right, h - bottom);
  context.stroke();
  context.fillStyle = "#555";
  context.fillText(formatNumber(max, 2), 2, top + 4);
  context.fillText("0", 2, h - bottom);
  context.fillText(`step ${steps}`, w - right - 44, h - 4);
  series.forEach((s, k) => {
    context.strokeStyle = s.color;
    context.setLineDash(s.dashed ? [4, 3] : []);
    context.beginPath();
    let drawing = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        drawing = false;
        return;
      }
      if (drawing) context.lineTo(px(i + 1), py(v));
      else context.moveTo(px(i + 1), py(v));
      drawing = true;
    });
    context.stroke();
    context.setLineDash([]);
    context.fillStyle = s.color;
    context.fillText(s.label, left + (k % 3) * 56, 23 + Math.floor(k / 3) * 11);
  });
}

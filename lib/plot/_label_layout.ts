// Where text labels beside points can sit without covering each other or another point:
// a greedy choice among eight positions around each point, on an estimate of the drawn plot
// (a plot narrower than the static PNG, so that a page column has room too). When some label
// finds no free place, the caller shows a legend instead. Private to the library.

/** A labelled point in data coordinates. */
export interface LabelledPoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

/** The plot area the labels are placed in, in pixels, and how its axes map values. */
export interface LabelFrame {
  /** Plot area width in pixels. */
  readonly width: number;
  /** Plot area height in pixels. */
  readonly height: number;
  /** Value ranges shown along x and y (every drawn value, intervals included). */
  readonly xValues: readonly number[];
  readonly yValues: readonly number[];
  readonly logX?: boolean;
  readonly logY?: boolean;
  /** Label font size in pixels. @default 12 */
  readonly fontSize?: number;
  /** Segments labels must not cross, in data coordinates (e.g. error bars). @default [] */
  readonly segments?: readonly { x0: number; y0: number; x1: number; y1: number }[];
}

type _Box = { left: number; right: number; top: number; bottom: number };

/** Plotly's text positions, in the order tried. */
const _POSITIONS = [
  "top right",
  "top left",
  "bottom right",
  "bottom left",
  "middle right",
  "middle left",
  "top center",
  "bottom center",
] as const;

const _MARKER_RADIUS = 6;

/**
 * Chooses a text position for each label so that no two labels overlap and no label covers
 * another point or crosses a segment (an error bar), or returns `undefined` when that is not
 * possible for every label.
 */
export function placeLabels(
  points: readonly LabelledPoint[],
  frame: LabelFrame,
): string[] | undefined {
  const font = frame.fontSize ?? 12;
  const toPx = _scales(frame);
  const centres = points.map((p) => toPx(p.x, p.y));
  const markers: _Box[] = centres.map(([cx, cy]) => ({
    left: cx - _MARKER_RADIUS,
    right: cx + _MARKER_RADIUS,
    top: cy - _MARKER_RADIUS,
    bottom: cy + _MARKER_RADIUS,
  }));
  // Error bars and other segments: boxes a few pixels thick.
  const bars: _Box[] = (frame.segments ?? []).map((g) => {
    const [ax, ay] = toPx(g.x0, g.y0), [bx, by] = toPx(g.x1, g.y1);
    return {
      left: Math.min(ax, bx) - 1.5,
      right: Math.max(ax, bx) + 1.5,
      top: Math.min(ay, by) - 1.5,
      bottom: Math.max(ay, by) + 1.5,
    };
  });
  const placed: _Box[] = [];
  const chosen: string[] = [];
  for (const [i, p] of points.entries()) {
    const [cx, cy] = centres[i]!;
    const w = 0.6 * font * p.label.length, h = 1.25 * font;
    const fits = _POSITIONS.find((position) => {
      const box = _boxAt(position, cx, cy, w, h);
      const inside = box.left >= 0 && box.right <= frame.width && box.top >= 0 &&
        box.bottom <= frame.height;
      return inside && !placed.some((b) => _overlap(b, box)) &&
        !markers.some((m, j) => j !== i && _overlap(m, box)) && !bars.some((b) => _overlap(b, box));
    });
    if (fits === undefined) return undefined;
    placed.push(_boxAt(fits, cx, cy, w, h));
    chosen.push(fits);
  }
  return chosen;
}

function _boxAt(position: string, cx: number, cy: number, w: number, h: number): _Box {
  const [vertical, horizontal] = position.split(" ") as [string, string];
  const gap = _MARKER_RADIUS;
  const left = horizontal === "right"
    ? cx + gap
    : horizontal === "left"
    ? cx - gap - w
    : cx - w / 2;
  const top = vertical === "top" ? cy - gap - h : vertical === "bottom" ? cy + gap : cy - h / 2;
  return { left, right: left + w, top, bottom: top + h };
}

function _overlap(a: _Box, b: _Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Data → pixel maps over the padded value ranges (y grows downwards, as on screen). */
function _scales(frame: LabelFrame): (x: number, y: number) => [number, number] {
  const axis = (values: readonly number[], log: boolean | undefined, size: number) => {
    const vs = values.filter((v) => Number.isFinite(v) && (!log || v > 0)).map((v) =>
      log ? Math.log10(v) : v
    );
    const lo = Math.min(...vs), hi = Math.max(...vs);
    const pad = (hi - lo || 1) * 0.06;
    return (v: number) => ((log ? Math.log10(v) : v) - (lo - pad)) / (hi - lo + 2 * pad) * size;
  };
  const sx = axis(frame.xValues, frame.logX, frame.width);
  const sy = axis(frame.yValues, frame.logY, frame.height);
  return (x, y) => [sx(x), frame.height - sy(y)];
}

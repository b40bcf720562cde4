/**
 * One progress bar API for training loops and sweeps, wherever they run.
 *
 * - In the Jupyter kernel: one output per bar that updates in place (a fresh display id each);
 *   it also carries its state without timing, which a committed notebook keeps instead.
 * - On a terminal: one line redrawn with `\r`.
 * - Elsewhere (CI logs, pipes): quiet, one final line when the bar finishes.
 *
 * Redraws are throttled (at most about 5 per second), so calling `update` every step is cheap.
 *
 * @example A training loop with a bar (silent here; the default mode picks the place)
 * ```ts
 * import { createProgress } from "relu-lab/plot";
 *
 * const bar = createProgress({ total: 3, label: "train relu", mode: "silent" });
 * for (let epoch = 1; epoch <= 3; epoch++) {
 *   await bar.update(epoch, { loss: 1 / epoch, accuracy: 0.3 * epoch });
 * }
 * await bar.finish();
 * ```
 *
 * @module
 */

import { displayBundle, inJupyterKernel } from "./kernel.ts";
import {
  formatProgress,
  PROGRESS_MIME,
  progressHtml,
  progressPayload,
  type ProgressSnapshot,
} from "./progress_format.ts";
import {
  requireAllFinite,
  requireInRange,
  requireInteger,
  requireOneOf,
} from "../core/_validate.ts";

/** Where a bar draws: an updating notebook output, a terminal line, a final log line, nothing. */
export type ProgressMode = "kernel" | "terminal" | "log" | "silent";

const _MODES: readonly ProgressMode[] = ["kernel", "terminal", "log", "silent"];
const _MIN_REDRAW_MS = 200;

/** Options of {@linkcode createProgress}. */
export interface ProgressOptions {
  /** Number of steps (epochs, runs) the work has; an integer ≥ 1. */
  total: number;
  /**
   * Shown before the bar, e.g. `"relu seed 3"`.
   * @default ""
   */
  label?: string;
  /**
   * Where to draw.
   * @default detectProgressMode()
   */
  mode?: ProgressMode;
}

/** Named numbers shown after the bar, e.g. `{ loss: 0.31, accuracy: 0.92 }`. */
export type ProgressFields = Readonly<Record<string, number>>;

/** A running progress bar. Await its calls: in a notebook they send outputs. */
export interface Progress {
  /** Reports `done` of `total` steps finished, with the latest named numbers. */
  update(done: number, fields?: ProgressFields): Promise<void>;
  /** Draws the final state (terminal: ends the line; log: prints it once). Idempotent. */
  finish(fields?: ProgressFields): Promise<void>;
}

/**
 * Picks where bars draw here: `"kernel"` in Jupyter, `"terminal"` when stdout is a
 * terminal, else `"log"`.
 *
 * @returns The mode {@linkcode createProgress} uses by default.
 *
 * @example Under `deno test` stdout is piped
 * ```ts
 * import { detectProgressMode } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(detectProgressMode()).to.be.oneOf(["terminal", "log"]);
 * ```
 */
export function detectProgressMode(): ProgressMode {
  if (inJupyterKernel()) return "kernel";
  return Deno.stdout.isTerminal() ? "terminal" : "log";
}

/**
 * Starts a progress bar; nothing is drawn until the first `update`.
 *
 * @param options Total steps, label and mode.
 * @returns The bar: `await bar.update(done, fields)` each step, `await bar.finish()` at the end.
 *
 * @example Validates its input
 * ```ts
 * import { createProgress } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(() => createProgress({ total: 0 })).to.throw(RangeError, /total/);
 * const bar = createProgress({ total: 2, mode: "silent" });
 * let message = "";
 * await bar.update(3).catch((e: Error) => message = e.message);
 * expect(message).to.match(/done/);
 * ```
 */
export function createProgress(options: ProgressOptions): Progress {
  const { total, label = "", mode = detectProgressMode() } = options;
  requireInteger("total", total, 1);
  requireOneOf("mode", mode, _MODES);
  const draw = _drawer(mode);
  const start = performance.now();
  const state: ProgressSnapshot = { label, done: 0, total, fields: {}, elapsedMs: 0 };
  let lastDraw = -Infinity;
  let finished = false;
  let chain = Promise.resolve();

  const record = (done: number, fields: ProgressFields | undefined) => {
    requireInteger("done", done, 0);
    requireInRange("done", done, 0, total);
    if (fields) requireAllFinite("fields", Object.values(fields));
    state.done = done;
    state.fields = { ...state.fields, ...fields };
    state.elapsedMs = performance.now() - start;
  };
  // Draws run one after another even if a caller forgets to await.
  const enqueue = (final: boolean) => {
    const snapshot = { ...state };
    chain = chain.then(() => draw(snapshot, final));
    return chain;
  };

  return {
    update(done, fields) {
      try {
        record(done, fields);
      } catch (error) {
        return Promise.reject(error);
      }
      const now = performance.now();
      if (finished || (now - lastDraw < _MIN_REDRAW_MS && done < total)) return chain;
      lastDraw = now;
      return enqueue(false);
    },
    finish(fields) {
      if (finished) return chain;
      try {
        record(state.done, fields);
      } catch (error) {
        return Promise.reject(error);
      }
      finished = true;
      return enqueue(true);
    },
  };
}

/** Returns the function that draws one snapshot in `mode`. */
function _drawer(mode: ProgressMode): (s: ProgressSnapshot, final: boolean) => Promise<void> {
  const encoder = new TextEncoder();
  switch (mode) {
    case "kernel": {
      const displayId = crypto.randomUUID();
      let shown = false;
      return async (s) => {
        // The state without timing rides along, for the committed form of the notebook.
        const bundle = {
          "text/plain": formatProgress(s),
          "text/html": progressHtml(s),
          [PROGRESS_MIME]: progressPayload(s),
        };
        await displayBundle(bundle, { displayId, update: shown });
        shown = true;
      };
    }
    case "terminal":
      return (s, final) => {
        const line = formatProgress(s).slice(0, _terminalWidth() - 1);
        Deno.stdout.writeSync(encoder.encode(`\r${line}\x1b[K${final ? "\n" : ""}`));
        return Promise.resolve();
      };
    case "log":
      return (s, final) => {
        if (final) Deno.stdout.writeSync(encoder.encode(formatProgress(s) + "\n"));
        return Promise.resolve();
      };
    case "silent":
      return () => Promise.resolve();
  }
}

/** The terminal's width in columns, or 100 when unknown. */
function _terminalWidth(): number {
  try {
    return Deno.consoleSize().columns;
  } catch {
    return 100;
  }
}

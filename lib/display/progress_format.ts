/**
 * How a progress bar reads: one text line (terminal, logs, plain-text frontends) and a
 * small HTML block (notebooks). Pure functions of a {@linkcode ProgressSnapshot}.
 *
 * @module
 */

import { escapeHtml } from "./_html.ts";

/**
 * A bar's state without its timing: what a committed notebook keeps of a finished bar, so
 * that running the notebook again writes the same bytes.
 */
export interface ProgressState {
  /** Shown first; may be empty. */
  label: string;
  /** Steps finished, 0 ≤ done ≤ total. */
  done: number;
  /** Steps in all. */
  total: number;
  /** Latest named numbers. */
  fields: Readonly<Record<string, number>>;
}

/**
 * The MIME type under which a notebook's progress bar carries its state without timing
 * ({@linkcode progressPayload}) beside its text and HTML (which show the time too); frontends
 * ignore it.
 *
 * @example
 * ```ts
 * import { PROGRESS_MIME } from "./progress_format.ts";
 * import { expect } from "chai";
 *
 * expect(PROGRESS_MIME).to.match(/^application\/vnd\./);
 * ```
 */
export const PROGRESS_MIME = "application/vnd.relu-lab.progress+json";

/** A {@linkcode ProgressState} as JSON whose key order does not matter (fields as pairs). */
export interface ProgressPayload {
  /** Shown first; may be empty. */
  label: string;
  /** Steps finished. */
  done: number;
  /** Steps in all. */
  total: number;
  /** The named numbers, in the order the bar shows them. */
  fields: [string, number][];
}

/**
 * A bar's state as the payload of {@linkcode PROGRESS_MIME}: the fields as pairs, so that
 * their order survives notebook writers that sort JSON keys.
 *
 * @param s A snapshot or a state.
 * @returns The payload.
 *
 * @example
 * ```ts
 * import { progressPayload, progressState } from "./progress_format.ts";
 * import { expect } from "chai";
 *
 * const payload = progressPayload({ label: "a", done: 1, total: 2, fields: { failed: 0, diverged: 1 } });
 * expect(payload.fields).to.deep.equal([["failed", 0], ["diverged", 1]]);
 * expect(Object.keys(progressState(payload).fields)).to.deep.equal(["failed", "diverged"]);
 * ```
 */
export function progressPayload(s: ProgressState): ProgressPayload {
  return { label: s.label, done: s.done, total: s.total, fields: Object.entries(s.fields) };
}

/**
 * The state a {@linkcode progressPayload} carries.
 *
 * @param payload The payload.
 * @returns The state, fields in their order.
 *
 * @example
 * ```ts
 * import { progressState } from "./progress_format.ts";
 * import { expect } from "chai";
 *
 * const state = progressState({ label: "", done: 2, total: 2, fields: [["loss", 0.5]] });
 * expect(state.fields).to.deep.equal({ loss: 0.5 });
 * ```
 */
export function progressState(payload: ProgressPayload): ProgressState {
  const { label, done, total, fields } = payload;
  return { label, done, total, fields: Object.fromEntries(fields) };
}

/** The state of a bar at one moment. */
export interface ProgressSnapshot {
  /** Shown first; may be empty. */
  label: string;
  /** Steps finished, 0 ≤ done ≤ total. */
  done: number;
  /** Steps in all. */
  total: number;
  /** Latest named numbers, e.g. `{ loss: 0.31, accuracy: 0.92 }`. */
  fields: Readonly<Record<string, number>>;
  /** Milliseconds since the bar started. */
  elapsedMs: number;
}

const _BAR_WIDTH = 20;

/**
 * Formats a duration as `m:ss` (or `h:mm:ss` from one hour).
 *
 * @param ms Milliseconds, ≥ 0.
 * @returns E.g. `"1:05"` for 65,000 ms.
 *
 * @example
 * ```ts
 * import { formatDuration } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(formatDuration(65_000)).to.equal("1:05");
 * expect(formatDuration(3_725_000)).to.equal("1:02:05");
 * ```
 */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * The bar as one line: label, done/total, bar, fields, elapsed and estimated time left (the
 * time only for a snapshot, not for a bare state).
 *
 * @param s The snapshot, or a state without timing.
 * @returns E.g. `"relu 5/10 [##########..........] loss 0.3100 | 0:04 elapsed, 0:04 left"`.
 *
 * @example Half way
 * ```ts
 * import { formatProgress } from "./progress_format.ts";
 * import { expect } from "chai";
 *
 * const line = formatProgress({
 *   label: "relu", done: 5, total: 10, fields: { loss: 0.31 }, elapsedMs: 4000,
 * });
 * expect(line).to.equal("relu 5/10 [##########..........] loss 0.3100 | 0:04 elapsed, 0:04 left");
 * ```
 *
 * @example Without timing, as a committed notebook keeps a finished bar
 * ```ts
 * import { formatProgress } from "./progress_format.ts";
 * import { expect } from "chai";
 *
 * const line = formatProgress({ label: "relu", done: 10, total: 10, fields: { loss: 0.31 } });
 * expect(line).to.equal("relu 10/10 [####################] loss 0.3100");
 * ```
 */
export function formatProgress(s: ProgressSnapshot | ProgressState): string {
  const filled = Math.round((_BAR_WIDTH * s.done) / s.total);
  const bar = `[${"#".repeat(filled)}${".".repeat(_BAR_WIDTH - filled)}]`;
  const parts = [s.label, `${s.done}/${s.total}`, bar, ..._fieldTexts(s.fields)]
    .filter((p) => p !== "");
  return "elapsedMs" in s ? `${parts.join(" ")} | ${_timeText(s)}` : parts.join(" ");
}

/**
 * The bar as HTML for a notebook output: a `<progress>` element and the text line.
 *
 * @param s The snapshot, or a state without timing.
 * @returns An HTML fragment; the label and field names are escaped.
 *
 * @example
 * ```ts
 * import { progressHtml } from "./progress_format.ts";
 * import { expect } from "chai";
 *
 * const html = progressHtml({ label: "<b>", done: 1, total: 4, fields: {}, elapsedMs: 0 });
 * expect(html).to.contain('<progress value="1" max="4">');
 * expect(html).to.contain("&lt;b&gt;");
 * ```
 */
export function progressHtml(s: ProgressSnapshot | ProgressState): string {
  const fields = _fieldTexts(s.fields).join(" · ");
  const time = "elapsedMs" in s ? ` · ${_timeText(s)}` : "";
  return `<div style="font-family:monospace;font-size:12px">` +
    `${escapeHtml(s.label)} <progress value="${s.done}" max="${s.total}"></progress> ` +
    `${s.done}/${s.total} ${escapeHtml(fields)}${time}</div>`;
}

/** Formats named numbers as `name value` with four significant digits (integers as-is). */
function _fieldTexts(fields: Readonly<Record<string, number>>): string[] {
  return Object.entries(fields).map(([name, v]) =>
    `${name} ${Number.isInteger(v) ? String(v) : v.toPrecision(4)}`
  );
}

/** `"0:04 elapsed, 0:04 left"`; no estimate before the first step or after the last. */
function _timeText(s: ProgressSnapshot): string {
  const elapsed = `${formatDuration(s.elapsedMs)} elapsed`;
  if (s.done === 0 || s.done >= s.total) return elapsed;
  const left = (s.elapsedMs * (s.total - s.done)) / s.done;
  return `${elapsed}, ${formatDuration(left)} left`;
}

/**
 * Safe access to the Deno Jupyter kernel's display channel.
 *
 * Reading `Deno.jupyter` outside `deno jupyter` throws, so library code asks
 * {@linkcode inJupyterKernel} first. Every display goes through
 * {@linkcode displayBundle}, which awaits the send and then pauses briefly: with Run All
 * in Deno 2.9.6, outputs sent back to back can otherwise land in a later cell.
 *
 * @module
 */

/** A Jupyter MIME bundle: MIME type → data (strings, or JSON objects). */
export type MimeBundle = Record<string, string | object>;

/** The method name by which the Deno kernel asks a cell's value for its MIME bundle. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/** A value that displays itself in a notebook (figures, tables). */
export interface Displayable {
  /** Returns the MIME bundle to show. */
  [JUPYTER_DISPLAY](): MimeBundle | Promise<MimeBundle>;
}

/** Pause after each display so the kernel attributes it to the running cell. */
const _SETTLE_MS = 20;

/**
 * Tells whether the code runs inside the Deno Jupyter kernel.
 *
 * @returns `true` in `deno jupyter`, `false` anywhere else (never throws).
 *
 * @example Outside a notebook
 * ```ts
 * import { inJupyterKernel } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * expect(inJupyterKernel()).to.equal(false);
 * ```
 */
export function inJupyterKernel(): boolean {
  try {
    return typeof Deno.jupyter.display === "function";
  } catch {
    return false;
  }
}

/** Options of {@linkcode displayBundle}. */
export interface DisplayBundleOptions {
  /**
   * Id of an updatable display; give a fresh one (`crypto.randomUUID()`) per display.
   * @default undefined (a plain, not updatable output)
   */
  displayId?: string;
  /**
   * Replace the earlier display with this `displayId` instead of adding an output.
   * @default false
   */
  update?: boolean;
}

/**
 * Sends a MIME bundle to the notebook as-is, awaited and followed by a short pause.
 *
 * @param bundle MIME type → data, e.g. `{ "text/plain": "hi", "text/html": "<b>hi</b>" }`.
 * @param options Display id and update flag.
 * @returns When the kernel has taken the message.
 * @throws {Error} Outside the Jupyter kernel (check {@linkcode inJupyterKernel} first).
 *
 * @example Fails clearly outside a notebook
 * ```ts
 * import { displayBundle } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * let message = "";
 * await displayBundle({ "text/plain": "hi" }).catch((e: Error) => message = e.message);
 * expect(message).to.match(/Jupyter kernel/);
 * ```
 */
export async function displayBundle(
  bundle: MimeBundle,
  options: DisplayBundleOptions = {},
): Promise<void> {
  if (!inJupyterKernel()) {
    throw new Error("Expected to run inside the Deno Jupyter kernel (deno jupyter), it is not");
  }
  const { displayId, update = false } = options;
  await Deno.jupyter.display(bundle, {
    raw: true,
    ...(displayId === undefined ? {} : { display_id: displayId }),
    ...(update ? { update } : {}),
  });
  await new Promise((resolve) => setTimeout(resolve, _SETTLE_MS));
}

/**
 * Shows a figure or table now: in the notebook as a display output (awaited, so it lands in
 * this cell); elsewhere its `text/plain` form goes to stdout.
 *
 * @param item A displayable value, e.g. a `Figure` or a `Table`.
 * @returns The MIME bundle that was shown.
 *
 * @example Outside a notebook the plain text is printed
 * ```ts
 * import { JUPYTER_DISPLAY, show } from "relu-lab/plot";
 * import { expect } from "chai";
 *
 * const note = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "a note" }) };
 * const bundle = await show(note);
 * expect(bundle["text/plain"]).to.equal("a note");
 * ```
 */
export async function show(item: Displayable): Promise<MimeBundle> {
  const bundle = await item[JUPYTER_DISPLAY]();
  if (inJupyterKernel()) await displayBundle(bundle);
  else console.log(String(bundle["text/plain"] ?? ""));
  return bundle;
}

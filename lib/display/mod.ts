/**
 * Notebook plumbing: values that display themselves in a Jupyter kernel (figures, tables,
 * Markdown), progress bars for long loops, and the setup cell that embeds plotly.js.
 *
 * @module
 */

export type { Displayable, DisplayBundleOptions, MimeBundle } from "./kernel.ts";
export { displayBundle, inJupyterKernel, JUPYTER_DISPLAY, show } from "./kernel.ts";
export * from "./markdown.ts";
export * from "./progress.ts";
export { formatDuration } from "./progress_format.ts";
export * from "./types.ts";
export * from "./figure.ts";
export * from "./table.ts";
export * from "./setup.ts";

/**
 * Classic Notebook 6 (Debian's jupyter-notebook) driven by a headless browser: start a
 * server on 127.0.0.1 only, open a notebook, Run All, wait for every cell, shut down.
 *
 * @module
 */

import type { Page } from "puppeteer-core";
import { resolve } from "node:path";

/** A running Notebook 6 server. */
export interface ClassicServer {
  /** Base URL, e.g. `http://127.0.0.1:8899`. */
  url: string;
  /** Access token, to append as `?token=`. */
  token: string;
}

/**
 * Starts a Notebook 6 server on `dir`, runs `body`, then shuts its kernels and itself down.
 *
 * @param dir Folder the server shows (the kernel of a notebook runs in its folder).
 * @param jupyterPath `JUPYTER_PATH` holding the Deno kernelspec.
 * @param body What to do while the server runs.
 * @param startTimeoutMs Longest wait for the server to answer.
 * @returns What `body` returns.
 */
export async function withClassicServer<T>(
  dir: string,
  jupyterPath: string,
  body: (server: ClassicServer) => Promise<T>,
  startTimeoutMs = 30_000,
): Promise<T> {
  const port = _freePort();
  const token = crypto.randomUUID();
  const state = resolve(dir, ".jupyter");
  const child = new Deno.Command("jupyter", {
    args: [
      "notebook",
      "--no-browser",
      "--allow-root", // CI runs as root
      "--ip=127.0.0.1",
      `--port=${port}`,
      "--port-retries=0",
      `--NotebookApp.token=${token}`,
      `--notebook-dir=${resolve(dir)}`,
    ],
    env: {
      JUPYTER_PATH: resolve(jupyterPath),
      JUPYTER_CONFIG_DIR: `${state}/config`,
      JUPYTER_RUNTIME_DIR: `${state}/runtime`,
      // No static PNGs: every figure shown must then be drawn by plotly.js in the page.
      RELU_LAB_CHROMIUM: "none",
    },
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let log = "";
  const logged = child.stderr.pipeThrough(new TextDecoderStream())
    .pipeTo(new WritableStream({ write: (text) => void (log = (log + text).slice(-4000)) }));
  const server = { url: `http://127.0.0.1:${port}`, token };
  try {
    await _waitUntilUp(server, startTimeoutMs).catch((error) => {
      throw new Error(`${error.message}; its log ends:\n${log}`);
    });
    return await body(server);
  } finally {
    await _deleteKernels(server).catch(() => {});
    try {
      child.kill("SIGTERM");
    } catch { /* already exited */ }
    await child.status;
    await logged;
  }
}

/**
 * Opens a notebook in the classic UI, waits for its kernel, clears outputs and runs all
 * cells, then waits until every code cell has finished.
 *
 * @param page A browser page.
 * @param server The server.
 * @param notebook Path of the notebook relative to the server's folder.
 * @param timeoutMs Longest wait for the kernel and for the run.
 * @returns The number of code cells that ran.
 */
export async function runAllInClassic(
  page: Page,
  server: ClassicServer,
  notebook: string,
  timeoutMs: number,
): Promise<number> {
  await page.goto(`${server.url}/notebooks/${notebook}?token=${server.token}`);
  // deno-lint-ignore no-explicit-any -- the classic UI's global object is untyped
  type W = { Jupyter: any };
  await page.waitForFunction(
    () => (window as unknown as W).Jupyter?.notebook?.kernel?.is_connected?.() === true,
    { timeout: timeoutMs },
  );
  await page.evaluate(() => {
    const nb = (window as unknown as W).Jupyter.notebook;
    nb.clear_all_output();
    nb.execute_all_cells();
  });
  await page.waitForFunction(() => {
    const cells: { cell_type: string; input_prompt_number: unknown }[] = (window as unknown as W)
      .Jupyter.notebook.get_cells();
    return cells.every((c) => c.cell_type !== "code" || typeof c.input_prompt_number === "number");
  }, { timeout: timeoutMs, polling: 250 });
  return page.evaluate(() =>
    (window as unknown as W).Jupyter.notebook.get_cells()
      .filter((c: { cell_type: string }) => c.cell_type === "code").length
  );
}

/**
 * Makes the viewport as tall as the classic UI's notebook (which scrolls inside the page),
 * so that a screenshot shows every cell.
 *
 * @param page A page showing a notebook.
 * @param maxHeight Tallest viewport, in pixels.
 * @returns When resized.
 */
export async function fitViewportToNotebook(page: Page, maxHeight = 16_000): Promise<void> {
  const height = await page.evaluate(() =>
    (globalThis as unknown as {
      document: { getElementById(id: string): { scrollHeight: number } | null };
    }).document.getElementById("notebook")?.scrollHeight ?? 900
  );
  await page.setViewport({ width: 1100, height: Math.min(maxHeight, height + 200) });
}

/** A TCP port that was free a moment ago. */
function _freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/** Polls the server's API until it answers. */
async function _waitUntilUp(server: ClassicServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${server.url}/api/status?token=${server.token}`)
      .then(async (r) => (await r.body?.cancel(), r.ok), () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Notebook server at ${server.url} did not start within ${timeoutMs} ms`);
}

/** Shuts down every kernel of the server. */
async function _deleteKernels(server: ClassicServer): Promise<void> {
  const kernels: { id: string }[] =
    await (await fetch(`${server.url}/api/kernels?token=${server.token}`)).json();
  for (const k of kernels) {
    const r = await fetch(`${server.url}/api/kernels/${k.id}?token=${server.token}`, {
      method: "DELETE",
    });
    await r.body?.cancel();
  }
}

/**
 * Executing notebooks in a fresh Deno kernel from Deno: what must be installed, a private
 * kernelspec (so runs do not depend on `deno jupyter --install`), and the nbclient runner
 * in `tools/run_notebook.py` that keeps outputs arriving after the kernel reports idle.
 *
 * @module
 */

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pathExists } from "../../lib/core/_fs.ts";

/** Debian's Python, which has python3-nbclient (a python3 earlier on PATH may not). */
export const PYTHON = "/usr/bin/python3";
/** The apt packages the notebook tools need. */
export const APT_PACKAGES = "jupyter-notebook jupyter-nbconvert python3-nbclient chromium";

const _RUNNER = fileURLToPath(new URL("../run_notebook.py", import.meta.url));

/**
 * Lists what is missing to execute and render notebooks and to check them in a browser.
 *
 * @returns Human-readable missing pieces; empty when everything is there.
 */
export async function missingNotebookTools(): Promise<string[]> {
  const missing: string[] = [];
  const probe = await _run(PYTHON, ["-c", "import nbclient, nbconvert, notebook"]);
  if (!probe.ok) missing.push("python3-nbclient, jupyter-nbconvert, jupyter-notebook");
  if (!(await _run("jupyter", ["--version"])).ok) missing.push("jupyter");
  if (!(await pathExists("/usr/bin/chromium"))) missing.push("chromium");
  return missing;
}

/**
 * Writes a kernelspec for this Deno under `dir/kernels/deno`, for use as `JUPYTER_PATH`.
 *
 * @param dir A writable folder.
 * @returns `dir`, to pass as the `JUPYTER_PATH` environment variable.
 */
export async function writeKernelSpec(dir: string): Promise<string> {
  const spec = {
    argv: [Deno.execPath(), "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
  };
  await Deno.mkdir(join(dir, "kernels", "deno"), { recursive: true });
  await Deno.writeTextFile(join(dir, "kernels", "deno", "kernel.json"), JSON.stringify(spec));
  return dir;
}

/** The notebooks in `folder`, by name without `.ipynb`, sorted. */
export function notebookNames(folder: string): string[] {
  return [...Deno.readDirSync(folder)]
    .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
    .map((e) => e.name.slice(0, -".ipynb".length))
    .sort();
}

/**
 * For a script about to run notebooks: exits with the install command when Jupyter's
 * pieces are missing, else writes the Deno kernelspec under `workDir` and returns the
 * folder to pass as {@linkcode ExecuteOptions.jupyterPath}.
 */
export async function prepareKernel(workDir: string): Promise<string> {
  const missing = await missingNotebookTools();
  if (missing.length > 0) {
    console.error(`Missing ${missing.join(", ")}. Install: apt-get install -y ${APT_PACKAGES}`);
    Deno.exit(1);
  }
  return await writeKernelSpec(join(workDir, "jupyter"));
}

/** Options of {@linkcode executeNotebook}. */
export interface ExecuteOptions {
  /** Folder holding `kernels/deno` (see {@linkcode writeKernelSpec}). */
  jupyterPath: string;
  /** Seconds a single cell may run. @default 600 */
  cellTimeout?: number;
}

/** The outcome of one notebook run. */
export interface ExecuteResult {
  /** True when every cell ran without error and no output was lost. */
  ok: boolean;
  /** The runner's one-line reason when not ok (and any kernel warnings). */
  message: string;
  /** Wall time in seconds. */
  seconds: number;
}

/**
 * Runs a notebook top to bottom in a fresh Deno kernel and writes the executed copy.
 *
 * @param input The notebook; the kernel runs in its folder.
 * @param output Where the executed notebook goes (written even when a cell fails).
 * @param options Kernelspec folder and per-cell timeout.
 * @returns Whether it succeeded, why not, and how long it took.
 */
export async function executeNotebook(
  input: string,
  output: string,
  options: ExecuteOptions,
): Promise<ExecuteResult> {
  const start = performance.now();
  await Deno.mkdir(dirname(output), { recursive: true });
  const args = [_RUNNER, input, output, "--timeout", String(options.cellTimeout ?? 600)];
  const result = await _run(PYTHON, args, { JUPYTER_PATH: options.jupyterPath });
  const message = result.stderr.split("\n")
    .filter((line) => line.trim() !== "" && !line.includes('"deno jupyter" is unstable'))
    .join("\n");
  return { ok: result.ok, message, seconds: (performance.now() - start) / 1000 };
}

/** Runs a command, capturing stderr; a missing program counts as a failure. */
async function _run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ ok: boolean; stderr: string }> {
  try {
    const out = await new Deno.Command(command, { args, env, stdout: "null", stderr: "piped" })
      .output();
    return { ok: out.success, stderr: new TextDecoder().decode(out.stderr) };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return { ok: false, stderr: `${command} not found` };
    throw error;
  }
}

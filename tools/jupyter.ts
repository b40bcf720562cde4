/**
 * `deno task jupyter`: registers the Deno kernel with Jupyter if it is not registered yet
 * (`deno jupyter --install`), then starts the classic Jupyter Notebook on `notebooks/`.
 * Extra arguments go to `jupyter notebook` (e.g. `--port=8890`).
 *
 * @module
 */

import { APT_PACKAGES, PYTHON } from "./notebook/execute.ts";

const registered = await new Deno.Command(PYTHON, {
  args: [
    "-c",
    "import sys; from jupyter_client.kernelspec import find_kernel_specs; " +
    "sys.exit(0 if 'deno' in find_kernel_specs() else 1)",
  ],
  stderr: "null",
}).output().then((out) => out.success, () => false);

if (!registered) {
  console.log("Registering the Deno kernel with Jupyter (deno jupyter --install)");
  const install = await new Deno.Command("deno", { args: ["jupyter", "--install"] }).output();
  if (!install.success) {
    console.error(
      `Could not register the Deno kernel. Is Jupyter installed? apt-get install -y ${APT_PACKAGES}`,
    );
    Deno.exit(1);
  }
}

// Jupyter refuses to run as root unless told; containers often run as root.
const root = Deno.uid() === 0 ? ["--allow-root"] : [];
const notebook = new Deno.Command("jupyter", {
  args: ["notebook", "--notebook-dir=notebooks", ...root, ...Deno.args],
}).spawn();
Deno.exit((await notebook.status).code);

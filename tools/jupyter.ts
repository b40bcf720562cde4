/**
 * `deno task jupyter`: registers the Deno kernel with Jupyter if it is not registered yet
 * (`deno jupyter --install`), then starts the classic Jupyter Notebook on `notebooks/`.
 *
 * Usage: `deno task jupyter [--port N] [--no-browser] [-- jupyter notebook arguments]`
 *
 * @module
 */

import { integer, readCommandLine, toggle } from "./_cli.ts";
import { APT_PACKAGES, PYTHON } from "./notebook/execute.ts";

const USAGE = `Usage: deno task jupyter [--port N] [--no-browser] [-- ARGUMENTS]

Registers the Deno kernel with Jupyter if it is not registered yet (deno jupyter --install),
then starts the classic Jupyter Notebook on notebooks/. Needs Jupyter:
apt-get install -y ${APT_PACKAGES}

  --port N       the port to serve on (default: Jupyter's, 8888 or the next free one)
  --no-browser   do not open a browser
  --help         this text

Arguments after -- go to jupyter notebook as they are, e.g. -- --ip=0.0.0.0`;

const { flags, rest } = readCommandLine({
  usage: USAGE,
  flags: { port: integer({ min: 1, max: 65535 }), "no-browser": toggle() },
  passThrough: true,
});
const jupyterArgs = [
  ...(flags.port === undefined ? [] : [`--port=${flags.port}`]),
  ...(flags["no-browser"] ? ["--no-browser"] : []),
  ...rest,
];

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
  args: ["notebook", "--notebook-dir=notebooks", ...root, ...jupyterArgs],
}).spawn();
Deno.exit((await notebook.status).code);

/**
 * TensorFlow.js reference for the workloads W1 and W2, for measurement only (not a test):
 * the same networks, losses, optimisers and batches as bench/workloads.ts, in a hand-written
 * TF.js loop (`_tfjs_loop.ts`). Prints the same JSON lines, with `"backend"` telling which
 * backend ran ("wasm" if it initialises, else "cpu").
 *
 * The task allows reading any file because the wasm backend loads its binary from Deno's npm
 * cache, whose location depends on the machine (DENO_DIR). TF.js is imported only once the
 * command line is read, and this project's configuration caches npm packages lazily, so a
 * usage error downloads no TF.js.
 *
 * @module
 */

import { readCommandLine } from "../../tools/_cli.ts";
import { selectedWorkloads, WORKLOAD_FLAGS } from "../_workloads.ts";

const USAGE = `Usage: deno task bench:tfjs [--only W1|W2] [--repeat N]

Times TensorFlow.js (wasm backend, else cpu) on W1 (two circles, 2-16-16-1, 200 epochs) and
W2 (one epoch of Fashion-MNIST, 784-256-128-10), the same recipes as deno task
bench:workloads, and prints one JSON line per workload.

  --only W     only W1 or only W2 (default: both)
  --repeat N   timed runs, the best printed (default 3)
  --help       this text`;

const { flags } = readCommandLine({ usage: USAGE, flags: WORKLOAD_FLAGS });
const { measure } = await import("./_tfjs_loop.ts");
for (const w of await selectedWorkloads(flags.only)) measure(w, flags.repeat);

/**
 * Can this machine do twice the work on two cores? The same fixed amount of work runs
 * alone, then twice at once as two processes, then twice at once as two Web Workers in
 * one process (as a sweep's workers run), and the throughput of each pair is compared
 * with the single run's. Two kinds of work: float32 matrix products at W2's first-layer
 * shape (the WebAssembly SIMD kernel, floating-point units) and an integer hash loop in
 * JavaScript (no floating point, little memory).
 *
 * A ratio near 2 means two independent cores; near 1 means one core's worth of
 * execution units shared (for example two hyper-threads of one physical core); in between,
 * the cores share something else (a host busy elsewhere, a frequency that drops when both
 * run). Wall times on a loaded machine overstate the work; the load average is printed.
 *
 * Usage: `deno task bench:cores [--seconds S]` (about S seconds per measurement; default 2).
 *
 * @module
 */

import { parseArgs } from "node:util";
import { gemmWasm } from "../lib/core/kernels/gemm_wasm.ts";

type Work = "products" | "integers";

/** Runs `units` units of one kind of work; returns nothing (the time is measured outside). */
function _work(kind: Work, units: number): number {
  if (kind === "products") {
    const [m, n, k] = [128, 256, 784];
    const a = new Float32Array(m * k).fill(0.5), b = new Float32Array(k * n).fill(0.25);
    const c = new Float32Array(m * n);
    for (let i = 0; i < units; i++) gemmWasm(false, true, m, n, k, 1, a, b, 0, c);
    return c[0]!;
  }
  let h = 1;
  for (let i = 0; i < units * 4_000_000; i++) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + i | 0;
  return h;
}

/** Seconds that `units` units take here. */
function _time(kind: Work, units: number): number {
  const start = performance.now();
  _work(kind, units);
  return (performance.now() - start) / 1000;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ kind: Work; units: number }>) => void) | null;
  postMessage: (seconds: number) => void;
};

const inWorker = "WorkerGlobalScope" in globalThis;

if (inWorker) {
  // A Web Worker of a pair: times its share when asked.
  scope.onmessage = ({ data }) => {
    _time(data.kind, 3);
    scope.postMessage(_time(data.kind, data.units));
  };
} else if (Deno.args[0] === "--child") {
  // One process of a pair: prints how long its share took.
  const [, kind, units] = Deno.args as [string, Work, string];
  _time(kind, 3); // warm-up
  console.log(_time(kind, Number(units)));
} else {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "2" } } });
  const seconds = Number(values.seconds);
  if (!(seconds > 0)) {
    throw new RangeError(`Expected --seconds to be a number > 0, received "${values.seconds}"`);
  }
  const self = new URL(import.meta.url).pathname;
  const child = async (kind: Work, units: number) => {
    const out = await new Deno.Command("deno", {
      args: ["run", "--allow-read=.", self, "--child", kind, String(units)],
      stdout: "piped",
    }).output();
    return Number(new TextDecoder().decode(out.stdout).trim());
  };
  const worker = (kind: Work, units: number) =>
    new Promise<number>((resolve) => {
      const w = new Worker(import.meta.url, { type: "module" });
      w.onmessage = (event: MessageEvent<number>) => {
        resolve(event.data);
        w.terminate();
      };
      w.postMessage({ kind, units });
    });
  for (const kind of ["products", "integers"] as const) {
    _time(kind, 3);
    const probe = _time(kind, 5) / 5;
    const units = Math.max(1, Math.round(seconds / probe));
    const loadBefore = Deno.loadavg();
    const alone = await child(kind, units);
    const processes = await Promise.all([child(kind, units), child(kind, units)]);
    const workers = await Promise.all([worker(kind, units), worker(kind, units)]);
    const pair = (times: number[]) => Number((2 * alone / Math.max(...times)).toFixed(2));
    console.log(JSON.stringify({
      workload: `two cores: ${kind}`,
      alone_s: Number(alone.toFixed(3)),
      two_processes_s: processes.map((s) => Number(s.toFixed(3))),
      two_workers_s: workers.map((s) => Number(s.toFixed(3))),
      throughput_two_processes: pair(processes),
      throughput_two_workers: pair(workers),
      loadavg_before: loadBefore,
      loadavg_after: Deno.loadavg(),
    }));
  }
}

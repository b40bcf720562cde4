// Tiny sweeps for the engine's tests, with a fake run function instead of training:
// deterministic numbers from the seed, a little busy work, and runs that fail on purpose.

import { Rng } from "relu-lab";
import { defineSweep } from "relu-lab/lab";

/** Six combinations, two (quick) or three (full) seeds; a few milliseconds per run. */
export const tinySweep = defineSweep({
  name: "tiny",
  description: "Deterministic fake runs for engine tests.",
  grid: { mode: ["a", "b"], size: [1, 2, 3] },
  profiles: { quick: { seeds: 2 }, full: { seeds: 3 } },
  metrics: ["score", "steps"],
  module: import.meta.url,
  run({ mode, size }, seed) {
    const rng = new Rng(seed);
    let score = mode === "a" ? 0 : 0.5;
    const perEpoch = [];
    for (let epoch = 1; epoch <= size; epoch++) {
      for (let i = 0; i < 20_000; i++) score += rng.normal() * 1e-4;
      perEpoch.push({ epoch, score, perLayer: [score / 2, score / 3] });
    }
    return { metrics: { score, steps: size * 20_000 }, perEpoch };
  },
});

/** One run per behaviour: fine, throws, crashes its worker, NaN, diverges. */
export const faultySweep = defineSweep({
  name: "faulty",
  description: "Runs that fail in every way the engine must survive.",
  grid: { behaviour: ["ok", "throw", "crash", "nan", "diverge"] },
  profiles: { quick: { seeds: 1 }, full: { seeds: 2 } },
  metrics: ["value"],
  module: import.meta.url,
  run({ behaviour }, seed) {
    if (behaviour === "throw") throw new Error("this run throws");
    if (behaviour === "crash") {
      setTimeout(() => {
        throw new Error("this worker crashes");
      });
      return new Promise(() => {});
    }
    if (behaviour === "nan") return { metrics: { value: NaN } };
    if (behaviour === "diverge") {
      return { metrics: { value: Infinity }, status: "diverged", divergedEpoch: 3 };
    }
    return { metrics: { value: seed % 7 } };
  },
});

/** Each run tries one privileged operation and reports whether the worker allowed it. */
export const sandboxSweep = defineSweep({
  name: "sandbox",
  description: "What a sweep worker may do.",
  grid: { attempt: ["read", "write", "env", "run", "net"] },
  profiles: { quick: { seeds: 1 }, full: { seeds: 1 } },
  metrics: ["allowed"],
  module: import.meta.url,
  async run({ attempt }) {
    const attempts: Record<string, () => Promise<unknown>> = {
      read: () => Deno.readTextFile("deno.json"),
      write: () => Deno.writeTextFile("data/results/.test/sandbox-escape.txt", "x"),
      env: () => Promise.resolve(Deno.env.get("HOME")),
      run: () => new Deno.Command("true").output(),
      net: () => Deno.connect({ hostname: "127.0.0.1", port: 8099 }),
    };
    try {
      await attempts[attempt]!();
      return { metrics: { allowed: 1 } };
    } catch (error) {
      return { metrics: { allowed: error instanceof Deno.errors.NotCapable ? 0 : 1 } };
    }
  },
});

import { runSweep, dyingLr, planRuns } from "./lib/mod.ts";
let t = performance.now();
for (const run of planRuns(dyingLr, "quick").slice(0, 10)) await dyingLr.run(run.settings as never, run.seed);
console.log("10 runs in-process", ((performance.now() - t) / 1000).toFixed(2));
for (const workers of [1, 2]) {
  const outDir = await Deno.makeTempDir();
  t = performance.now();
  await runSweep(dyingLr, { profile: "quick", outDir, workers, progress: false });
  console.log("30 runs workers", workers, ((performance.now() - t) / 1000).toFixed(2));
}

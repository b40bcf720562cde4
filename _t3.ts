import { runSweep, dyingLr, dyingInit, bornDeadMc, leakySlope, preluSlopes } from "./lib/mod.ts";
const outDir = await Deno.makeTempDir();
for (const sweep of [dyingLr, dyingInit, bornDeadMc, leakySlope, preluSlopes]) {
  const t = performance.now();
  // deno-lint-ignore no-explicit-any
  const rows: any[] = await runSweep(sweep as any, { profile: "quick", outDir, workers: 2, progress: false });
  console.log(sweep.name, rows.length, ((performance.now() - t) / 1000).toFixed(1), "s");
  for (const r of rows.slice(0, 60)) {
    const s = sweep.fields.map((f) => `${f}=${r[f]}`).join(" ");
    console.log(" ", s, r.replicate, r.status, sweep.metrics.map((m: string) => `${m}=${typeof r[m] === "number" ? r[m].toFixed(3) : r[m]}`).join(" "));
  }
}

// Resuming a sweep after an interruption: a partial last line, a file cut after a few
// rows, and a real SIGKILL of a process in the middle of a sweep.

import { expect } from "chai";
import { resultsPath, runSweep } from "relu-lab/lab";
import { tinySweep } from "./_fixture_sweeps.ts";
import { freshDir, rowsWithoutWallTime } from "./_helpers.ts";

async function completeRun(name: string): Promise<{ path: string; expected: string[] }> {
  const outDir = await freshDir(name);
  await runSweep(tinySweep, { profile: "full", workers: 2, outDir });
  const path = resultsPath(tinySweep, { profile: "full", outDir });
  return { path, expected: await rowsWithoutWallTime(path) };
}

Deno.test("runSweep() resumes after a partial last line, with no duplicate or missing row", async () => {
  const { path, expected } = await completeRun("resume-partial");
  const text = await Deno.readTextFile(path);
  const lines = text.split("\n");
  // Keep the header and 7 rows, then half of the 8th row, as a kill during a write leaves it.
  const cut = lines.slice(0, 8).join("\n") + "\n" + lines[8]!.slice(0, 30);
  await Deno.writeTextFile(path, cut);
  const rows = await runSweep(tinySweep, {
    profile: "full",
    workers: 2,
    outDir: path.replace(/\/[^/]*$/, ""),
  });
  expect(rows).to.have.length(18);
  expect(await rowsWithoutWallTime(path)).to.deep.equal(expected);
  expect((await Deno.readTextFile(path)).startsWith(lines.slice(0, 8).join("\n") + "\n")).to.equal(
    true,
  );
});

Deno.test("runSweep() resumes a file cut inside its header", async () => {
  const { path, expected } = await completeRun("resume-header");
  await Deno.writeTextFile(path, "mode,size,repl");
  await runSweep(tinySweep, { profile: "full", workers: 1, outDir: path.replace(/\/[^/]*$/, "") });
  expect(await rowsWithoutWallTime(path)).to.deep.equal(expected);
});

Deno.test("runSweep() resumes after its process is killed mid-sweep", async () => {
  const { expected } = await completeRun("resume-kill-reference");
  const outDir = await freshDir("resume-kill");
  const path = resultsPath(tinySweep, { profile: "full", outDir });
  const script = `
import { runSweep } from "relu-lab/lab";
    import { tinySweep } from "${new URL("./_fixture_sweeps.ts", import.meta.url)}";
    await runSweep(tinySweep, { profile: "full", workers: 2, outDir: "${outDir}" });`;
  const child = new Deno.Command("deno", {
    args: ["eval", "--allow-read", `--allow-write=${outDir}`, script],
    stdout: "null",
    stderr: "null",
  }).spawn();
  // Kill as soon as a few rows are on disk (or when the child ends by itself).
  let rowsOnDisk = 0;
  while (rowsOnDisk < 4) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    rowsOnDisk = (await Deno.readTextFile(path).catch(() => "")).split("\n").length - 2;
  }
  try {
    child.kill("SIGKILL");
  } catch {
    // It had already finished: the resume below must then run nothing.
  }
  await child.status;
  await runSweep(tinySweep, { profile: "full", workers: 2, outDir });
  expect(await rowsWithoutWallTime(path)).to.deep.equal(expected);
});

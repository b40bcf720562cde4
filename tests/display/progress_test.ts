import { expect } from "chai";
import { createProgress, detectProgressMode, type ProgressMode } from "relu-lab/plot";
import { formatProgress } from "../../lib/display/progress_format.ts";

/** Runs a 3-step bar in a child process with `mode` and returns what it wrote to stdout. */
async function runBar(mode: ProgressMode): Promise<string> {
  const code = `
import { createProgress } from "relu-lab/plot";
    const bar = createProgress({ total: 3, label: "demo", mode: "${mode}" });
    for (let i = 1; i <= 3; i++) await bar.update(i, { loss: 1 / i });
    await bar.finish({ accuracy: 0.5 });`;
  const { stdout, success } = await new Deno.Command("deno", {
    args: ["eval", "--quiet", code],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  expect(success).to.equal(true);
  return new TextDecoder().decode(stdout);
}

Deno.test("createProgress() in log mode prints only one final line", async () => {
  const out = await runBar("log");
  expect(out.split("\n")).to.have.length(2);
  expect(out).to.match(/^demo 3\/3 \[#{20}\] loss 0\.3333 accuracy 0\.5000 \| 0:0\d elapsed\n$/);
});

Deno.test("createProgress() in terminal mode redraws one line with \\r and ends it", async () => {
  const out = await runBar("terminal");
  expect(out.startsWith("\r")).to.equal(true);
  expect(out.endsWith("\n")).to.equal(true);
  expect(out.split("\n")).to.have.length(2);
  expect(out).to.contain("3/3");
});

Deno.test("createProgress() in silent mode prints nothing", async () => {
  expect(await runBar("silent")).to.equal("");
});

Deno.test("createProgress() rejects bad totals, steps and fields, naming them", async () => {
  expect(() => createProgress({ total: 1.5 })).to.throw(TypeError, /total.*1\.5/);
  expect(() => createProgress({ total: 2, mode: "tty" as ProgressMode })).to.throw(/mode/);
  const bar = createProgress({ total: 2, mode: "silent" });
  const messages: string[] = [];
  for (const call of [() => bar.update(-1), () => bar.update(1, { loss: NaN })]) {
    await call().catch((e: Error) => messages.push(e.message));
  }
  expect(messages[0]).to.match(/done.*-1/);
  expect(messages[1]).to.match(/fields.*NaN/);
});

Deno.test("detectProgressMode() is not kernel outside Jupyter", () => {
  expect(detectProgressMode()).to.not.equal("kernel");
});

Deno.test("formatProgress() estimates time left from the pace so far", () => {
  const line = formatProgress({ label: "", done: 1, total: 4, fields: {}, elapsedMs: 10_000 });
  expect(line).to.equal("1/4 [#####...............] | 0:10 elapsed, 0:30 left");
});

Deno.test("formatProgress() shows integer fields as integers", () => {
  const line = formatProgress({
    label: "x",
    done: 0,
    total: 2,
    fields: { epoch: 3 },
    elapsedMs: 0,
  });
  expect(line).to.equal("x 0/2 [....................] epoch 3 | 0:00 elapsed");
});

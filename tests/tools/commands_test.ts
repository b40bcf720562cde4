// Every command-line tool, run as users run it (`deno task <name>`, with the permissions deno.json
// grants): an unknown flag and a bad value each get one line that names the flag, the expected
// form and the received value, then the usage, and exit code 2; `--help` prints the usage and
// exits with 0. The tools read their command line before doing any work, so each run is quick.

import { expect } from "chai";
import { stripVTControlCharacters } from "node:util";

/** A task, a bad value for it, and the line that must answer that value. */
const TOOLS: { task: string; bad: string[]; message: string }[] = [
  {
    task: "demo",
    bad: ["--epochs", "abc"],
    message: 'Expected --epochs to be an integer ≥ 1, received "abc"',
  },

  {
    task: "demo",
    bad: ["--learning-rate", "0.1,-3"],
    message: "Expected --learning-rate to be a number > 0, or several separated by commas, " +
      'received "0.1,-3"',
  },
  {
    task: "sweep",
    bad: ["--workers", "-1"],
    message: 'Expected --workers to be an integer ≥ 1, received "-1"',
  },
  {
    task: "sweep:merge",
    bad: ["w3-circles", "--profile", "fast"],
    message: 'Expected --profile to be one of "quick", "full", received "fast"',
  },
  {
    task: "data",
    bad: ["--base-url", "ftp://example.org/"],
    message: 'Expected --base-url to be an http or https URL, received "ftp://example.org/"',
  },
  {
    task: "tutorial",
    bad: ["4_dying"],
    message: 'Expected chapter to be one of "00_start_here", ',
  },
  {
    task: "jupyter",
    bad: ["--port", "0"],
    message: 'Expected --port to be an integer from 1 to 65535, received "0"',
  },
  {
    task: "bench:workloads",
    bad: ["--threads", "3"],
    message: 'Expected --threads to be an integer from 1 to 2, received "3"',
  },
  {
    task: "bench:sweep",
    bad: ["--runs", "0"],
    message: 'Expected --runs to be an integer from 1 to 100, received "0"',
  },
  {
    task: "bench:tutorial",
    bad: ["all"],
    message: 'Expected chapter to be one of "00_start_here", ',
  },
  {
    task: "bench:ratios",
    bad: ["--only", "W4"],
    message: 'Expected --only to be one of "W1", "W2", "W3", received "W4"',
  },
  {
    task: "bench:tfjs",
    bad: ["--repeat", "-2"],
    message: 'Expected --repeat to be an integer ≥ 1, received "-2"',
  },
  {
    task: "build:wasm",
    bad: ["lib/kernels/gemm.wat"],
    message: 'Expected no arguments besides flags, received "lib/kernels/gemm.wat"',
  },
];

/** Runs `deno task <task> ...args`; Deno's own download progress lines are left out of stderr. */
async function task(name: string, ...args: string[]) {
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["task", "-q", name, ...args],
    env: { NO_COLOR: "1" },
  }).output();
  const text = (bytes: Uint8Array) => stripVTControlCharacters(new TextDecoder().decode(bytes));
  const lines = text(stderr).split("\n").filter((line) => !line.startsWith("Download "));
  return { code, stdout: text(stdout), stderr: lines.join("\n") };
}

/** Checks a usage error: one line (starting with `message`), a blank line, the usage, exit 2. */
function expectUsageError(run: Awaited<ReturnType<typeof task>>, name: string, message: string) {
  const [first, blank, usage] = run.stderr.split("\n");
  expect(first?.slice(0, message.length), run.stderr).to.equal(message);
  expect(blank, run.stderr).to.equal("");
  expect(usage, run.stderr).to.match(new RegExp(`^Usage: deno task ${name}( |$)`));
  expect(run.stderr, "no warnings").to.not.match(/warning/i);
  expect(run.stdout).to.equal("");
  expect(run.code, run.stderr).to.equal(2);
}

for (const name of new Set(TOOLS.map((t) => t.task))) {
  Deno.test(`deno task ${name} answers an unknown flag, a bad value and --help`, async () => {
    const unknown = await task(name, "--bogus");
    const known =
      /^Expected (one of the flags --[a-z-]+(, --[a-z-]+)*|no flag other than --help), received --bogus$/;
    expect(unknown.stderr.split("\n")[0], unknown.stderr).to.match(known);
    expectUsageError(unknown, name, "Expected ");
    for (const { bad, message } of TOOLS.filter((t) => t.task === name)) {
      expectUsageError(await task(name, ...bad), name, message);
    }
    const help = await task(name, "--help");
    expect(help.code, help.stderr).to.equal(0);
    expect(help.stdout).to.match(new RegExp(`^Usage: deno task ${name}( |\\n)`));
    expect(help.stderr).to.equal("");
  });
}

Deno.test("deno task sweep with a flag but no sweep name asks for the name", async () => {
  expectUsageError(
    await task("sweep", "--workers", "2"),
    "sweep",
    "Expected a sweep name, received none",
  );
});

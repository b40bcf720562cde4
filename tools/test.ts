/**
 * Runs the whole test suite (unit, property, doc and notebook tests) with the
 * permissions it needs, then prints one plain summary line for CI:
 * `N passed, N failed`.
 *
 * Usage: `deno task test [extra deno test arguments]`
 *
 * @module
 */

import { stripVTControlCharacters } from "node:util";

// The temporary folder is writable for the fresh Chromium profile that lib/display/png.ts makes
// when a test renders a figure to PNG.
const TMP = Deno.env.get("TMPDIR") ?? "/tmp";

const PERMISSIONS = [
  "--allow-read",
  `--allow-write=tests/.out,data/results/.test,${TMP}`,
  "--allow-env",
  "--allow-run",
  "--allow-net=127.0.0.1,localhost",
  "--allow-sys",
];

const args = ["test", ...PERMISSIONS, "--doc", ...Deno.args];
if (Deno.args.every((a) => a.startsWith("-"))) args.push("lib/", "tests/");

const child = new Deno.Command("deno", { args, stdout: "piped", stderr: "inherit" })
  .spawn();

// Echo the output as it comes while keeping the last summary line deno test prints:
// "ok | 12 passed (3 steps) | 0 failed (2s)".
let summary = "";
let pending = "";
const decoder = new TextDecoder();
for await (const chunk of child.stdout) {
  await Deno.stdout.write(chunk);
  pending += decoder.decode(chunk, { stream: true });
  const lines = pending.split("\n");
  pending = lines.pop() ?? "";
  for (const line of lines) if (/\d+ passed.*\d+ failed/.test(line)) summary = line;
}
const { code } = await child.status;

const plain = stripVTControlCharacters(summary);
const passed = Number(/(\d+) passed/.exec(plain)?.[1] ?? 0);
// A run that crashed before reporting (e.g. a type error) counts as one failure.
const failed = Number(/(\d+) failed/.exec(plain)?.[1] ?? 0) || (code === 0 ? 0 : 1);
console.log(`${passed} passed, ${failed} failed`);
Deno.exit(code === 0 && failed === 0 ? 0 : 1);

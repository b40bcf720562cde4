// The core and lab entry points stay documented: `deno doc --lint` finds nothing over
// lib/mod.ts and lib/lab.ts, and every symbol they export (functions, classes and their
// constructors, constants, interfaces, type aliases) carries an @example, which
// `deno test --doc` runs.

import { expect } from "chai";

const ROOT = new URL("../..", import.meta.url).pathname;
const ENTRIES = ["lib/mod.ts", "lib/lab.ts"];

/** Runs `deno doc` over the two entries; `both` adds its warnings and problems (stderr). */
async function denoDoc(args: string[], both = true): Promise<string> {
  const { stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["doc", ...args, ...ENTRIES],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return new TextDecoder().decode(stdout) + (both ? new TextDecoder().decode(stderr) : "");
}

Deno.test("deno doc --lint finds no problem in relu-lab and relu-lab/lab", async () => {
  const output = await denoDoc(["--lint"]);
  const problems = output.split("\n").filter((line) => line.startsWith("error["));
  expect(problems, output.slice(0, 4000)).to.deep.equal([]);
});

interface DocNode {
  readonly name: string;
  readonly declarations: ReadonlyArray<{
    readonly kind: string;
    readonly location: { readonly filename: string; readonly line: number };
    readonly jsDoc?: { readonly tags?: ReadonlyArray<{ readonly kind: string }> };
    readonly def?: {
      readonly constructors?: ReadonlyArray<
        { readonly jsDoc?: { readonly tags?: ReadonlyArray<{ readonly kind: string }> } }
      >;
    };
  }>;
}

Deno.test("every symbol of relu-lab and relu-lab/lab has an @example, constructors included", async () => {
  const doc = JSON.parse(await denoDoc(["--json"], false));
  const nodes = Object.values(doc.nodes as Record<string, { symbols: DocNode[] }>)
    .flatMap((entry) => entry.symbols);
  expect(nodes.length).to.be.above(100);
  const hasExample = (jsDoc?: { readonly tags?: ReadonlyArray<{ readonly kind: string }> }) =>
    jsDoc?.tags?.some((tag) => tag.kind === "example") ?? false;
  const missing: string[] = [];
  for (const node of nodes) {
    for (const decl of node.declarations) {
      const where = `${node.name} (${
        decl.location.filename.split("/lib/")[1]
      }:${decl.location.line})`;
      if (!hasExample(decl.jsDoc)) missing.push(`${decl.kind} ${where}`);
      for (const constructor of decl.def?.constructors ?? []) {
        if (!hasExample(constructor.jsDoc)) missing.push(`new ${where}`);
      }
    }
  }
  expect(missing).to.deep.equal([]);
});

// Using the library from another Deno project, as README says: a scratch project outside the
// repository links this checkout in its deno.json (README's JSON block, with the path to this
// checkout), runs README's library example unchanged, and imports every entry point.

import { expect } from "chai";
import { relative } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** README's fenced blocks of a language, in order. */
async function readmeBlocks(language: string): Promise<string[]> {
  const text = await Deno.readTextFile(`${ROOT}/README.md`);
  return [...text.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) =>
    m[1]!
  );
}

/** The ```ts block under the heading "The library in one example". */
async function libraryExample(): Promise<string> {
  const text = await Deno.readTextFile(`${ROOT}/README.md`);
  const section = text.split(/^## /m).find((s) => s.startsWith("The library in one example"));
  const code = section?.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (code === undefined) throw new Error("README has no ```ts block under its library example");
  return code;
}

async function deno(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, out: decode(stdout) + decode(stderr) };
}

Deno.test("another Deno project links this checkout as README says and runs README's library example", async () => {
  const [config] = (await readmeBlocks("json")).filter((block) => block.includes('"links"'));
  expect(config, "README's deno.json block with links").to.be.a("string");
  const project = await Deno.makeTempDir({ prefix: "relu-lab-user-" });
  try {
    expect(project.startsWith(`${ROOT}/`), "the scratch project is outside the repository")
      .to.equal(false);
    const parsed = JSON.parse(config!) as { links: string[]; imports: Record<string, string> };
    expect(Object.keys(parsed.imports)).to.deep.equal([
      "relu-lab",
      "relu-lab/lab",
      "relu-lab/plot",
      "relu-lab/chapters",
    ]);
    // The one thing a user changes: the path from their project to the checkout.
    parsed.links = [relative(project, ROOT)];
    await Deno.writeTextFile(`${project}/deno.json`, JSON.stringify(parsed, null, 2));
    await Deno.writeTextFile(`${project}/example.ts`, await libraryExample());
    await Deno.writeTextFile(
      `${project}/entries.ts`,
      [
        'import { relu } from "relu-lab";',
        'import { mean } from "relu-lab/lab";',
        'import { activationPlot } from "relu-lab/plot";',
        'import { CHAPTERS } from "relu-lab/chapters";',
        "console.log(JSON.stringify([relu.f(-1), mean([1, 3]), typeof activationPlot, CHAPTERS.length > 0]));",
      ].join("\n"),
    );
    const read = `--allow-read=${project},${ROOT}`;
    const example = await deno(["run", read, "example.ts"], project);
    expect(example.code, example.out).to.equal(0);
    // It prints the test accuracy (a number in [0, 1]) and the census of both hidden layers.
    const accuracy = Number(example.out.trim().split(/\s+/)[0]);
    expect(accuracy, example.out).to.be.within(0.5, 1);
    expect(example.out).to.include("deadFraction");
    const entries = await deno(["run", read, "entries.ts"], project);
    expect(entries.code, entries.out).to.equal(0);
    expect(JSON.parse(entries.out.trim().split("\n").at(-1)!)).to.deep.equal([
      0,
      2,
      "function",
      true,
    ]);
    const checked = await deno(["check", "example.ts", "entries.ts"], project);
    expect(checked.code, checked.out).to.equal(0);
  } finally {
    await Deno.remove(project, { recursive: true });
  }
});

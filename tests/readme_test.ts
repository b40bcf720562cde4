// Keeps README.md true: every TypeScript block in it must type-check against the library.

import { expect } from "chai";

const README = new URL("../README.md", import.meta.url);
const OUT = new URL("./.out/readme/", import.meta.url);

Deno.test("README.md's TypeScript examples type-check against lib/", async () => {
  const text = await Deno.readTextFile(README);
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).to.be.at.least(2);
  await Deno.mkdir(OUT, { recursive: true });
  const files = await Promise.all(blocks.map(async (code, i) => {
    const file = new URL(`block_${i}.ts`, OUT);
    // README imports the library by its path from the repository root or by its name.
    await Deno.writeTextFile(
      file,
      code.replaceAll(`"./lib/mod.ts"`, `"relu-lab"`) + "\nexport {};\n",
    );
    return file.pathname;
  }));
  const { code, stderr } = await new Deno.Command("deno", {
    args: ["check", "-q", ...files],
    stderr: "piped",
  })
    .output();
  expect(code, new TextDecoder().decode(stderr)).to.equal(0);
});

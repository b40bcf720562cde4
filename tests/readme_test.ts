// Keeps README.md true: every TypeScript block in it must type-check against the library.

import { expect } from "chai";

const README = new URL("../README.md", import.meta.url);
const CONFIG = new URL("../deno.json", import.meta.url).pathname;

Deno.test("README.md's TypeScript examples type-check against lib/", async () => {
  const text = await Deno.readTextFile(README);
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).to.be.at.least(2);
  // Outside the repository: deno check skips git-ignored folders such as tests/.out.
  const dir = await Deno.makeTempDir({ prefix: "relu-lab-readme-" });
  const files = await Promise.all(blocks.map(async (code, i) => {
    const file = `${dir}/block_${i}.ts`;
    // README imports the library by its path from the repository root or by its name.
    await Deno.writeTextFile(
      file,
      code.replaceAll(`"./lib/mod.ts"`, `"relu-lab"`) + "\nexport {};\n",
    );
    return file;
  }));
  const { code, stderr } = await new Deno.Command("deno", {
    args: ["check", "-q", "--config", CONFIG, ...files],
    stderr: "piped",
  })
    .output();
  await Deno.remove(dir, { recursive: true });
  expect(code, new TextDecoder().decode(stderr)).to.equal(0);
});

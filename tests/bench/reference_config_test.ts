// bench/reference/ is a Deno project of its own, so that TF.js stays out of the root lock file
// and the README's other commands never download it. It runs the library too: what the two
// configurations share must be the same, or bench:tfjs would run other versions (and download
// them a second time).

import { expect } from "chai";

interface Config {
  compilerOptions: Record<string, unknown>;
  imports: Record<string, string>;
}

const read = async (path: string): Promise<Config> =>
  JSON.parse(await Deno.readTextFile(new URL(path, import.meta.url)));

Deno.test("bench/reference/deno.json maps the library's imports as deno.json does, TF.js only there", async () => {
  const root = await read("../../deno.json");
  const reference = await read("../../bench/reference/deno.json");
  const tfjs = Object.keys(reference.imports).filter((name) => name.startsWith("@tensorflow/"));
  expect(tfjs).to.have.length.above(0);
  for (const [name, target] of Object.entries(reference.imports)) {
    if (tfjs.includes(name)) expect(root.imports, name).to.not.have.property(name);
    else expect(target, name).to.equal(root.imports[name]);
  }
  expect(reference.compilerOptions).to.deep.equal(root.compilerOptions);
});

// Tests on the real Fashion-MNIST files run where they are installed and always in CI
// (which installs Debian's dataset-fashion-mnist); elsewhere they are skipped, saying why.

import { DatasetNotFoundError, findFashionMnist } from "relu-lab";

const installed = await findFashionMnist({ split: "test" }).then(() => true, (e) => {
  if (e instanceof DatasetNotFoundError) return false;
  throw e;
});
const inCi = Deno.env.get("CI") === "true";

/** Options for a `Deno.test` that needs the real data: its name says when it is skipped. */
export function realFashionMnistTest(name: string, fn: () => Promise<void>): Deno.TestDefinition {
  const skip = !installed && !inCi;
  return {
    name: name +
      (skip ? " (skipped: not installed; sudo apt-get install dataset-fashion-mnist)" : ""),
    ignore: skip,
    fn,
  };
}

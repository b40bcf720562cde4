import { expect } from "chai";
import { displayBundle, inJupyterKernel } from "relu-lab/plot";

Deno.test("inJupyterKernel() is false outside deno jupyter, without throwing", () => {
  expect(inJupyterKernel()).to.equal(false);
});

Deno.test("displayBundle() rejects with a clear message outside the kernel", async () => {
  let message = "";
  await displayBundle({ "text/plain": "x" }, { displayId: "a", update: true })
    .catch((e: Error) => message = e.message);
  expect(message).to.equal(
    "Expected to run inside the Deno Jupyter kernel (deno jupyter), it is not",
  );
});

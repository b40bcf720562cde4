import { expect } from "chai";
import type { Notebook } from "../../../tools/notebook/commit_form.ts";
import { checkNotebook, notebookModule } from "../../../tools/notebook/typecheck.ts";

const notebook = (...code: (string | string[])[]): Notebook => ({
  cells: [
    { cell_type: "markdown", source: "# Title" },
    ...code.map((source) => ({ cell_type: "code" as const, source, outputs: [] })),
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 4,
});

Deno.test("notebookModule() joins code cells in order, skipping prose", () => {
  expect(notebookModule(notebook("const a = 1;", ["a\n", "+ 1"]))).to.equal(
    "// --- code cell 1 ---\nconst a = 1;\n\n// --- code cell 2 ---\na\n+ 1\n\nexport {};\n",
  );
});

Deno.test("checkNotebook() catches a misspelled import the kernel would let through", async () => {
  const dir = "tests/.out/typecheck_fixture";
  await Deno.mkdir(dir, { recursive: true });
  const path = `${dir}/misspelled.ipynb`;
  const nb = notebook('import { rleu } from "relu-lab";', "rleu.f(1)");
  await Deno.writeTextFile(path, JSON.stringify(nb));
  const result = await checkNotebook(path, `${dir}/work`);
  expect(result.ok).to.equal(false);
  expect(result.output).to.contain("rleu");
});

Deno.test("checkNotebook() resolves relative imports from the notebook's folder, as the kernel does", async () => {
  const dir = "tests/.out/typecheck_relative/notebooks";
  await Deno.mkdir(dir, { recursive: true });
  const path = `${dir}/relative.ipynb`;
  // From tests/.out/typecheck_relative/notebooks, the library is four folders up.
  await Deno.writeTextFile(
    path,
    JSON.stringify(notebook('import { relu } from "../../../../lib/mod.ts";', "relu.f(1);")),
  );
  const ok = await checkNotebook(path, "tests/.out/typecheck_relative/work");
  expect(ok.ok, ok.output).to.equal(true);
  await Deno.writeTextFile(
    path,
    JSON.stringify(notebook('import { rleu } from "../../../../lib/mod.ts";', "rleu;")),
  );
  const bad = await checkNotebook(path, "tests/.out/typecheck_relative/work");
  expect(bad.ok).to.equal(false);
  expect(bad.output).to.contain("rleu");
});

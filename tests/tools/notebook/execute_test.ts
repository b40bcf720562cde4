import { expect } from "chai";
import { executeNotebook, writeKernelSpec } from "../../../tools/notebook/execute.ts";
import {
  committedForm,
  joinText,
  type Notebook,
  stringifyNotebook,
} from "../../../tools/notebook/commit_form.ts";
import { SKIP_NOTEBOOK_TESTS } from "../../_notebook_gate.ts";

const OUT = "tests/.out/execute";
const jupyterPath = () => writeKernelSpec(`${OUT}/jupyter`);

/** Writes a notebook of the given code cells under OUT and returns its path. */
async function fixture(name: string, sources: string[]): Promise<string> {
  const nb = {
    cells: sources.map((source) => ({
      cell_type: "code",
      execution_count: null,
      metadata: {},
      outputs: [],
      source,
    })),
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 4,
  };
  await Deno.mkdir(OUT, { recursive: true });
  await Deno.writeTextFile(`${OUT}/${name}.ipynb`, JSON.stringify(nb));
  return `${OUT}/${name}.ipynb`;
}

/** The text/plain of each output of a code cell. */
const texts = (nb: Notebook, codeCell: number) =>
  (nb.cells.filter((c) => c.cell_type === "code")[codeCell]!.outputs ?? [])
    .map((o) => joinText((o.data?.["text/plain"] ?? o.text) as string | string[]));

Deno.test({
  name: "executeNotebook() keeps every output of cells that emit many quickly",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    const out = `${OUT}/many_outputs.ipynb`;
    const run = await executeNotebook("tests/fixtures/many_outputs.ipynb", out, {
      jupyterPath: await jupyterPath(),
    });
    expect(run.ok, run.message).to.equal(true);
    const nb: Notebook = JSON.parse(await Deno.readTextFile(out));
    const lines = texts(nb, 0).join("").split("\n").filter((l) => l !== "");
    expect(lines).to.deep.equal(Array.from({ length: 300 }, (_, i) => `line ${i}`));
    expect(new Set(texts(nb, 1))).to.deep.equal(
      new Set(Array.from({ length: 100 }, (_, i) => `display ${i}`)),
    );
    expect(texts(nb, 1)).to.have.length(100);
    expect(texts(nb, 2).map((t) => t.length)).to.deep.equal([1_000_000]);
    const bar = texts(nb, 3);
    expect(bar).to.have.length(1);
    expect(bar[0]).to.match(/^fixture 40\/40 \[#{20}\] loss 0\.02500 \| \d+:\d\d elapsed$/);
    expect(texts(nb, 4)).to.have.length(1);
    expect(texts(nb, 4)[0]).to.contain("done");
  },
});

Deno.test({
  name: "executeNotebook() fails on an error in a cell and says which error",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    const path = await fixture("error", [
      "const a = 1;",
      'throw new RangeError("bad slope");',
      "a",
    ]);
    const run = await executeNotebook(path, `${OUT}/error.out.ipynb`, {
      jupyterPath: await jupyterPath(),
    });
    expect(run.ok).to.equal(false);
    expect(run.message).to.contain("bad slope");
  },
});

Deno.test({
  name: "executeNotebook() fails when a cell runs past the timeout",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    const path = await fixture("timeout", ["await new Promise((r) => setTimeout(r, 20_000));"]);
    const run = await executeNotebook(path, `${OUT}/timeout.out.ipynb`, {
      jupyterPath: await jupyterPath(),
      cellTimeout: 3,
    });
    expect(run.ok).to.equal(false);
    expect(run.message).to.contain("longer than 3 s");
  },
});

Deno.test({
  name:
    "a notebook run twice commits the same bytes: progress bars keep no timing, figures and tables no ids",
  ignore: SKIP_NOTEBOOK_TESTS,
  async fn() {
    const path = await fixture("rerun", [
      'import { barWithCI, createProgress, setupNotebook, Table } from "relu-lab/plot";\nawait setupNotebook();',
      'const bar = createProgress({ total: 3, label: "train" });\n' +
      "for (let i = 1; i <= 3; i++) {\n" +
      "  await new Promise((r) => setTimeout(r, 300 * i));\n" +
      "  await bar.update(i, { loss: 1 / i });\n" +
      "}\nawait bar.finish();",
      'barWithCI([{ name: "relu", value: 0.9, low: 0.8, high: 0.95 }]);',
      'new Table([{ activation: "relu", accuracy: 0.9712 }]);',
    ]);
    const committed: string[] = [];
    for (const run of [1, 2]) {
      const out = `${OUT}/rerun_${run}.ipynb`;
      const result = await executeNotebook(path, out, { jupyterPath: await jupyterPath() });
      expect(result.ok, result.message).to.equal(true);
      committed.push(stringifyNotebook(committedForm(JSON.parse(await Deno.readTextFile(out)))));
    }
    expect(committed[0]).to.contain("train 3/3 [####################] loss 0.3333");
    expect(committed[0]).to.contain('"image/png"');
    expect(committed[0]).to.not.match(/elapsed|relu-lab-figure-/);
    expect(committed[1]).to.equal(committed[0]);
  },
});

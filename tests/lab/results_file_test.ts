import { expect } from "chai";
import { readResults, ResultsFileError, resultsPath, runSweep } from "relu-lab/lab";
import { tinySweep } from "./_fixture_sweeps.ts";
import { freshDir } from "./_helpers.ts";

/** Runs the quick tiny sweep, applies `damage` to its CSV text and returns the error. */
async function refusal(name: string, damage: (lines: string[]) => string[]) {
  const outDir = await freshDir(name);
  await runSweep(tinySweep, { workers: 2, outDir });
  const path = resultsPath(tinySweep, { outDir });
  const damaged = damage((await Deno.readTextFile(path)).split("\n")).join("\n");
  await Deno.writeTextFile(path, damaged);
  const error = await runSweep(tinySweep, { workers: 2, outDir }).catch((e) => e);
  expect(await Deno.readTextFile(path), "the file must be left untouched").to.equal(damaged);
  expect(error).to.be.instanceOf(ResultsFileError);
  expect(error.path).to.equal(path);
  expect(error.message).to.contain(path);
  return error as ResultsFileError;
}

Deno.test("runSweep() refuses a foreign CSV at line 1 and leaves it untouched", async () => {
  const error = await refusal("foreign", () => ["name,age", "ada,36", ""]);
  expect(error.line).to.equal(1);
  expect(error.message).to.match(/expected the header mode,size,.*found name,age/);
});

Deno.test("runSweep() refuses a row with a bad cell, naming its line and column", async () => {
  const error = await refusal(
    "bad-cell",
    (lines) => lines.map((l, i) => (i === 3 ? l.replace(/^a,/, "a,x") : l)),
  );
  expect(error.line).to.equal(4);
  expect(error.message).to.match(/size: expected a finite number, found "x\d"/);
});

Deno.test("runSweep() refuses a row whose seed its settings do not derive", async () => {
  const error = await refusal(
    "bad-seed",
    (lines) => lines.map((l, i) => (i === 2 ? l.replace(/^(a,\d,\d,)\d+/, "$1123") : l)),
  );
  expect([error.line, /seed 123 is not the seed/.test(error.message)]).to.deep.equal([3, true]);
});

Deno.test("runSweep() refuses a run that appears twice", async () => {
  const error = await refusal("duplicate", (lines) => [...lines.slice(0, -1), lines[1]!, ""]);
  expect(error.line).to.equal(14);
  expect(error.message).to.match(/already at line 2/);
});

Deno.test("runSweep() refuses a row with an unclosed quote", async () => {
  const error = await refusal("quote", (lines) => lines.map((l, i) => (i === 5 ? `${l}"` : l)));
  // The quote opens a field that runs on into line 7, where the parser stops.
  expect(error.line).to.be.oneOf([6, 7]);
});

Deno.test("readResults() ignores a partial last line and reads a missing file as empty", async () => {
  const outDir = await freshDir("read-partial");
  const rows = await runSweep(tinySweep, { workers: 1, outDir });
  const path = resultsPath(tinySweep, { outDir });
  await Deno.writeTextFile(path, "a,3,1,899", { append: true });
  expect(await readResults(path, tinySweep)).to.deep.equal(rows);
  expect(await readResults(`${outDir}/none.csv`, tinySweep)).to.deep.equal([]);
});

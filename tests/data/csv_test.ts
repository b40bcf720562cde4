import { expect } from "chai";
import fc from "fast-check";
import { blobs, CsvFormatError, fromRows, loadDatasetCsv, saveDatasetCsv, spirals } from "relu-lab";
import { tempDir } from "./_idx_files.ts";

Deno.test("saveDatasetCsv() and loadDatasetCsv() round-trip the same bits, float32 and float64", async () => {
  const dir = await tempDir();
  await fc.assert(
    fc.asyncProperty(
      fc.integer(),
      fc.constantFrom("float32", "float64" as const),
      async (seed, dtype) => {
        const ds = blobs(seed, { n: 12, centers: 3, features: 2, std: 3, dtype });
        await saveDatasetCsv(`${dir}/blobs.csv`, ds);
        const back = await loadDatasetCsv(`${dir}/blobs.csv`, { dtype });
        expect(back).to.deep.equal(ds);
      },
    ),
    { numRuns: 20 },
  );
});

Deno.test("saveDatasetCsv() writes the header x0..xk-1,y and the shortest exact numbers, creating the directory", async () => {
  const path = `${await tempDir()}/new/dir/small.csv`;
  const ds = { name: "small", x: fromRows([[0.1, -2, 3e-8]]), y: fromRows([[1]]), classes: 2 };
  await saveDatasetCsv(path, ds);
  expect(await Deno.readTextFile(path)).to.equal("x0,x1,x2,y\n0.1,-2,3e-8,1\n");
  const wide = { ...ds, x: fromRows([[0.1, -2, 3e-8]], "float64") };
  await saveDatasetCsv(path, wide);
  expect(await Deno.readTextFile(path)).to.equal("x0,x1,x2,y\n0.1,-2,3e-8,1\n");
});

Deno.test("loadDatasetCsv() names the dataset after the file and infers at least 2 classes", async () => {
  const dir = await tempDir();
  await Deno.writeTextFile(`${dir}/Three.CSV`, "x0,y\n0.5,0\n\n1.5,2\n");
  const ds = await loadDatasetCsv(`${dir}/Three.CSV`);
  expect([ds.name, ds.classes, ds.x.rows]).to.deep.equal(["Three", 3, 2]);
  await Deno.writeTextFile(`${dir}/zeros.csv`, "x0,y\n0.5,0\n");
  expect((await loadDatasetCsv(`${dir}/zeros.csv`)).classes).to.equal(2);
  const named = await loadDatasetCsv(`${dir}/zeros.csv`, { name: "custom", classes: 10 });
  expect([named.name, named.classes]).to.deep.equal(["custom", 10]);
});

Deno.test("loadDatasetCsv() reports a malformed file with its path, line and problem", async () => {
  const dir = await tempDir();
  const cases: Array<[string, number, string]> = [
    ["", 1, "empty file"],
    ["\n\n", 1, "empty file"],
    ["0.5,1,0\n0.2,0.1,1\n", 1, 'missing header row: expected "x0,…,y" first, received "0.5,1,0"'],
    ["x0,x1\n1,2\n", 1, 'missing y column in the header, received "x0,x1"'],
    ["a,b,y\n1,2,0\n", 1, 'expected the header "x0,x1,y", received "a,b,y"'],
    ["y\n1\n", 1, 'expected the header "x0,y", received "y"'],
    ["x0,x1,y\n", 2, "no data rows after the header"],
    ["\nx0,x1\n1,2\n", 2, 'missing y column in the header, received "x0,x1"'],
    ["x0,x1,y\n1,2,0\n\n3,4\n", 4, "ragged row: expected 3 cells, received 2"],
    ["x0,x1,y\n1,2,0\n3,4,1,5\n", 3, "ragged row: expected 3 cells, received 4"],
    ["x0,x1,y\n1,abc,0\n", 2, 'non-numeric cell "abc" in column x1'],
    ["x0,x1,y\n1,,0\n", 2, 'non-numeric cell "" in column x1'],
    ["x0,x1,y\n1,2,NaN\n", 2, 'non-numeric cell "NaN" in column y'],
    ["x0,x1,y\n1,2,0\n1,Infinity,0\n", 3, 'non-numeric cell "Infinity" in column x1'],
    ["x0,x1,y\n1,2,0.5\n", 2, "expected the label y to be an integer >= 0, received 0.5"],
    ["x0,x1,y\n1,2,-1\n", 2, "expected the label y to be an integer >= 0, received -1"],
    ['x0,x1,y\n1,2,0\n3,"4,1\n', 3, "Quote Not Closed"],
  ];
  for (const [text, line, problem] of cases) {
    const path = `${dir}/bad.csv`;
    await Deno.writeTextFile(path, text);
    const error = await loadDatasetCsv(path).catch((e) => e);
    expect(error, JSON.stringify(text)).to.be.instanceOf(CsvFormatError);
    expect(error.message).to.include(`Malformed dataset CSV ${path}, line ${line}: ${problem}`);
    expect([error.path, error.line]).to.deep.equal([path, line]);
  }
});

Deno.test("loadDatasetCsv() rejects a label at or above the given number of classes", async () => {
  const path = `${await tempDir()}/labels.csv`;
  await Deno.writeTextFile(path, "x0,y\n1,0\n2,3\n");
  const error = await loadDatasetCsv(path, { classes: 3 }).catch((e) => e);
  expect(error.message).to.equal(
    `Malformed dataset CSV ${path}, line 3: expected the label y to be an integer in [0, 3), received 3`,
  );
});

Deno.test("loadDatasetCsv() names the path of a missing file", async () => {
  const path = `${await tempDir()}/missing.csv`;
  const error = await loadDatasetCsv(path).catch((e) => e);
  expect(error).to.be.instanceOf(Deno.errors.NotFound);
  expect(error.message).to.equal(`Cannot read dataset CSV ${path}: no such file`);
});

Deno.test("saveDatasetCsv() and loadDatasetCsv() reject a bad path, dataset or option", async () => {
  const ds = spirals(0, { n: 4 });
  const cases: Array<[Promise<unknown>, string]> = [
    [saveDatasetCsv("", ds), 'Expected path to be a file path, received ""'],
    [
      saveDatasetCsv("tests/.out/x.csv", { ...ds, classes: 1 }),
      "Expected dataset.classes to be an integer >= 2",
    ],
    [loadDatasetCsv(3 as unknown as string), "Expected path to be a file path, received 3"],
    [loadDatasetCsv("a.csv", { classes: 1 }), "Expected classes to be an integer >= 2, received 1"],
    [
      loadDatasetCsv("a.csv", { dtype: "int" as "float32" }),
      'Expected dtype to be one of "float32", "float64"',
    ],
  ];
  for (const [promise, message] of cases) {
    const error = await promise.then(() => undefined, (e: Error) => e);
    expect(error).to.satisfy((e: unknown) => e instanceof TypeError || e instanceof RangeError);
    expect(error?.message).to.include(message);
  }
});

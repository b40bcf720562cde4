import { expect } from "chai";
import fc from "fast-check";
import { readIdx } from "relu-lab";
import { gzip, idxBytes } from "./_idx_files.ts";

/** Resolves to the message of the error `promise` rejects with (fails if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).to.be.instanceOf(Error);
  return (error as Error).message;
}

Deno.test("readIdx() reads the dimensions and values of a plain or gzipped file alike", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 0, max: 255 }),
      async (dims, offset) => {
        const values = Array.from(
          { length: dims.reduce((a, b) => a * b, 1) },
          (_, i) => (i + offset) % 256,
        );
        const file = idxBytes(dims, values);
        for (const bytes of [file, await gzip(file)]) {
          const idx = await readIdx(bytes);
          expect(idx.dims).to.deep.equal(dims);
          expect(Array.from(idx.data)).to.deep.equal(values);
        }
      },
    ),
    { numRuns: 40 },
  );
});

Deno.test("readIdx() rejects files that are not unsigned-byte IDX, naming the source and the problem", async () => {
  const good = idxBytes([2, 2], [1, 2, 3, 4]);
  const cases: Array<[unknown, string]> = [
    [[0, 0, 8, 1], "to be a Uint8Array, received an array of length 4"],
    [new Uint8Array([0, 0]), "to start with the IDX magic number 0x00 0x00, received 2 bytes"],
    [new Uint8Array([0x50, 0x4b, 3, 4, 0]), "received 0x50 0x4b"],
    [
      Uint8Array.from([...good.subarray(0, 2), 0x0d, ...good.subarray(3)]),
      "received type 0x0d (32-bit floats)",
    ],
    [new Uint8Array([0, 0, 8, 0]), "received 0 dimensions in 4 bytes"],
    [good.subarray(0, 9), "received 2 dimensions in 9 bytes"],
    [good.subarray(0, 15), "to hold 4 values for dimensions 2×2, received 3"],
    [Uint8Array.from([...good, 5]), "to hold 4 values for dimensions 2×2, received 5"],
    [
      new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]),
      "to be valid gzip data, received a corrupt stream",
    ],
  ];
  for (const [bytes, problem] of cases) {
    const message = await rejection(readIdx(bytes as Uint8Array, "file.idx"));
    expect(message).to.include("Expected file.idx ").and.include(problem);
  }
});

Deno.test("readIdx() rejects a truncated gzip stream", async () => {
  const packed = await gzip(idxBytes([3], [1, 2, 3]));
  const message = await rejection(readIdx(packed.subarray(0, packed.length - 6), "cut.gz"));
  expect(message).to.include("Expected cut.gz to be valid gzip data");
});

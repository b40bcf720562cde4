// Builds small IDX files (plain or gzipped) for the loader tests, in a fresh temp dir.

/** An IDX file of unsigned bytes with the given dimensions and values. */
export function idxBytes(dims: readonly number[], values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + values.length);
  out.set([0, 0, 0x08, dims.length]);
  const view = new DataView(out.buffer);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(values, 4 + 4 * dims.length);
  return out;
}

/** Gzips `bytes` with the platform's CompressionStream. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(
    new CompressionStream("gzip"),
  );
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Creates a fresh directory under tests/.out (the only place tests may write). */
export async function tempDir(): Promise<string> {
  await Deno.mkdir("tests/.out", { recursive: true });
  return await Deno.makeTempDir({ dir: "tests/.out", prefix: "data_" });
}

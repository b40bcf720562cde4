/**
 * A reader for IDX files, the format of MNIST and Fashion-MNIST: a magic number
 * (two zero bytes, a type code, the number of dimensions), each dimension's size as a
 * big-endian 32-bit integer, then the values. Gzipped files are unpacked on the fly.
 *
 * @module
 */

import { describe } from "../core/_validate.ts";

/**
 * The contents of an IDX file of unsigned bytes.
 *
 * @example
 * ```ts
 * import { readIdx } from "relu-lab";
 * import type { IdxArray } from "relu-lab";
 * import { expect } from "chai";
 *
 * // Magic 0x00000801 (unsigned bytes, one dimension), size 3, then the bytes.
 * const file = Uint8Array.of(0, 0, 8, 1, 0, 0, 0, 3, 7, 8, 9);
 * const idx: IdxArray = await readIdx(file);
 * expect([idx.dims, Array.from(idx.data)]).to.deep.equal([[3], [7, 8, 9]]);
 * ```
 */
export interface IdxArray {
  /** Size of each dimension, e.g. `[60000, 28, 28]` for the Fashion-MNIST training images. */
  readonly dims: readonly number[];
  /** The values, row-major (last dimension fastest), `dims` multiplied together long. */
  readonly data: Uint8Array;
}

/** IDX type codes this reader does not support, for error messages. */
const _OTHER_TYPES: Record<number, string> = {
  0x09: "signed bytes",
  0x0b: "16-bit integers",
  0x0c: "32-bit integers",
  0x0d: "32-bit floats",
  0x0e: "64-bit floats",
};

const _hex = (byte: number | undefined) => `0x${(byte ?? 0).toString(16).padStart(2, "0")}`;

/** Unpacks gzip data (RFC 1952) with the platform's DecompressionStream. */
async function _gunzip(bytes: Uint8Array, source: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream()
      .pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    throw new RangeError(
      `Expected ${source} to be valid gzip data, received a corrupt stream (${
        (error as Error).message
      })`,
    );
  }
}

/**
 * Parses an IDX file of unsigned bytes (type 0x08), gzipped or not: bytes starting with
 * the gzip signature 1f 8b are decompressed first.
 *
 * @param bytes The file's contents.
 * @param source What the bytes are (e.g. the file's path), for error messages.
 * @returns The dimensions and a view of the values.
 *
 * @example A 2×3 array
 * ```ts
 * import { readIdx } from "relu-lab";
 * import { expect } from "chai";
 *
 * const file = new Uint8Array([0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6]);
 * const { dims, data } = await readIdx(file);
 * expect(dims).to.deep.equal([2, 3]);
 * expect(Array.from(data)).to.deep.equal([1, 2, 3, 4, 5, 6]);
 * ```
 */
export async function readIdx(bytes: Uint8Array, source = "bytes"): Promise<IdxArray> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`Expected ${source} to be a Uint8Array, received ${describe(bytes)}`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = await _gunzip(bytes, source);
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) {
    const start = Array.from(bytes.subarray(0, 2), _hex).join(" ");
    throw new RangeError(
      `Expected ${source} to start with the IDX magic number 0x00 0x00, received ${
        bytes.length < 4 ? `${bytes.length} bytes` : start
      }`,
    );
  }
  const type = bytes[2]!;
  if (type !== 0x08) {
    const known = _OTHER_TYPES[type] ? ` (${_OTHER_TYPES[type]})` : "";
    throw new RangeError(
      `Expected ${source} to hold unsigned bytes (IDX type 0x08), received type ${
        _hex(type)
      }${known}`,
    );
  }
  const rank = bytes[3]!;
  const start = 4 + 4 * rank;
  if (rank === 0 || bytes.length < start) {
    throw new RangeError(
      `Expected ${source} to have 1 or more dimension sizes after its magic number, received ${rank} dimensions in ${bytes.length} bytes`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i, false));
  const size = dims.reduce((a, b) => a * b, 1);
  if (bytes.length - start !== size) {
    throw new RangeError(
      `Expected ${source} to hold ${size} values for dimensions ${dims.join("×")}, received ${
        bytes.length - start
      }`,
    );
  }
  return { dims, data: bytes.subarray(start) };
}

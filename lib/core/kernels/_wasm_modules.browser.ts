// The kernels' loader for a web page, used by the browser build (`deno task build:playground`)
// in place of _wasm_modules.js, whose source-phase imports of the .wasm files no bundler
// handles yet. The build embeds the very bytes of gemm.wasm and rectifier.wasm; this file
// compiles them. Private to the library.
//
// A page opened from file:// is not cross-origin isolated, and a browser may then refuse
// shared memories. The kernels only declare their memory shared so that the optional helper
// thread can work in it; the arithmetic never depends on it. Where a shared memory cannot be
// made, the modules are compiled with their memory import marked not shared (one flag byte),
// and the library's memory is made not shared to match: the same instructions on the same
// bytes, so the same results, bit for bit (tests/core/kernels/wasm_modules_browser_test.ts).

/** The compiled kernels and the kind of memory they import. */
export interface BrowserKernels {
  /** gemm.wasm, compiled. */
  readonly gemmModule: WebAssembly.Module;
  /** rectifier.wasm, compiled. */
  readonly rectifierModule: WebAssembly.Module;
  /** Whether both import a shared memory. */
  readonly sharedMemory: boolean;
}

/** Set to `true` on `globalThis` before the bundle runs to force unshared memory (for tests). */
export const FORCE_UNSHARED_KEY = "RELU_LAB_UNSHARED_MEMORY";

/** Whether this realm can make a shared WebAssembly memory (and was not told not to). */
export function canShareMemory(): boolean {
  if ((globalThis as Record<string, unknown>)[FORCE_UNSHARED_KEY] === true) return false;
  try {
    new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    return true;
  } catch {
    return false;
  }
}

/** Reads an unsigned LEB128 number at `at`; returns it and the offset after it. */
function _leb(bytes: Uint8Array, at: number): [number, number] {
  let value = 0, shift = 0, byte;
  do {
    if (at >= bytes.length) {
      throw new RangeError("Expected a WebAssembly module, received a truncated one");
    }
    byte = bytes[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** Skips a name (length, then bytes). */
function _skipName(bytes: Uint8Array, at: number): number {
  const [length, next] = _leb(bytes, at);
  return next + length;
}

/** Skips a limits record (flags, minimum, maximum if flagged). */
function _skipLimits(bytes: Uint8Array, at: number): number {
  const flags = bytes[at]!;
  let next = _leb(bytes, at + 1)[1];
  if (flags & 1) next = _leb(bytes, next)[1];
  return next;
}

/**
 * A copy of a module's bytes whose imported memories are not shared: in the import section,
 * each memory's limits flags lose the shared bit (0x02). Nothing else changes.
 *
 * @param bytes A WebAssembly binary.
 * @returns The patched copy (equal to the input when no imported memory is shared).
 */
export function withUnsharedMemory(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  if (out.length < 8 || out[0] !== 0 || out[1] !== 0x61 || out[2] !== 0x73 || out[3] !== 0x6d) {
    throw new TypeError("Expected a WebAssembly module (\\0asm), received other bytes");
  }
  let at = 8;
  while (at < out.length) {
    const id = out[at]!;
    const [size, body] = _leb(out, at + 1);
    if (id === 2) {
      let [count, p] = _leb(out, body);
      for (; count > 0; count--) {
        p = _skipName(out, _skipName(out, p));
        const kind = out[p++]!;
        if (kind === 0) p = _leb(out, p)[1]; // function: type index
        else if (kind === 1) p = _skipLimits(out, p + 1); // table: element type, limits
        else if (kind === 2) {
          out[p] = out[p]! & ~0x02; // memory: limits, shared bit cleared
          p = _skipLimits(out, p);
        } else if (kind === 3) p += 2; // global: value type, mutability
        else throw new RangeError(`Expected an import kind 0-3, received ${kind}`);
      }
    }
    at = body + size;
  }
  return out;
}

/**
 * Compiles the kernels' bytes for this page: as they are where shared memories work,
 * else with their memory import unshared.
 *
 * @param gemm gemm.wasm's bytes.
 * @param rectifier rectifier.wasm's bytes.
 * @param shared Whether to keep the memory shared. @default canShareMemory()
 * @returns The modules and the memory kind the library must create.
 */
export function compileKernels(
  gemm: Uint8Array,
  rectifier: Uint8Array,
  shared: boolean = canShareMemory(),
): BrowserKernels {
  const prepare = (bytes: Uint8Array) =>
    new WebAssembly.Module(shared ? new Uint8Array(bytes) : withUnsharedMemory(bytes));
  return {
    gemmModule: prepare(gemm),
    rectifierModule: prepare(rectifier),
    sharedMemory: shared,
  };
}

/** Decodes base64 (the build embeds the bytes so). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

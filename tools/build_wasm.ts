/**
 * Compiles the WebAssembly text kernels in `lib/core/kernels/` to the binaries the library
 * imports, with the `wabt` npm package. The binaries are committed so users need no
 * build; a test rebuilds them and checks the bytes are identical.
 *
 * Usage: `deno task build:wasm`
 *
 * @module
 */

import wabtInit from "wabt";
import { readCommandLine } from "./_cli.ts";

/** The kernels built from source: each `.wat` compiles to the `.wasm` beside it. */
export const WASM_SOURCES: readonly string[] = [
  "lib/core/kernels/gemm.wat",
  "lib/core/kernels/rectifier.wat",
];

/**
 * Compiles WebAssembly text (with 128-bit SIMD, relaxed SIMD's fused multiply-add and shared
 * memory) to a binary module.
 *
 * @param name File name used in error messages.
 * @param text The module's text.
 * @returns The binary module's bytes.
 */
export async function compileWat(name: string, text: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const features = { simd: true, relaxed_simd: true, threads: true };
  const module = wabt.parseWat(name, text, features);
  try {
    // wabt's validate() takes the features too (shared memory needs "threads"); its
    // typings omit the parameter.
    (module as unknown as { validate(f: typeof features): void }).validate(features);
    return module.toBinary({ write_debug_names: true }).buffer;
  } finally {
    module.destroy();
  }
}

const _USAGE = `Usage: deno task build:wasm

Compiles ${WASM_SOURCES.join(" and ")} to the .wasm binaries beside them.

  --help   this text`;

if (import.meta.main) {
  readCommandLine({ usage: _USAGE, flags: {} });
  for (const source of WASM_SOURCES) {
    const bytes = await compileWat(source, await Deno.readTextFile(source));
    const target = source.replace(/\.wat$/, ".wasm");
    await Deno.writeFile(target, bytes);
    console.log(`${source} -> ${target} (${bytes.length} bytes)`);
  }
}

// @ts-self-types="./_wasm_modules.d.ts"
// The compiled kernels (gemm.wat and rectifier.wat, built to .wasm by `deno task build:wasm`),
// loaded like any other import: no permission needed, whatever the working directory.
// A .js file because TypeScript cannot type-check a source-phase import yet; the types
// are in _wasm_modules.d.ts. The browser build (`deno task build:playground`) replaces this
// file with a module that compiles the same bytes (see _wasm_modules.browser.ts).

import source gemmModule from "./gemm.wasm";
import source rectifierModule from "./rectifier.wasm";

/** Deno always has shared memories: the kernels' memory is shared with the helper thread. */
const sharedMemory = true;

export { gemmModule, rectifierModule, sharedMemory };

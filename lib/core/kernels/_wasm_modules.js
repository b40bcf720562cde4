// @ts-self-types="./_wasm_modules.d.ts"
// The compiled kernels (gemm.wat and rectifier.wat, built to .wasm by `deno task build:wasm`),
// loaded like any other import: no permission needed, whatever the working directory.
// A .js file because TypeScript cannot type-check a source-phase import yet; the types
// are in _wasm_modules.d.ts.

import source gemmModule from "./gemm.wasm";
import source rectifierModule from "./rectifier.wasm";

export { gemmModule, rectifierModule };

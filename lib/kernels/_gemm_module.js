// @ts-self-types="./_gemm_module.d.ts"
// The compiled matrix-product kernels (gemm.wat, built to gemm.wasm by `deno task build:wasm`),
// loaded like any other import: no permission needed, whatever the working directory.
// A .js file because TypeScript cannot type-check a source-phase import yet; the types
// are in _gemm_module.d.ts.

import source gemmModule from "./gemm.wasm";

export { gemmModule };

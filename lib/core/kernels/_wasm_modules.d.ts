/** The compiled matrix-product kernels of gemm.wat; it imports `env.memory` (shared when `sharedMemory`). */
export declare const gemmModule: WebAssembly.Module;
/** The compiled rectifier kernels of rectifier.wat; it imports `env.memory` likewise. */
export declare const rectifierModule: WebAssembly.Module;
/** Whether the modules import a shared memory (always in Deno; in a page only where allowed). */
export declare const sharedMemory: boolean;

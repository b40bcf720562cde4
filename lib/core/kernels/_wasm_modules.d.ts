/** The compiled matrix-product kernels of gemm.wat; it imports `env.memory`, shared. */
export declare const gemmModule: WebAssembly.Module;
/** The compiled rectifier kernels of rectifier.wat; it imports `env.memory`, shared. */
export declare const rectifierModule: WebAssembly.Module;

/**
 * How the float32 matrix products round, and whether this machine can do it the fast way.
 *
 * Each entry of a product is a sum of terms a·b taken in order of the shared dimension.
 * `"fused"`: each term is added with one rounding (a fused multiply-add, WebAssembly's
 * `f32x4.relaxed_madd`), the default, and about a sixth faster. `"unfused"`: the product is
 * rounded, then the sum (two roundings): the numerics of this library before it used fused
 * multiply-adds, and what `relaxed_madd` computes on a CPU without them. The two give
 * different last bits, so results are reproducible to the bit between machines with the
 * same numerics: every x86-64 CPU with FMA3 (since 2013) and every ARM64 CPU run `"fused"`.
 * Results files record the numerics that wrote them, and replaying them selects it.
 *
 * @module
 */

import { requireOneOf } from "../_validate.ts";
import { CONTROL_BYTES, kernel, reserve } from "./_wasm_memory.ts";

/** The two ways the products can round: see the module's documentation. */
export type GemmNumerics = "fused" | "unfused";

/** The names of {@linkcode GemmNumerics}, in order. */
export const GEMM_NUMERICS: readonly GemmNumerics[] = ["fused", "unfused"];

/**
 * Whether `f32x4.relaxed_madd` rounds once here: the 1×2 by 2×1 product
 * (-(1 + 2⁻¹¹))·1 + (1 + 2⁻¹²)² is exactly 2⁻²⁴ with one rounding per term and 0 with two
 * (the square's 1 + 2⁻¹¹ + 2⁻²⁴ rounds to 1 + 2⁻¹¹, a tie to even).
 */
function _probeFusion(): boolean {
  const heap = reserve(CONTROL_BYTES + 64);
  const at = CONTROL_BYTES / 4, x = Math.fround(1 + 2 ** -12);
  heap.set([-Math.fround(1 + 2 ** -11), x, 1, x, 0], at);
  const a = CONTROL_BYTES, b = a + 8, c = a + 16, work = a + 32;
  kernel.gemm(0, 0, 1, 1, 2, 1, a, 2, b, 1, 0, c, 1, work, 0, 1);
  return heap[at + 4] === 2 ** -24;
}

const _FUSES = _probeFusion();
let _requested: GemmNumerics = "fused";

/**
 * Whether this machine's WebAssembly fused multiply-add rounds once (x86-64 with FMA3,
 * ARM64). Where it does not, `"fused"` products round as `"unfused"` ones do.
 *
 * @returns True where `"fused"` numerics can be had.
 *
 * @example On this project's machines
 * ```ts
 * import { fusesMultiplyAdd } from "./numerics.ts";
 * import { expect } from "chai";
 *
 * expect(fusesMultiplyAdd()).to.be.a("boolean");
 * ```
 */
export function fusesMultiplyAdd(): boolean {
  return _FUSES;
}

/**
 * The numerics the float32 products of this thread compute with now: `"fused"` by default
 * where the machine fuses, else `"unfused"`. Sweep workers always start with the default.
 *
 * @returns `"fused"` or `"unfused"`.
 *
 * @example The default
 * ```ts
 * import { fusesMultiplyAdd, gemmNumerics } from "./numerics.ts";
 * import { expect } from "chai";
 *
 * expect(gemmNumerics()).to.equal(fusesMultiplyAdd() ? "fused" : "unfused");
 * ```
 */
export function gemmNumerics(): GemmNumerics {
  return _requested === "fused" && _FUSES ? "fused" : "unfused";
}

/**
 * Chooses how this thread's float32 products round (for replaying results written with the
 * other numerics; see the module's documentation). Not part of the public API: sweeps run
 * in workers, which always use the default.
 *
 * @param numerics `"fused"` (the default) or `"unfused"`.
 *
 * @example Round as before fused multiply-adds, then go back
 * ```ts
 * import { gemmNumerics, setGemmNumerics } from "./numerics.ts";
 * import { expect } from "chai";
 *
 * setGemmNumerics("unfused");
 * expect(gemmNumerics()).to.equal("unfused");
 * setGemmNumerics("fused");
 * ```
 */
export function setGemmNumerics(numerics: GemmNumerics): void {
  requireOneOf("numerics", numerics, GEMM_NUMERICS);
  _requested = numerics;
  _fusedFlag = numerics === "fused" ? 1 : 0;
}

let _fusedFlag = 1;

/** The kernel's `fused` argument for the numerics chosen: 1 or 0. */
export function fusedFlag(): number {
  return _fusedFlag;
}

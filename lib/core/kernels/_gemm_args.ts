// Argument checks shared by the matrix-product kernels. Private to the library.

import { requireInteger } from "../_validate.ts";

/** Throws unless `data` holds at least `needed` entries for the named operand. */
function _requireEntries(name: string, data: ArrayLike<number>, needed: number, form: string) {
  if (data.length < needed) {
    throw new RangeError(
      `Expected ${name} to hold at least ${form} = ${needed} entries, received ${data.length}`,
    );
  }
}

/**
 * Throws unless m, n, k are integers >= 0 and a, b, c (and a bias, if given) are long
 * enough for an m×n×k product (transposition does not change the sizes).
 */
export function requireGemmArgs(
  m: number,
  n: number,
  k: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  c: ArrayLike<number>,
  bias?: ArrayLike<number>,
): void {
  requireInteger("m", m, 0);
  requireInteger("n", n, 0);
  requireInteger("k", k, 0);
  _requireEntries("a", a, m * k, "m·k");
  _requireEntries("b", b, k * n, "k·n");
  _requireEntries("c", c, m * n, "m·n");
  if (bias !== undefined) _requireEntries("bias", bias, n, "n");
}

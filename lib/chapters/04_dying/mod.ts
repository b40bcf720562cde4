/**
 * Chapter 4, how and why neurons die: the sweeps over learning rate and initialisation
 * with a census of dead units, and the Monte Carlo of networks born dead.
 *
 * @module
 */

export * from "./dying_lr.ts";
export * from "./dying_init.ts";
export * from "./born_dead.ts";

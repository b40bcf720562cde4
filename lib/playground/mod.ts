/**
 * The live playground: its settings, their URL form, and a run of one or two networks trained
 * by the library's own `fit`, one epoch per step. The page (`app/main.ts`, bundled for the
 * browser by `deno task build:playground`) and the Deno tests share all of it.
 *
 * @module
 */

export * from "./config.ts";
export * from "./url.ts";
export * from "./network.ts";
export * from "./trainer.ts";
export * from "./session.ts";
export * from "./maps.ts";
export * from "./page.ts";
export * from "./build.ts";
export * from "./format.ts";

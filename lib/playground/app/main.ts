/// <reference lib="dom" />
/**
 * The browser bundle's entry (`deno task build:playground` bundles it): defines
 * `globalThis.ReluPlayground.mount(element, options)`; each mounted playground becomes
 * `globalThis.playground` (the last one mounted, or the last one the reader touched) and joins
 * `globalThis.playgrounds`.
 *
 * @module
 */

import { sharedMemory } from "../../core/kernels/_wasm_modules.js";
import { type MountOptions, Playground } from "./playground.ts";

/** Mounts a playground in `element` and makes it `globalThis.playground`. */
function mount(element: HTMLElement, options: MountOptions = {}): Playground {
  const playground = new Playground(element, options);
  const global = globalThis as unknown as { playground?: Playground; playgrounds?: Playground[] };
  global.playground = playground;
  (global.playgrounds ??= []).push(playground);
  return playground;
}

// `sharedMemory`: whether the kernels work in a shared memory here (tests check both paths).
(globalThis as unknown as { ReluPlayground: unknown }).ReluPlayground = {
  mount,
  Playground,
  sharedMemory,
};

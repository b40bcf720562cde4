// Finds a sweep by name in the module that declares it (`module: import.meta.url`).
// Workers and runSweep share this lookup. Private to lib/lab.

import { describe } from "../core/_validate.ts";
import type { AnySweep } from "./sweep.ts";

/** Imports `module` and returns the sweep called `name` among its exports. */
export async function loadSweep(name: string, module: string): Promise<AnySweep> {
  const exports: Record<string, unknown> = await import(module);
  const found = Object.values(exports).find((value) => _isSweep(value) && value.name === name);
  if (found === undefined) {
    throw new RangeError(
      `Expected sweep ${describe(name)} to be exported by its module ${module}`,
    );
  }
  return found as AnySweep;
}

function _isSweep(value: unknown): value is AnySweep {
  return typeof value === "object" && value !== null && "fields" in value && "run" in value &&
    typeof (value as AnySweep).run === "function";
}

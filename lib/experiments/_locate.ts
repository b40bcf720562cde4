// Finds a sweep by name in the module that declares it: the registry, or the module a
// sweep names with `module: import.meta.url`. Workers and runSweep share this lookup.
// Private to lib/experiments.

import { describe } from "../_validate.ts";
import type { AnySweep } from "./sweep.ts";

const _REGISTRY = new URL("./registry.ts", import.meta.url).href;

/** Imports `module` (default: the registry) and returns its sweep called `name`. */
export async function loadSweep(name: string, module: string = _REGISTRY): Promise<AnySweep> {
  const exports: Record<string, unknown> = await import(module);
  const listed = Array.isArray(exports.SWEEPS) ? exports.SWEEPS : [];
  const found = [...listed, ...Object.values(exports)].find((value) =>
    _isSweep(value) && value.name === name
  );
  if (found === undefined) {
    throw new RangeError(
      `Expected sweep ${describe(name)} to be exported by ${module} (add it to SWEEPS in ` +
        `lib/experiments/registry.ts, or export it from a module and declare module: import.meta.url)`,
    );
  }
  return found;
}

function _isSweep(value: unknown): value is AnySweep {
  return typeof value === "object" && value !== null && "fields" in value && "run" in value &&
    typeof (value as AnySweep).run === "function";
}

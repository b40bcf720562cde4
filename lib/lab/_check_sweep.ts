// Checks a sweep declaration; every message names the offending field or profile.
// Private to lib/lab (used by defineSweep).

import { describe, requireInteger } from "../core/_validate.ts";
import { RUN_COLUMNS } from "./result_row.ts";
import type { Grid, SettingValue, SweepDefinition } from "./sweep.ts";

const _NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const _IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws unless `definition` is a well-formed sweep. */
export function checkSweep(definition: SweepDefinition<Grid, string>): void {
  const { name, description, grid, profiles, metrics, seedFields = [], check = {} } = definition;
  if (typeof name !== "string" || !_NAME.test(name)) {
    throw new TypeError(
      `Expected name to be kebab-case (e.g. "dead-vs-lr"), received ${describe(name)}`,
    );
  }
  if (typeof description !== "string" || description.trim() === "" || /\n/.test(description)) {
    throw new TypeError(
      `Expected description to be one line of text, received ${describe(description)}`,
    );
  }
  if (typeof definition.module !== "string" || !URL.canParse(definition.module)) {
    throw new TypeError(
      `Expected module to be the URL of the module that exports the sweep (import.meta.url), received ${
        describe(definition.module)
      }`,
    );
  }
  if (typeof definition.run !== "function") {
    throw new TypeError(`Expected run to be a function, received ${describe(definition.run)}`);
  }
  if (grid === null || typeof grid !== "object" || Object.keys(grid).length === 0) {
    throw new TypeError(
      `Expected grid to be an object with at least one field, received ${describe(grid)}`,
    );
  }
  const fields = Object.keys(grid);
  _checkNames("metrics", metrics, new Set(fields));
  _checkNames("grid field", fields, new Set());
  for (const field of fields) _checkValues(`grid.${field}`, grid[field], check[field]);
  for (const field of seedFields) {
    if (!fields.includes(field)) {
      throw new RangeError(
        `Expected seedFields to name grid fields (${fields.join(", ")}), received ${
          describe(field)
        }`,
      );
    }
  }
  for (const profile of ["quick", "full"] as const) {
    const p = profiles?.[profile];
    if (p === undefined) {
      throw new TypeError(`Expected profiles.${profile} to be defined, received undefined`);
    }
    requireInteger(`profiles.${profile}.seeds`, p.seeds, 1);
    for (const [field, values] of Object.entries(p.grid ?? {})) {
      if (!fields.includes(field)) {
        throw new RangeError(
          `Expected profiles.${profile}.grid to override grid fields (${
            fields.join(", ")
          }), received ${describe(field)}`,
        );
      }
      _checkValues(`profiles.${profile}.grid.${field}`, values, check[field]);
      if (typeof values![0] !== typeof grid[field]![0]) {
        throw new TypeError(
          `Expected profiles.${profile}.grid.${field} to hold ${typeof grid[field]![
            0
          ]}s like grid.${field}, received ${describe(values![0])}`,
        );
      }
    }
  }
}

/** Throws unless `names` are distinct identifiers, none a run column or in `taken`. */
function _checkNames(what: string, names: unknown, taken: Set<string>): void {
  if (!Array.isArray(names) || names.length === 0) {
    throw new TypeError(
      `Expected ${what} to be a non-empty array of names, received ${describe(names)}`,
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (typeof name !== "string" || !_IDENTIFIER.test(name)) {
      throw new TypeError(`Expected each ${what} to be an identifier, received ${describe(name)}`);
    }
    if (RUN_COLUMNS.includes(name) || taken.has(name) || seen.has(name)) {
      throw new RangeError(
        `Expected ${what} names to be unique and not one of ${RUN_COLUMNS.join(", ")}, received ${
          describe(name)
        }`,
      );
    }
    seen.add(name);
  }
}

/** Throws unless `values` is a non-empty list of distinct, one-typed, CSV-safe settings. */
function _checkValues(path: string, values: unknown, check?: (value: never) => unknown): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw new TypeError(
      `Expected ${path} to be a non-empty array of values, received ${describe(values)}`,
    );
  }
  const type = typeof values[0];
  values.forEach((value: unknown, i) => {
    const ok = typeof value === type && (
      (typeof value === "number" && Number.isFinite(value)) ||
      (typeof value === "string" && value !== "" && !/[\r\n]/.test(value)) ||
      typeof value === "boolean"
    );
    if (!ok) {
      throw new TypeError(
        `Expected ${path}[${i}] to be a finite number, a one-line non-empty string or a boolean, all of one type, received ${
          describe(value)
        }`,
      );
    }
    if (values.indexOf(value) !== i) {
      throw new RangeError(
        `Expected ${path} values to be distinct, received ${describe(value)} twice`,
      );
    }
    try {
      check?.(value as never);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RangeError(
        `Invalid ${path}[${i}] = ${describe(value as SettingValue)}: ${reason}`,
        {
          cause: error,
        },
      );
    }
  });
}

// Shared argument checks. Each throws a TypeError or RangeError whose message names the
// parameter, the expected form and the value received. Private to the library.

/** Formats a received value for an error message, briefly. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value == null) {
    return String(value);
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (typeof value === "function") return "a function";
  const made = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof made === "string" && made !== "Object" ? `a ${made}` : "an object";
}

/** Throws unless `value` is a finite number. */
export function requireFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(`Expected ${name} to be a finite number, received ${describe(value)}`);
  }
}

/** Throws unless `value` is a finite number greater than 0. */
export function requirePositive(name: string, value: unknown): asserts value is number {
  requireFinite(name, value);
  if (value <= 0) {
    throw new RangeError(`Expected ${name} to be a positive finite number, received ${value}`);
  }
}

/** Throws unless `value` is a finite number in [min, max]. */
export function requireInRange(
  name: string,
  value: unknown,
  min: number,
  max: number,
): asserts value is number {
  requireFinite(name, value);
  if (value < min || value > max) {
    throw new RangeError(`Expected ${name} to be in [${min}, ${max}], received ${value}`);
  }
}

/** Throws unless `value` is an integer of at least `min`. */
export function requireInteger(
  name: string,
  value: unknown,
  min = Number.MIN_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new TypeError(`Expected ${name} to be an integer, received ${describe(value)}`);
  }
  if (value < min) {
    throw new RangeError(`Expected ${name} to be an integer >= ${min}, received ${value}`);
  }
}

/** Throws unless `value` is a finite number in [min, max) (a probability that must leave some). */
export function requireInHalfOpen(
  name: string,
  value: unknown,
  min: number,
  max: number,
): asserts value is number {
  requireFinite(name, value);
  if (value < min || value >= max) {
    throw new RangeError(`Expected ${name} to be in [${min}, ${max}), received ${value}`);
  }
}

/** Throws unless `value` is `true` or `false` (a truthy string would silently switch it on). */
export function requireBoolean(name: string, value: unknown): asserts value is boolean {
  if (typeof value !== "boolean") {
    throw new TypeError(`Expected ${name} to be true or false, received ${describe(value)}`);
  }
}

/** Throws unless `value` looks like an `Rng` (has `uniform` and `normal`): a seed is not one. */
export function requireRngLike(name: string, value: unknown): void {
  const rng = value as { uniform?: unknown; normal?: unknown } | null;
  if (typeof rng?.uniform !== "function" || typeof rng.normal !== "function") {
    throw new TypeError(`Expected ${name} to be an Rng, received ${describe(value)}`);
  }
}

/** Throws unless `value` is an initialiser (has a `fill` method). */
export function requireInitializer(name: string, value: unknown): void {
  if (typeof (value as { fill?: unknown } | null)?.fill !== "function") {
    throw new TypeError(`Expected ${name} to be an Initializer, received ${describe(value)}`);
  }
}

/** Throws unless every entry of `values` is finite; names the first bad index. */
export function requireAllFinite(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(
        `Expected ${name} to hold only finite numbers, received ${
          describe(values[i])
        } at index ${i}`,
      );
    }
  }
}

/** Throws unless `value` is one of `choices`. */
export function requireOneOf<T extends string>(
  name: string,
  value: unknown,
  choices: readonly T[],
): asserts value is T {
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw new RangeError(
      `Expected ${name} to be one of ${choices.map((c) => `"${c}"`).join(", ")}, received ${
        describe(value)
      }`,
    );
  }
}

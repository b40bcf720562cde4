/**
 * The battery of bad numbers every numeric option must refuse: NaN, ±Infinity and a string
 * that looks like a number. Each case's error must name the option as the caller wrote it
 * (`Expected <name> `) and state the value received.
 *
 * @module
 */
import { expect } from "chai";

/** The values tried for every numeric option. */
export const BAD_NUMBERS: readonly number[] = [
  Number.NaN,
  Infinity,
  -Infinity,
  "0.5" as unknown as number,
];

/** One numeric option: the call with a value, the name its error must state. */
export interface BadNumberCase {
  /** The option as the caller writes it, e.g. `"dropout"` or `"sizes[1]"`. */
  readonly name: string;
  /** How the test names the call. */
  readonly label: string;
  /** Calls the function with `value` for the option (may return a promise). */
  readonly call: (value: number) => unknown;
}

/** Registers one test per case: every bad number throws an error naming the option. */
export function testBadNumbers(cases: readonly BadNumberCase[]): void {
  for (const { name, label, call } of cases) {
    Deno.test(`${label} rejects NaN, ±Infinity and a string, naming ${name}`, async () => {
      for (const bad of BAD_NUMBERS) {
        let error: unknown;
        try {
          await call(bad);
        } catch (e) {
          error = e;
        }
        expect(error, `${name} = ${String(bad)}`).to.be.instanceOf(Error);
        const message = (error as Error).message;
        expect(message, `${name} = ${String(bad)}`).to.include(`Expected ${name} `);
        expect(message, `${name} = ${String(bad)}`).to.include(
          typeof bad === "string" ? JSON.stringify(bad) : String(bad),
        );
      }
    });
  }
}

/** The values tried for every boolean option: a truthy string, a number and null. */
export const BAD_BOOLEANS: readonly boolean[] = ["yes", 1, null] as unknown as boolean[];

/** One boolean option: the call with a value, the name its error must state. */
export interface BadBooleanCase {
  /** The option as the caller writes it. */
  readonly name: string;
  /** How the test names the call. */
  readonly label: string;
  /** Calls the function with `value` for the option (may return a promise). */
  readonly call: (value: boolean) => unknown;
}

/**
 * Registers one test per case: a non-boolean for a boolean option (which a truthiness test
 * would silently read as on or off) throws a TypeError naming the option and the value.
 */
export function testBadBooleans(cases: readonly BadBooleanCase[]): void {
  for (const { name, label, call } of cases) {
    Deno.test(`${label} rejects "yes", 1 and null, naming ${name}`, async () => {
      for (const bad of BAD_BOOLEANS) {
        let error: unknown;
        try {
          await call(bad);
        } catch (e) {
          error = e;
        }
        expect(error, `${name} = ${String(bad)}`).to.be.instanceOf(TypeError);
        const message = (error as Error).message;
        expect(message).to.include(`Expected ${name} to be `);
        expect(message).to.include(typeof bad === "string" ? `"${bad}"` : String(bad));
      }
    });
  }
}

/**
 * Command-line flags for the project's tools, declared once per tool and checked in one place.
 *
 * A tool lists its flags (each with the form its value must have) and hands them to
 * {@linkcode readCommandLine}, before doing any work. `--help` (or `-h`) prints the tool's usage
 * and exits with 0; an unknown flag or a bad value prints one line that names the flag as the
 * user wrote it, the expected form and the received value, then the usage, and exits with 2:
 *
 * ```text
 * Expected --epochs to be an integer ≥ 1, received "abc"
 * ```
 *
 * It reads the arguments with `node:util` `parseArgs` in its non-strict mode and makes the
 * checks of the strict mode itself: strict `parseArgs` refuses `--workers -1` as an "ambiguous"
 * argument (a value that starts with a dash) instead of saying that -1 is not a valid count.
 *
 * @module
 */

import { parseArgs } from "node:util";

/** One flag: whether it takes a value, which values are valid, and its default. */
export interface Flag<T> {
  /** True for a flag followed by a value (`--epochs 10`), false for a switch (`--force`). */
  readonly takesValue: boolean;
  /** What a valid value looks like, for messages, e.g. `"an integer ≥ 1"`. */
  readonly expected: string;
  /** The value `raw` stands for, or undefined when `raw` is not valid. */
  parse(raw: string): T | undefined;
  /** The value when the flag is absent. */
  readonly default: T;
}

/** A tool's flags by long name (without the leading `--`). */
export type Flags = Record<string, Flag<unknown>>;

/** The values of `F`'s flags, each of its flag's type. */
export type FlagValues<F extends Flags> = {
  -readonly [K in keyof F]: F[K] extends Flag<infer T> ? T : never;
};

/** The arguments that are not flags, such as a sweep's or a chapter's name. */
export interface Positionals {
  /** What each names, for messages: `"sweep"` gives "Expected a sweep name, received none". */
  name: string;
  /** The fewest that must be given. @default 0 */
  min?: number;
  /** The most that may be given. @default Infinity */
  max?: number;
  /** The accepted values, when only names from a list are. @default any value */
  choices?: readonly string[];
}

/** What a tool accepts on its command line. */
export interface CommandLine<F extends Flags> {
  /** The tool's usage text, printed by `--help` and after a usage error. */
  usage: string;
  /** Its flags; `--help` and `-h` are always added. */
  flags: F;
  /** Its other arguments. @default none allowed */
  positionals?: Positionals;
  /** Whether the arguments after `--` are kept as they are, for another program. @default false */
  passThrough?: boolean;
}

/** A command line, read and checked. */
export interface ParsedCommandLine<F extends Flags> {
  /** Each flag's value (its default when absent). */
  flags: FlagValues<F>;
  /** The other arguments, in order. */
  positionals: string[];
  /** With `passThrough`, the arguments after `--`; otherwise empty. */
  rest: string[];
  /** True when `--help` or `-h` was given. */
  help: boolean;
}

/** A command line that does not fit the tool's {@linkcode CommandLine}; the message is one line. */
export class UsageError extends Error {
  /** @param message What is wrong, in one line. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Bounds of a numeric flag. */
export interface Bounds {
  /** The smallest valid value. @default no bound */
  min?: number;
  /** The largest valid value. @default no bound */
  max?: number;
  /** A value every valid value must exceed (exclusive lower bound). @default no bound */
  above?: number;
}

/** "an integer ≥ 1", "a number > 0", "an integer from 1 to 2". */
function _range(noun: string, { min, max, above }: Bounds): string {
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  const parts = [
    ...(above === undefined ? [] : [`> ${above}`]),
    ...(min === undefined ? [] : [`≥ ${min}`]),
    ...(max === undefined ? [] : [`≤ ${max}`]),
  ];
  return [noun, ...parts].join(" ");
}

const _inBounds = (value: number, { min, max, above }: Bounds) =>
  (min === undefined || value >= min) && (max === undefined || value <= max) &&
  (above === undefined || value > above);

const _DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A flag of any form: `parse` decides which values are valid.
 *
 * @param options What a valid value looks like (for messages), how to read one, the default.
 * @returns The flag.
 *
 * @example A shard "i/n"
 * ```ts
 * import { flag, parseCommandLine } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const shard = flag({
 *   expected: "i/n",
 *   parse: (raw) => /^\d+\/\d+$/.test(raw) ? raw : undefined,
 *   default: undefined,
 * });
 * const line = parseCommandLine({ usage: "", flags: { shard } }, ["--shard", "1/3"]);
 * expect(line.flags.shard).to.equal("1/3");
 * ```
 */
export function flag<T>(
  options: { expected: string; parse: (raw: string) => T | undefined; default: T },
): Flag<T> {
  return { takesValue: true, ...options };
}

/**
 * A switch: true when given (`--force`), false otherwise; it takes no value.
 *
 * @returns The flag.
 *
 * @example
 * ```ts
 * import { parseCommandLine, toggle } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const line = parseCommandLine({ usage: "", flags: { force: toggle() } }, ["--force"]);
 * expect(line.flags.force).to.equal(true);
 * ```
 */
export function toggle(): Flag<boolean> {
  return { takesValue: false, expected: "no value", parse: () => true, default: false };
}

/**
 * An integer flag, such as `--epochs 100`.
 *
 * @param options Its bounds and default (none: undefined when absent).
 * @returns The flag.
 *
 * @example
 * ```ts
 * import { integer, parseCommandLine } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const flags = { workers: integer({ min: 1, default: 2 }) };
 * expect(parseCommandLine({ usage: "", flags }, []).flags.workers).to.equal(2);
 * expect(() => parseCommandLine({ usage: "", flags }, ["--workers", "-1"]))
 *   .to.throw('Expected --workers to be an integer ≥ 1, received "-1"');
 * ```
 */
export function integer(options: Bounds & { default: number }): Flag<number>;
export function integer(options?: Bounds): Flag<number | undefined>;
export function integer(options: Bounds & { default?: number } = {}): Flag<number | undefined> {
  return flag({
    expected: _range("an integer", options),
    parse: (raw) => {
      const value = Number(raw);
      return /^[+-]?\d+$/.test(raw) && Number.isSafeInteger(value) && _inBounds(value, options)
        ? value
        : undefined;
    },
    default: options.default,
  });
}

/**
 * A decimal number flag, such as `--learning-rate 0.1` (also `1e-3`).
 *
 * @param options Its bounds and default (none: undefined when absent).
 * @returns The flag.
 *
 * @example
 * ```ts
 * import { number, parseCommandLine } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const flags = { rate: number({ above: 0 }) };
 * expect(parseCommandLine({ usage: "", flags }, ["--rate=1e-3"]).flags.rate).to.equal(0.001);
 * ```
 */
export function number(options: Bounds & { default: number }): Flag<number>;
export function number(options?: Bounds): Flag<number | undefined>;
export function number(options: Bounds & { default?: number } = {}): Flag<number | undefined> {
  return flag({
    expected: _range("a number", options),
    parse: (raw) => {
      const value = Number(raw);
      return _DECIMAL.test(raw) && Number.isFinite(value) && _inBounds(value, options)
        ? value
        : undefined;
    },
    default: options.default,
  });
}

/**
 * A flag whose value is one name from a list, such as `--profile quick`.
 *
 * @param choices The valid names.
 * @param options Its default (none: undefined when absent).
 * @returns The flag.
 *
 * @example
 * ```ts
 * import { choice, parseCommandLine } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const flags = { profile: choice(["quick", "full"] as const, { default: "quick" }) };
 * expect(() => parseCommandLine({ usage: "", flags }, ["--profile", "fast"]))
 *   .to.throw('Expected --profile to be one of "quick", "full", received "fast"');
 * ```
 */
export function choice<const C extends string>(
  choices: readonly C[],
  options: { default: C },
): Flag<C>;
export function choice<const C extends string>(choices: readonly C[]): Flag<C | undefined>;
export function choice<const C extends string>(
  choices: readonly C[],
  options: { default?: C } = {},
): Flag<C | undefined> {
  return flag({
    expected: `one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`,
    parse: (raw) => choices.find((c) => c === raw),
    default: options.default,
  });
}

/**
 * A flag whose value is free text, such as a directory; only an empty value is refused.
 *
 * @param expected What the value is, for messages, e.g. `"a directory"`.
 * @param options Its default (none: undefined when absent).
 * @returns The flag.
 *
 * @example
 * ```ts
 * import { parseCommandLine, text } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const flags = { out: text("a directory", { default: "data/results" }) };
 * expect(parseCommandLine({ usage: "", flags }, ["--out", "x"]).flags.out).to.equal("x");
 * ```
 */
export function text(expected: string, options: { default: string }): Flag<string>;
export function text(expected: string): Flag<string | undefined>;
export function text(
  expected: string,
  options: { default?: string } = {},
): Flag<string | undefined> {
  return flag({
    expected,
    parse: (raw) => raw === "" ? undefined : raw,
    default: options.default,
  });
}

/**
 * A flag whose value is a comma-separated list, each item valid for `item`:
 * `--learning-rate 0.1,3`.
 *
 * @param item The flag each item must fit (its default is not used).
 * @param options The list's default.
 * @returns The flag.
 *
 * @example
 * ```ts
 * import { list, number, parseCommandLine } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const flags = { rates: list(number({ above: 0 }), { default: [0.1] }) };
 * expect(parseCommandLine({ usage: "", flags }, ["--rates", "0.1,3"]).flags.rates)
 *   .to.deep.equal([0.1, 3]);
 * ```
 */
export function list<T>(item: Flag<T | undefined>, options: { default: T[] }): Flag<T[]> {
  return flag({
    expected: `${item.expected}, or several separated by commas`,
    parse: (raw) => {
      const values = raw.split(",").map((part) => item.parse(part));
      return values.every((value) => value !== undefined) ? values as T[] : undefined;
    },
    default: options.default,
  });
}

/** Checks the arguments that are not flags against `spec` (none allowed without one). */
function _checkPositionals(values: readonly string[], spec: Positionals | undefined): void {
  const quoted = (items: readonly string[]) => items.map((v) => JSON.stringify(v)).join(", ");
  if (spec === undefined) {
    if (values.length > 0) {
      throw new UsageError(`Expected no arguments besides flags, received ${quoted(values)}`);
    }
    return;
  }
  const { name, min = 0, max = Infinity, choices } = spec;
  if (values.length > max) {
    const most = max === 1 ? `one ${name} name` : `at most ${max} ${name} names`;
    throw new UsageError(`Expected ${most}, received ${quoted(values)}`);
  }
  if (values.length < min) {
    const least = min === 1 ? `a ${name} name` : `at least ${min} ${name} names`;
    throw new UsageError(
      `Expected ${least}, received ${values.length === 0 ? "none" : quoted(values)}`,
    );
  }
  const unknown = choices === undefined ? undefined : values.find((v) => !choices.includes(v));
  if (choices !== undefined && unknown !== undefined) {
    throw new UsageError(
      `Expected ${name} to be one of ${quoted(choices)}, received ${JSON.stringify(unknown)}`,
    );
  }
}

/**
 * Reads a command line against a tool's flags and positionals, without exiting.
 *
 * @param spec The flags and positionals the tool accepts.
 * @param args The arguments, without the program's name.
 * @returns Each flag's value, the positionals, the arguments after `--` (with `passThrough`)
 * and whether `--help` was given (then nothing else is checked).
 * @throws {UsageError} For an unknown flag, a flag without its value, a switch with one, a value
 * of the wrong form, or positionals that do not fit, naming the first such argument.
 *
 * @example
 * ```ts
 * import { integer, parseCommandLine } from "./_cli.ts";
 * import { expect } from "chai";
 *
 * const spec = { usage: "Usage: demo [--epochs N]", flags: { epochs: integer({ min: 1, default: 100 }) } };
 * expect(parseCommandLine(spec, ["--epochs", "5"]).flags.epochs).to.equal(5);
 * expect(() => parseCommandLine(spec, ["--bogus"]))
 *   .to.throw("Expected one of the flags --epochs, --help, received --bogus");
 * ```
 */
export function parseCommandLine<F extends Flags>(
  spec: CommandLine<F>,
  args: readonly string[],
): ParsedCommandLine<F> {
  const options = Object.fromEntries(
    Object.entries(spec.flags).map(([name, f]) => [name, {
      type: f.takesValue ? "string" as const : "boolean" as const,
    }]),
  );
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...options, help: { type: "boolean", short: "h" } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const terminator = tokens.find((t) => t.kind === "option-terminator")?.index;
  const own = tokens.filter((t) =>
    !spec.passThrough || terminator === undefined || t.index < terminator
  );
  const rest = spec.passThrough && terminator !== undefined ? args.slice(terminator + 1) : [];
  const empty = { positionals: [], rest, help: true };
  if (own.some((t) => t.kind === "option" && t.name === "help")) {
    return { flags: _defaults(spec.flags), ...empty };
  }

  const values = _defaults(spec.flags) as Record<string, unknown>;
  const positionals: string[] = [];
  const names = Object.keys(spec.flags).map((name) => `--${name}`);
  const known = names.length === 0
    ? "no flag other than --help"
    : `one of the flags ${[...names, "--help"].join(", ")}`;
  for (const token of own) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const f = Object.hasOwn(spec.flags, token.name) ? spec.flags[token.name] : undefined;
    if (f === undefined || !token.rawName.startsWith("--")) {
      throw new UsageError(`Expected ${known}, received ${token.rawName}`);
    }
    if (!f.takesValue) {
      if (token.value !== undefined) {
        throw new UsageError(
          `Expected ${token.rawName} without a value, received ${JSON.stringify(token.value)}`,
        );
      }
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined) {
      throw new UsageError(
        `Expected ${token.rawName} to be followed by ${f.expected}, received nothing`,
      );
    }
    const value = f.parse(token.value);
    if (value === undefined) {
      throw new UsageError(
        `Expected ${token.rawName} to be ${f.expected}, received ${JSON.stringify(token.value)}`,
      );
    }
    values[token.name] = value;
  }
  _checkPositionals(positionals, spec.positionals);
  return { flags: values as FlagValues<F>, positionals, rest, help: false };
}

/** Every flag at its default. */
function _defaults<F extends Flags>(flags: F): FlagValues<F> {
  return Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [name, f.default]),
  ) as FlagValues<
    F
  >;
}

/**
 * Prints a usage error (its one line, a blank line, the usage) to stderr and exits with 2; for
 * the checks a tool makes itself after {@linkcode readCommandLine}, such as two flags that
 * exclude each other.
 *
 * @param usage The tool's usage text.
 * @param message What is wrong, in one line: expected form and received value.
 * @returns Never: the process exits.
 */
export function exitWithUsageError(usage: string, message: string): never {
  console.error(`${message}\n\n${usage}`);
  Deno.exit(2);
}

/**
 * Reads this process's command line for a tool: prints the usage and exits with 0 for `--help`,
 * prints one line and the usage and exits with 2 for a usage error, else returns the values.
 * Call it before the tool does any work.
 *
 * @param spec The flags and positionals the tool accepts, and its usage text.
 * @param args The arguments. @default Deno.args
 * @returns The flags' values, the positionals and (with `passThrough`) the arguments after `--`.
 */
export function readCommandLine<F extends Flags>(
  spec: CommandLine<F>,
  args: readonly string[] = Deno.args,
): ParsedCommandLine<F> {
  let line: ParsedCommandLine<F>;
  try {
    line = parseCommandLine(spec, args);
  } catch (error) {
    if (error instanceof UsageError) exitWithUsageError(spec.usage, error.message);
    throw error;
  }
  if (line.help) {
    console.log(spec.usage);
    Deno.exit(0);
  }
  return line;
}

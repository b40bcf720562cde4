import { expect } from "chai";
import {
  choice,
  type CommandLine,
  flag,
  type Flags,
  integer,
  list,
  number,
  parseCommandLine,
  text,
  toggle,
  UsageError,
} from "../../tools/_cli.ts";

const SPEC = {
  usage: "Usage: tool [--epochs N] [--rate LR] [--profile P] [--out DIR] [--force] <sweep>",
  flags: {
    epochs: integer({ min: 1, default: 100 }),
    workers: integer({ min: 1 }),
    rate: list(number({ above: 0 }), { default: [0.1, 3] }),
    profile: choice(["quick", "full"], { default: "quick" }),
    out: text("a directory", { default: "data/results" }),
    force: toggle(),
  },
  positionals: { name: "sweep", max: 1, choices: ["w3-circles", "dying-lr"] },
} satisfies CommandLine<Flags>;

/** The one-line message parseCommandLine() throws for `args`. */
function usageError<F extends Flags>(args: string[], spec: CommandLine<F>): string {
  try {
    parseCommandLine(spec, args);
  } catch (error) {
    expect(error).to.be.instanceOf(UsageError);
    const message = (error as UsageError).message;
    expect(message).to.not.contain("\n");
    return message;
  }
  throw new Error(`parseCommandLine() accepted ${JSON.stringify(args)}`);
}

Deno.test("parseCommandLine() gives each absent flag its default, and reads --flag v and --flag=v", () => {
  expect(parseCommandLine(SPEC, [])).to.deep.equal({
    flags: {
      epochs: 100,
      workers: undefined,
      rate: [0.1, 3],
      profile: "quick",
      out: "data/results",
      force: false,
    },
    positionals: [],
    rest: [],
    help: false,
  });
  const line = parseCommandLine(SPEC, [
    "--epochs",
    "5",
    "--workers=2",
    "--rate",
    "1e-3,0.5",
    "--profile=full",
    "--force",
    "dying-lr",
  ]);
  expect(line.flags).to.deep.equal({
    epochs: 5,
    workers: 2,
    rate: [0.001, 0.5],
    profile: "full",
    out: "data/results",
    force: true,
  });
  expect(line.positionals).to.deep.equal(["dying-lr"]);
});

Deno.test("parseCommandLine() names an unknown flag as written and lists the known ones", () => {
  const known = "--epochs, --workers, --rate, --profile, --out, --force, --help";
  for (
    const [args, written] of [[["--bogus"], "--bogus"], [["--bogus=3"], "--bogus"], [["-x"], "-x"]]
  ) {
    expect(usageError(args as string[], SPEC)).to.equal(
      `Expected one of the flags ${known}, received ${written}`,
    );
  }
  // Flags are long: a single dash does not stand for one, even with a one-letter name.
  expect(usageError(["-n", "4"], { usage: "", flags: { n: integer() } })).to.equal(
    "Expected one of the flags --n, --help, received -n",
  );
  // A flag of a tool that has none but --help.
  expect(usageError(["--epochs", "3"], { usage: "", flags: {} })).to.equal(
    "Expected no flag other than --help, received --epochs",
  );
});

Deno.test("parseCommandLine() reports a negative number as a bad value, not as an ambiguous flag", () => {
  expect(usageError(["--workers", "-1"], SPEC)).to.equal(
    'Expected --workers to be an integer ≥ 1, received "-1"',
  );
  expect(usageError(["--rate", "-0.1"], SPEC)).to.equal(
    'Expected --rate to be a number > 0, or several separated by commas, received "-0.1"',
  );
});

Deno.test("parseCommandLine() refuses a value of the wrong form, naming flag, form and value", () => {
  const cases: [string[], string][] = [
    [["--epochs", "abc"], 'Expected --epochs to be an integer ≥ 1, received "abc"'],
    [["--epochs=0"], 'Expected --epochs to be an integer ≥ 1, received "0"'],
    [["--epochs", "2.5"], 'Expected --epochs to be an integer ≥ 1, received "2.5"'],
    [["--epochs", ""], 'Expected --epochs to be an integer ≥ 1, received ""'],
    [["--epochs", " 3"], 'Expected --epochs to be an integer ≥ 1, received " 3"'],
    [
      ["--rate", "0.1,abc"],
      "Expected --rate to be a number > 0, or several separated by commas, " +
      'received "0.1,abc"',
    ],
    [
      ["--rate", "0"],
      'Expected --rate to be a number > 0, or several separated by commas, received "0"',
    ],
    [
      ["--rate", "Infinity"],
      "Expected --rate to be a number > 0, or several separated by commas, " +
      'received "Infinity"',
    ],
    [["--profile", "fast"], 'Expected --profile to be one of "quick", "full", received "fast"'],
    [["--out="], 'Expected --out to be a directory, received ""'],
  ];
  for (const [args, message] of cases) {
    expect(usageError(args, SPEC), args.join(" ")).to.equal(message);
  }
});

Deno.test("parseCommandLine() wants a value after a flag that takes one, and none after a switch", () => {
  expect(usageError(["dying-lr", "--epochs"], SPEC)).to.equal(
    "Expected --epochs to be followed by an integer ≥ 1, received nothing",
  );
  expect(usageError(["--force=yes"], SPEC)).to.equal(
    'Expected --force without a value, received "yes"',
  );
});

Deno.test("parseCommandLine() checks the positionals' count and names", () => {
  expect(usageError(["w3"], SPEC)).to.equal(
    'Expected sweep to be one of "w3-circles", "dying-lr", received "w3"',
  );
  expect(usageError(["w3-circles", "dying-lr"], SPEC)).to.equal(
    'Expected one sweep name, received "w3-circles", "dying-lr"',
  );
  const one = { ...SPEC, positionals: { name: "sweep", min: 1, max: 1 } };
  expect(usageError([], one)).to.equal("Expected a sweep name, received none");
  expect(usageError(["extra"], { usage: "", flags: {} })).to.equal(
    'Expected no arguments besides flags, received "extra"',
  );
  const chapters = {
    usage: "",
    flags: {},
    positionals: { name: "chapter", choices: ["01", "02"] },
  };
  expect(parseCommandLine(chapters, ["02", "01"]).positionals).to.deep.equal(["02", "01"]);
});

Deno.test("parseCommandLine() reports the first problem in command-line order", () => {
  expect(usageError(["--epochs", "x", "--bogus"], SPEC)).to.contain("--epochs");
  expect(usageError(["--bogus", "--epochs", "x"], SPEC)).to.contain("received --bogus");
});

Deno.test("parseCommandLine() answers --help and -h before checking anything else", () => {
  for (const args of [["--help"], ["-h"], ["--bogus", "--help"], ["--epochs", "x", "-h"]]) {
    const line = parseCommandLine(SPEC, args);
    expect(line.help, args.join(" ")).to.equal(true);
    expect(line.flags.epochs).to.equal(100);
  }
});

Deno.test("parseCommandLine() keeps the arguments after -- as they are, with passThrough", () => {
  const spec = { usage: "", flags: { port: integer({ min: 1 }) }, passThrough: true };
  const line = parseCommandLine(spec, ["--port", "8890", "--", "--bogus", "-1", "x"]);
  expect(line.flags.port).to.equal(8890);
  expect(line.rest).to.deep.equal(["--bogus", "-1", "x"]);
  expect(line.positionals).to.deep.equal([]);
  // Without passThrough they are positionals, checked as such.
  expect(usageError(["--", "x"], { usage: "", flags: {} })).to.equal(
    'Expected no arguments besides flags, received "x"',
  );
});

Deno.test("flag() takes any form its parse() accepts, and names the form it states", () => {
  const even = flag({
    expected: "an even integer",
    parse: (raw) => /^\d+$/.test(raw) && Number(raw) % 2 === 0 ? Number(raw) : undefined,
    default: 0,
  });
  const spec = { usage: "", flags: { n: even } };
  expect(parseCommandLine(spec, ["--n", "4"]).flags.n).to.equal(4);
  expect(usageError(["--n", "3"], spec)).to.equal(
    'Expected --n to be an even integer, received "3"',
  );
});

Deno.test("integer() and number() state their bounds", () => {
  expect(integer().expected).to.equal("an integer");
  expect(integer({ min: 1, max: 2 }).expected).to.equal("an integer from 1 to 2");
  expect(integer({ max: 9 }).expected).to.equal("an integer ≤ 9");
  expect(number({ above: 0 }).expected).to.equal("a number > 0");
  expect(number({ min: -1 }).parse("-1")).to.equal(-1);
  expect(number({ min: -1 }).parse("-1.5")).to.equal(undefined);
  expect(number().parse("0x10")).to.equal(undefined);
  expect(integer({ min: 1, max: 2 }).parse("3")).to.equal(undefined);
});

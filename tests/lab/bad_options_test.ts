// The engine's boolean options are checked like the others (see tests/core/_bad_input.ts):
// a truthy string must not silently retry failed runs or split rows by layer.
import { perEpochRows, runSweep } from "relu-lab/lab";
import { type BadBooleanCase, testBadBooleans } from "../core/_bad_input.ts";

const CASES: BadBooleanCase[] = [
  {
    name: "retryFailed",
    label: "runSweep(s, { retryFailed })",
    call: (v) => runSweep({ name: "never-run" } as never, { retryFailed: v, workers: 1 }),
  },
  {
    name: "progress",
    label: "runSweep(s, { progress })",
    call: (v) => runSweep({ name: "never-run" } as never, { progress: v, workers: 1 }),
  },
  {
    name: "byLayer",
    label: "perEpochRows(s, rows, { byLayer })",
    call: (v) => perEpochRows({ fields: [] } as never, [], { byLayer: v }),
  },
];

testBadBooleans(CASES);

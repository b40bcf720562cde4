// Shared by the tests that execute notebooks or drive a browser: they need Jupyter and Chromium,
// and the permission to start them, which `deno task test` grants and the unit suite
// (`deno test -P`, with deno.json's "test.permissions") does not. Without either they are
// skipped (ignored), except in CI (CI=true), where they always run; tests/notebooks_test.ts
// states the reason in one line.
import { missingNotebookTools, PYTHON } from "../tools/notebook/execute.ts";

/** The programs those tests start. */
const PROGRAMS = [PYTHON, "jupyter", "/usr/bin/chromium"];

/** The programs this run may not start (empty when it may start them all). */
export const NOT_PERMITTED: string[] = PROGRAMS.filter((command) =>
  Deno.permissions.querySync({ name: "run", command }).state !== "granted"
);

/** What is missing to run notebooks and browsers (empty when all is installed, or not probed). */
export const MISSING: string[] = NOT_PERMITTED.length === 0 ? await missingNotebookTools() : [];

/** True when the notebook and browser tests are to be skipped. */
export const SKIP_NOTEBOOK_TESTS = (NOT_PERMITTED.length > 0 || MISSING.length > 0) &&
  Deno.env.get("CI") !== "true";

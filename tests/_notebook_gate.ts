// Shared by the tests that need Jupyter and Chromium: they are skipped (ignored) when those
// are missing, except in CI (CI=true), where they always run. tests/notebooks_test.ts states
// the reason in one line.
import { missingNotebookTools } from "../tools/notebook/execute.ts";

/** What is missing to run notebooks and browsers (empty when all is installed). */
export const MISSING: string[] = await missingNotebookTools();

/** True when the notebook and browser tests are to be skipped. */
export const SKIP_NOTEBOOK_TESTS = MISSING.length > 0 && Deno.env.get("CI") !== "true";

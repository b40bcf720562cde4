/**
 * Type-checking notebooks. The Deno kernel does not check types (a misspelled named import
 * is silently `undefined`), so the code cells of a notebook are joined, in order, into one
 * module and given to `deno check` with the project's compiler options and import map.
 *
 * The module lives in a scratch folder with its own `deno.json` derived from the project's,
 * because the project config excludes scratch folders from checking.
 *
 * @module
 */

import { basename, join, resolve } from "node:path";
import { joinText, type Notebook } from "./commit_form.ts";

/**
 * The code cells of a notebook as one TypeScript module, each cell headed by a comment.
 *
 * @param nb The notebook.
 * @returns Module source.
 */
export function notebookModule(nb: Notebook): string {
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c, i) => `// --- code cell ${i + 1} ---\n${joinText(c.source)}\n`)
    .join("\n") + "\nexport {};\n";
}

/** The outcome of {@linkcode checkNotebook}. */
export interface CheckResult {
  /** True when `deno check` found no error. */
  ok: boolean;
  /** `deno check`'s diagnostics, colour codes removed. */
  output: string;
}

/**
 * Type-checks a notebook's code cells.
 *
 * @param notebookPath The `.ipynb` file.
 * @param workDir A writable scratch folder.
 * @param configPath The project's `deno.json`.
 * @returns Whether it type-checks, and the diagnostics.
 */
export async function checkNotebook(
  notebookPath: string,
  workDir: string,
  configPath = "deno.json",
): Promise<CheckResult> {
  const config = JSON.parse(await Deno.readTextFile(configPath));
  const root = resolve(configPath, "..");
  const imports = Object.fromEntries(
    Object.entries(config.imports as Record<string, string>)
      .map(([name, target]) => [name, target.startsWith(".") ? resolve(root, target) : target]),
  );
  await Deno.mkdir(workDir, { recursive: true });
  const scratchConfig = join(workDir, "deno.json");
  await Deno.writeTextFile(
    scratchConfig,
    JSON.stringify({ compilerOptions: config.compilerOptions, imports }),
  );
  const nb: Notebook = JSON.parse(await Deno.readTextFile(notebookPath));
  const module = join(workDir, `${basename(notebookPath, ".ipynb")}.ts`);
  await Deno.writeTextFile(
    module,
    _absoluteImports(notebookModule(nb), resolve(notebookPath, "..")),
  );
  const out = await new Deno.Command("deno", {
    args: ["check", "--quiet", "--no-lock", "--config", scratchConfig, module],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stderr) + new TextDecoder().decode(out.stdout);
  // deno-lint-ignore no-control-regex -- strips ANSI colour codes
  return { ok: out.success, output: text.replace(/\x1b\[[0-9;]*m/g, "") };
}

/**
 * Rewrites relative import specifiers (`"../lib/mod.ts"`) as absolute paths: the kernel
 * resolves them from the notebook's folder, the scratch module would from its own.
 */
function _absoluteImports(source: string, notebookDir: string): string {
  return source.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']+)\2/g,
    (_, head: string, quote: string, specifier: string) =>
      `${head}${quote}${resolve(notebookDir, specifier)}${quote}`,
  );
}

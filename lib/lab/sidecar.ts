/**
 * The JSON sidecar beside a results CSV: which sweep definition, profile and library
 * revision produced the rows.
 *
 * @module
 */

import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gemmNumerics } from "../core/kernels/numerics.ts";
import { ResultsFileError } from "./results_file.ts";
import { resultColumns } from "./result_row.ts";
import type { AnySweep, ProfileName } from "./sweep.ts";

/**
 * The contents of a sidecar file.
 *
 * @example
 * ```ts
 * import type { Sidecar } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sidecar: Sidecar = {
 *   sweep: "square", description: "Squares x.", profile: "full", shard: null,
 *   definition: { grid: { x: [1, 2] }, profiles: { quick: { seeds: 1 }, full: { seeds: 2 } }, metrics: ["y"], seedFields: [], module: null },
 *   columns: ["x", "replicate", "seed", "status", "y"], revisions: ["0123abc"], updated: "2026-01-01T00:00:00.000Z",
 * };
 * expect(sidecar.definition.metrics).to.deep.equal(["y"]);
 * ```
 */
export interface Sidecar {
  /** The sweep's name. */
  readonly sweep: string;
  /** Its one-line description. */
  readonly description: string;
  /** The profile the rows were run with. */
  readonly profile: ProfileName;
  /** The shard (`"i/n"`) the file holds, or `null` for the whole profile. */
  readonly shard: string | null;
  /** The sweep's declaration, minus its functions. */
  readonly definition: {
    readonly grid: AnySweep["grid"];
    readonly profiles: AnySweep["profiles"];
    readonly metrics: readonly string[];
    readonly seedFields: readonly string[];
    /**
     * The module that exports the sweep: a path relative to the sidecar's folder for a
     * local module (so the file does not depend on where the checkout lives), else its URL.
     */
    readonly module: string | null;
  };
  /** The CSV header. */
  readonly columns: readonly string[];
  /** Every library revision that wrote rows to the file, oldest first. */
  readonly revisions: readonly string[];
  /**
   * How the matrix products rounded in every process that wrote rows to the file: `"fused"`
   * (fused multiply-adds) or `"unfused"`; replaying the rows to the bit needs the same.
   * Absent in sidecars written before the library used fused multiply-adds: `["unfused"]`.
   */
  readonly numerics?: readonly ("fused" | "unfused")[];
  /** When the file was last written to (ISO 8601). */
  readonly updated: string;
}

/**
 * Returns the git revision of the working directory (`git rev-parse HEAD`), with
 * `-dirty` appended when tracked files have uncommitted changes, or `"unknown"` when
 * git is missing, not permitted or not in a repository.
 *
 * @returns The revision.
 *
 * @example A hex hash or "unknown"
 * ```ts
 * import { gitRevision } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(await gitRevision()).to.match(/^([0-9a-f]{40}(-dirty)?|unknown)$/);
 * ```
 */
export async function gitRevision(): Promise<string> {
  try {
    const git = (...args: string[]) =>
      new Deno.Command("git", { args, stdout: "piped", stderr: "null" }).output();
    const head = await git("rev-parse", "HEAD");
    if (!head.success) return "unknown";
    const status = await git("status", "--porcelain", "--untracked-files=no");
    const dirty = status.success && status.stdout.length > 0 ? "-dirty" : "";
    return new TextDecoder().decode(head.stdout).trim() + dirty;
  } catch {
    return "unknown";
  }
}

/**
 * Writes (atomically: a temporary file renamed over it) the sidecar of a results file,
 * keeping the revisions listed by an existing sidecar for the same sweep and profile.
 *
 * @param path The sidecar's path (the CSV path with `.json` instead of `.csv`).
 * @param sweep The sweep.
 * @param profile The profile being run.
 * @param shard The shard being run, or `null`.
 * @param revisions The library revisions that wrote the new rows (see {@linkcode gitRevision}).
 * @param numerics How their products rounded (default: as this process's do now).
 * @returns The sidecar written.
 * @throws {ResultsFileError} If an existing sidecar is not JSON or names another sweep or profile.
 *
 * @example Write and read back
 * ```ts
 * import { defineSweep, readSidecar, writeSidecar } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const sweep = defineSweep({
 *   name: "square", description: "Squares x.", module: import.meta.url, grid: { x: [1] },
 *   profiles: { quick: { seeds: 1 }, full: { seeds: 1 } }, metrics: ["y"],
 *   run: ({ x }) => ({ metrics: { y: x * x } }),
 * });
 * await Deno.mkdir("data/results/.test/doc", { recursive: true });
 * const path = "data/results/.test/doc/square.json";
 * await Deno.remove(path).catch(() => {});
 * await writeSidecar(path, sweep, "full", null, ["r1"]);
 * await writeSidecar(path, sweep, "full", null, ["r2"]);
 * expect((await readSidecar(path))?.revisions).to.deep.equal(["r1", "r2"]);
 * ```
 */
export async function writeSidecar(
  path: string,
  sweep: AnySweep,
  profile: ProfileName,
  shard: string | null,
  revisions: readonly string[],
  numerics: readonly ("fused" | "unfused")[] = [gemmNumerics()],
): Promise<Sidecar> {
  const previous = await readSidecar(path);
  if (previous && (previous.sweep !== sweep.name || previous.profile !== profile)) {
    throw new ResultsFileError(
      path,
      1,
      `sidecar of ${previous.sweep} (${previous.profile}), not of ${sweep.name} (${profile})`,
    );
  }
  const kept = (previous?.revisions ?? []).filter((r) => !revisions.includes(r));
  const sidecar: Sidecar = {
    sweep: sweep.name,
    description: sweep.description,
    profile,
    shard,
    definition: {
      grid: sweep.grid,
      profiles: sweep.profiles,
      metrics: sweep.metrics,
      seedFields: sweep.seedFields,
      module: _modulePath(sweep.module, path),
    },
    columns: resultColumns(sweep),
    revisions: [...kept, ...revisions],
    numerics: [...new Set([...(previous ? previous.numerics ?? ["unfused"] : []), ...numerics])],
    updated: new Date().toISOString(),
  };
  const temporary = `${path}.${crypto.randomUUID()}.tmp`;
  await Deno.writeTextFile(temporary, JSON.stringify(sidecar, null, 2) + "\n");
  await Deno.rename(temporary, path);
  return sidecar;
}

/**
 * Reads a results sidecar.
 *
 * @param path The sidecar's path.
 * @returns Its contents, or `null` if there is no such file.
 * @throws {ResultsFileError} If the file is not a results sidecar.
 *
 * @example A missing sidecar
 * ```ts
 * import { readSidecar } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * expect(await readSidecar("data/results/.test/none.json")).to.equal(null);
 * ```
 */
export async function readSidecar(path: string): Promise<Sidecar | null> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  try {
    const value = JSON.parse(text);
    if (typeof value?.sweep === "string" && Array.isArray(value.revisions)) return value;
  } catch {
    // Falls through to the error below.
  }
  throw new ResultsFileError(
    path,
    1,
    "not a results sidecar (expected JSON with sweep and revisions)",
  );
}

/** A local module as a path relative to the sidecar's folder; any other URL as it is. */
function _modulePath(module: string, sidecar: string): string {
  if (!module.startsWith("file:")) return module;
  return relative(dirname(sidecar), fileURLToPath(module)).replaceAll("\\", "/");
}

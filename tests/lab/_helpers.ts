// Shared helpers for the engine's tests: fresh output directories under
// data/results/.test and CSV rows compared without their wall-time cell.

import { parse } from "csv-parse/sync";

/** Returns an empty directory data/results/.test/<name>, removing what was there. */
export async function freshDir(name: string): Promise<string> {
  const dir = `data/results/.test/${name}`;
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  await Deno.mkdir(dir, { recursive: true });
  return dir;
}

/** Reads a results CSV and returns its data rows, wall time dropped, sorted, as CSV text. */
export async function rowsWithoutWallTime(path: string): Promise<string[]> {
  const [header, ...rows] = parse(await Deno.readTextFile(path)) as string[][];
  const wall = header!.indexOf("wallSeconds");
  return rows.map((row) => JSON.stringify(row.filter((_, i) => i !== wall))).sort();
}

// File-system helpers shared by the library's private modules and the project scripts.

/** Whether a path exists (false also when it cannot be checked, e.g. without permission). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

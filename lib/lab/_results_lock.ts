// An exclusive advisory lock on a results file, so that two sweeps writing the same file
// (two notebooks, a notebook and the CLI) take turns instead of duplicating runs: the
// second waits, then scans the file and finds the first one's rows. The lock is released
// when the file is closed, also when the process is killed. Private to lib/lab.

/**
 * Opens `path` for appending (creating it if missing) and waits for an exclusive lock
 * on it. If the file was replaced meanwhile (an atomic rewrite renames a new file over
 * it), the lock is taken again on the new file.
 */
export async function lockResults(path: string): Promise<Deno.FsFile> {
  for (;;) {
    const file = await Deno.open(path, { append: true, create: true });
    try {
      await file.lock(true);
      const [held, current] = [await file.stat(), await Deno.stat(path).catch(() => null)];
      if (current !== null && held.ino === current.ino && held.dev === current.dev) return file;
    } catch (error) {
      file.close();
      throw error;
    }
    file.close();
  }
}

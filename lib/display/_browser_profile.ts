// Fresh Chromium profiles for lib/display/png.ts, and the removal of those whose process has
// ended. Private to the library.

import { tmpdir } from "node:os";
import { pathExists } from "../core/_fs.ts";

const _PREFIX = "relu-lab-chromium-";

/** Makes an empty profile folder named after this process, first deleting stale ones. */
export async function makeProfile(): Promise<string> {
  await _removeStaleProfiles();
  return await Deno.makeTempDir({ prefix: `${_PREFIX}${Deno.pid}-` });
}

/**
 * Deletes browser profiles left by processes that have ended. A notebook kernel usually ends
 * without closing its browser (the browser then ends with it), so its profile stays behind.
 * Profiles are named after their process id; Linux's /proc tells which processes still run.
 */
async function _removeStaleProfiles(): Promise<void> {
  try {
    if (!(await pathExists("/proc/self"))) return;
    const dir = tmpdir();
    for await (const entry of Deno.readDir(dir)) {
      const pid = new RegExp(`^${_PREFIX}(\\d+)-`).exec(entry.name)?.[1];
      if (pid === undefined || (await pathExists(`/proc/${pid}`))) continue;
      await Deno.remove(`${dir}/${entry.name}`, { recursive: true }).catch(() => {});
    }
  } catch {
    // No /proc, or no permission to list the folder: leave old profiles alone.
  }
}

// The checks of a bootstrap interval's level and resample count, shared by bootstrapCI and
// the tables that call it (summarize checks them before a group with one value would skip
// the bootstrap and so the check). Private to lib/stats.

import { requireInRange, requireInteger } from "../core/_validate.ts";

/** Throws unless `level` is in (0, 1) and `resamples` an integer >= 100. */
export function requireIntervalOptions(level: unknown, resamples: unknown): void {
  requireInRange("level", level, Number.EPSILON, 1 - Number.EPSILON);
  requireInteger("resamples", resamples, 100);
}

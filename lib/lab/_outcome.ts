// Turns a worker's reply into a results row, checking the outcome a run returned: a
// malformed outcome, or NaN metrics on a run that claims to have completed, make the
// row "failed" with the reason, never a row of NaNs. Private to lib/lab.

import { describe } from "../core/_validate.ts";
import type { RunReply } from "./_pool.ts";
import type { RunSpec } from "./plan.ts";
import type { ResultRow } from "./result_row.ts";
import type { AnySweep, EpochMetrics } from "./sweep.ts";

/** Builds the row of `run` from the worker's `reply`. */
export function rowFromReply(sweep: AnySweep, run: RunSpec, reply: RunReply): ResultRow {
  const base = { ...run.settings, replicate: run.replicate, seed: run.seed };
  const wallSeconds = Math.round(reply.wallSeconds * 1000) / 1000;
  const failed = (error: string): ResultRow =>
    ({
      ...base,
      ...Object.fromEntries(sweep.metrics.map((metric) => [metric, null])),
      status: "failed",
      divergedEpoch: null,
      perEpoch: [],
      wallSeconds,
      error,
    }) as ResultRow;
  if (!reply.ok) return failed(reply.error);
  try {
    return {
      ...base,
      ..._checkOutcome(sweep, reply.outcome),
      wallSeconds,
      error: null,
    } as ResultRow;
  } catch (error) {
    return failed(`TypeError: ${(error as Error).message}`);
  }
}

/** Describes a run for messages: its settings, replicate and seed. */
export function describeRun(run: RunSpec): string {
  const settings = Object.entries(run.settings).map(([field, value]) => `${field}=${value}`);
  return `${settings.join(" ")} replicate=${run.replicate} seed=${run.seed}`;
}

function _checkOutcome(sweep: AnySweep, outcome: unknown): Record<string, unknown> {
  const { metrics, status = "completed", divergedEpoch, perEpoch = [] } = (outcome ?? {}) as Record<
    string,
    unknown
  >;
  if (typeof metrics !== "object" || metrics === null) {
    throw new TypeError(`Expected the run to return { metrics }, received ${describe(outcome)}`);
  }
  const extra = Object.keys(metrics).filter((name) => !sweep.metrics.includes(name));
  if (extra.length > 0) {
    throw new TypeError(`Expected only the declared metrics, received ${describe(extra[0])}`);
  }
  if (status !== "completed" && status !== "diverged") {
    throw new TypeError(
      `Expected status to be "completed" or "diverged", received ${describe(status)}`,
    );
  }
  if (
    status === "diverged" &&
    !(Number.isSafeInteger(divergedEpoch) && (divergedEpoch as number) >= 0)
  ) {
    throw new TypeError(
      `Expected divergedEpoch of a diverged run to be an integer >= 0, received ${
        describe(divergedEpoch)
      }`,
    );
  }
  const row: Record<string, unknown> = {
    status,
    divergedEpoch: status === "diverged" ? divergedEpoch : null,
  };
  for (const name of sweep.metrics) {
    const value = (metrics as Record<string, unknown>)[name];
    if (value !== null && typeof value !== "number") {
      throw new TypeError(
        `Expected metric ${name} to be a number or null, received ${describe(value)}`,
      );
    }
    if (status === "completed" && typeof value === "number" && !Number.isFinite(value)) {
      throw new TypeError(
        `Expected metric ${name} of a completed run to be finite, received ${value} (report divergence as status "diverged")`,
      );
    }
    row[name] = typeof value === "number" && Number.isFinite(value) ? value : null;
  }
  row.perEpoch = _checkPerEpoch(perEpoch);
  return row;
}

function _checkPerEpoch(epochs: unknown): EpochMetrics[] {
  if (!Array.isArray(epochs)) {
    throw new TypeError(`Expected perEpoch to be an array, received ${describe(epochs)}`);
  }
  return epochs.map((record, i) => {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new TypeError(`Expected perEpoch[${i}] to be an object, received ${describe(record)}`);
    }
    const clean = (value: unknown, key: string): number | null => {
      if (value === null || typeof value === "number") {
        return Number.isFinite(value) ? value as number : null;
      }
      throw new TypeError(
        `Expected perEpoch[${i}].${key} to hold numbers, received ${describe(value)}`,
      );
    };
    return Object.fromEntries(
      Object.entries(record).filter(([, value]) => value !== undefined).map(([key, value]) => [
        key,
        Array.isArray(value) || ArrayBuffer.isView(value)
          ? Array.from(value as ArrayLike<unknown>, (v) => clean(v, key))
          : clean(value, key),
      ]),
    );
  });
}

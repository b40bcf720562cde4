// A pool of Web Workers that runs sweep runs, one at a time per worker. A worker that
// crashes fails only the run it was doing and is replaced. Private to lib/lab.

import type { SettingValue } from "./sweep.ts";

/** What the main thread asks a worker to run. */
export interface RunRequest {
  readonly id: number;
  readonly sweep: string;
  readonly module: string;
  readonly settings: Readonly<Record<string, SettingValue>>;
  readonly seed: number;
}

/** A worker's answer: the run's outcome (unchecked) or why it failed. */
export type RunReply =
  | {
    readonly id: number;
    readonly ok: true;
    readonly outcome: unknown;
    readonly wallSeconds: number;
  }
  | {
    readonly id: number;
    readonly ok: false;
    readonly error: string;
    readonly wallSeconds: number;
  };

interface _Job {
  readonly request: RunRequest;
  readonly resolve: (reply: RunReply) => void;
}

interface _Slot {
  worker: Worker;
  job: _Job | null;
  started: number;
}

// Least privilege: workers may read (modules, datasets) as far as the parent may, nothing else.
const _PERMISSIONS = {
  read: "inherit",
  write: false,
  net: false,
  env: false,
  run: false,
  ffi: false,
  sys: false,
  import: false,
} as const;

const _WORKER = new URL("./_worker.ts", import.meta.url);

/** Runs requests on `size` workers; `run` resolves with each reply, never rejects. */
export class WorkerPool {
  #slots: _Slot[] = [];
  #queue: _Job[] = [];
  #nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  /** Queues one run; resolves with its reply once a worker has done it. */
  run(request: Omit<RunRequest, "id">): Promise<RunReply> {
    return new Promise((resolve) => {
      this.#queue.push({ request: { ...request, id: this.#nextId++ }, resolve });
      this.#dispatch();
    });
  }

  /** Terminates every worker; queued runs are dropped. */
  close(): void {
    for (const slot of this.#slots) slot.worker.terminate();
    this.#slots = [];
    this.#queue = [];
  }

  #spawn(): _Slot {
    const worker = new Worker(_WORKER, { type: "module", deno: { permissions: _PERMISSIONS } });
    const slot: _Slot = { worker, job: null, started: 0 };
    worker.onmessage = (event: MessageEvent<RunReply>) => this.#finish(slot, event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.#crash(slot, event.message);
    };
    worker.onmessageerror = () => this.#crash(slot, "its reply could not be read");
    return slot;
  }

  #crash(slot: _Slot, message: string): void {
    const job = slot.job;
    slot.worker.terminate();
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots[index] = this.#spawn();
    if (job) {
      const wallSeconds = (performance.now() - slot.started) / 1000;
      job.resolve({
        id: job.request.id,
        ok: false,
        error: `worker crashed: ${message}`,
        wallSeconds,
      });
    }
    this.#dispatch();
  }

  #finish(slot: _Slot, reply: RunReply): void {
    const job = slot.job;
    slot.job = null;
    job?.resolve(reply);
    this.#dispatch();
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.job !== null) continue;
      const job = this.#queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.started = performance.now();
      slot.worker.postMessage(job.request);
    }
  }
}

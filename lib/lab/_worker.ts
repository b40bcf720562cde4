// Worker entry: runs one sweep run per message and replies with its outcome or error.
// It holds no write, network, environment or subprocess permission (see _pool.ts).

import { loadSweep } from "./_locate.ts";
import type { RunReply, RunRequest } from "./_pool.ts";

const scope = self as unknown as {
  onmessage: (event: MessageEvent<RunRequest>) => void;
  postMessage: (reply: RunReply) => void;
};

scope.onmessage = async ({ data: request }) => {
  let start = performance.now();
  const seconds = () => (performance.now() - start) / 1000;
  try {
    const sweep = await loadSweep(request.sweep, request.module);
    start = performance.now(); // wall time covers the run, not loading modules
    const outcome = await sweep.run(request.settings, request.seed);
    scope.postMessage({ id: request.id, ok: true, outcome, wallSeconds: seconds() });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    scope.postMessage({ id: request.id, ok: false, error: message, wallSeconds: seconds() });
  }
};

// The committed results are evidence only while the library still produces them: each
// sweep's quickest completed run per activation (and quickest diverged run, if any) is run
// again here and must give the committed row to the bit. A change to the numerics (a kernel's summation
// order, a rounding, an activation's formula) fails here, not silently in the notebooks.
// Each file is replayed with the products' numerics its sidecar records (fused multiply-adds
// or not; sidecars from before fused multiply-adds record none and are unfused), so the
// expectation moves to fused products exactly when the results are re-run with them.

import { expect } from "chai";
import { type AnyResultRow, loadCommittedResults, readSidecar } from "relu-lab/lab";
import {
  fusesMultiplyAdd,
  type GemmNumerics,
  setGemmNumerics,
} from "../../lib/core/kernels/numerics.ts";
import { SWEEPS } from "relu-lab/chapters";

/** The row of `rows` with `status` that took the least time, if any. */
function _quickest(rows: readonly AnyResultRow[], status: string): AnyResultRow | undefined {
  return rows.filter((row) => row.status === status)
    .reduce<AnyResultRow | undefined>(
      (best, row) => (best === undefined || row.wallSeconds < best.wallSeconds ? row : best),
      undefined,
    );
}

const committed = SWEEPS.filter((sweep) => {
  try {
    return Deno.statSync(`data/results/${sweep.name}.csv`).isFile;
  } catch {
    return false;
  }
});

Deno.test("most committed sweeps have results to replay", () => {
  expect(committed.length).to.be.at.least(10);
});

for (const sweep of committed) {
  Deno.test(`the committed ${sweep.name} rows replay bit for bit: its quickest completed run per activation, and diverged run`, async () => {
    const { rows } = await loadCommittedResults(sweep);
    const numerics = (await readSidecar(`data/results/${sweep.name}.json`))?.numerics ??
      ["unfused"] satisfies GemmNumerics[];
    expect(numerics, "the numerics that wrote the file (one kind)").to.have.length(1);
    if (numerics[0] === "fused") {
      expect(fusesMultiplyAdd(), "this machine fuses multiply-adds, as the writer's did")
        .to.equal(true);
    }
    setGemmNumerics(numerics[0]!);
    try {
      const activations = [...new Set(rows.map((row) => row.activation))];
      const chosen = [
        ...activations.map((activation) =>
          _quickest(rows.filter((row) => row.activation === activation), "completed")
        ),
        _quickest(rows, "diverged"),
      ].filter((row) => row !== undefined);
      expect(chosen, "a completed run").to.not.be.empty;
      for (const row of chosen) {
        const settings = Object.fromEntries(sweep.fields.map((field) => [field, row[field]]));
        const outcome = await sweep.run(settings as never, row.seed);
        const where = `${sweep.name} ${JSON.stringify(settings)} seed ${row.seed}`;
        expect(outcome.status ?? "completed", where).to.equal(row.status);
        expect(outcome.divergedEpoch ?? null, where).to.equal(row.divergedEpoch);
        for (const metric of sweep.metrics) {
          expect(outcome.metrics[metric], `${where}: ${metric}`).to.equal(row[metric]);
        }
        expect(outcome.perEpoch ?? [], `${where}: per-epoch metrics`).to.deep.equal(row.perEpoch);
      }
    } finally {
      setGemmNumerics("fused");
    }
  });
}

import { expect } from "chai";
import { perEpochRows, runSweep } from "relu-lab/lab";
import { tinySweep } from "./_fixture_sweeps.ts";
import { freshDir } from "./_helpers.ts";

Deno.test("perEpochRows() unfolds every run's epochs, and layers with byLayer", async () => {
  const rows = await runSweep(tinySweep, {
    workers: 2,
    outDir: await freshDir("epoch-rows"),
    progress: false,
  });
  const long = perEpochRows(tinySweep, rows);
  // sizes 1, 2, 3 epochs × 2 modes × 2 seeds
  expect(long).to.have.length((1 + 2 + 3) * 2 * 2);
  const last = long.filter((r) => r.mode === "b" && r.size === 3 && r.replicate === 1);
  expect(last.map((r) => r.epoch)).to.deep.equal([1, 2, 3]);
  expect(last.at(-1)!.score).to.equal(
    rows.find((r) => r.mode === "b" && r.size === 3 && r.replicate === 1)!.score,
  );
  const layers = perEpochRows(tinySweep, rows, { byLayer: true });
  expect(layers).to.have.length(long.length * 2);
  expect(layers.slice(0, 2).map((r) => [r.layer, r.perLayer])).to.deep.equal([
    [0, (long[0]!.perLayer as number[])[0]],
    [1, (long[0]!.perLayer as number[])[1]],
  ]);
  expect(Object.keys(long[0]!)).to.not.include.members(["wallSeconds", "perEpoch", "error"]);
});

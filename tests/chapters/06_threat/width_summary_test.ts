import { expect } from "chai";
import { widthSweep } from "../../../lib/chapters/06_threat/width.ts";
import {
  deadElsewhereTotals,
  pruningCheck,
  type WidthRow,
} from "../../../lib/chapters/06_threat/width_summary.ts";

async function _rows(): Promise<WidthRow[]> {
  const settings = [4, 16].flatMap((width) => [1, 2].map((seed) => ({ width, seed })));
  return await Promise.all(settings.map(async ({ width, seed }) => {
    const outcome = await widthSweep.run({ width, learningRate: 3, epochs: 3 }, seed);
    return {
      width,
      learningRate: 3,
      epochs: 3,
      seed,
      status: outcome.status ?? "completed",
      ...outcome.metrics,
    } as unknown as WidthRow;
  }));
}

Deno.test("deadElsewhereTotals() and pruningCheck() summarise real threat-width runs consistently", async () => {
  const rows = await _rows();
  const totals = deadElsewhereTotals(rows);
  expect(totals.map((t) => [t.width, t.learningRate, t.runs])).to.deep.equal([[4, 3, 2], [
    16,
    3,
    2,
  ]]);
  for (const t of totals) {
    const runs = rows.filter((r) => r.width === t.width);
    expect(t.deadUnits).to.equal(runs.reduce((s, r) => s + r.deadUnits!, 0));
    expect(t.activeOnTest).to.be.at.most(t.deadUnits);
    expect(t.activeOnShifted).to.be.at.most(t.deadUnits);
  }
  const check = pruningCheck(rows);
  expect([check.runs, check.sameTrainAccuracy]).to.deep.equal([4, 4]); // same on train, by construction
  expect(check.largestTestChange).to.be.within(0, 1);
});

Deno.test("deadElsewhereTotals() and pruningCheck() leave diverged runs out", () => {
  const diverged = { width: 4, learningRate: 3, status: "diverged" } as unknown as WidthRow;
  expect(deadElsewhereTotals([diverged])).to.deep.equal([]);
  expect(pruningCheck([diverged])).to.deep.equal({
    runs: 0,
    sameTrainAccuracy: 0,
    sameTestAccuracy: 0,
    largestTestChange: 0,
  });
});

import { expect } from "chai";
import { defineSweep } from "relu-lab/lab";
import { revivalSweep } from "../../../lib/chapters/06_threat/revival.ts";

Deno.test("revivalSweep records both phases and never counts more returns than deaths", async () => {
  for (const phase2 of ["all", "same"]) {
    const outcome = await revivalSweep.run({ phase2, learningRate: 2, epochs: 4 }, 1);
    expect(outcome.status ?? "completed").to.equal("completed");
    const m = outcome.metrics;
    expect(outcome.perEpoch!.map((e) => e.phase)).to.deep.equal([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(outcome.perEpoch!.map((e) => e.epoch)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(m.cameBack).to.be.within(0, m.deadAfterPhase1!);
    expect(m.activeOnPhase2Data).to.be.within(0, m.deadAfterPhase1!);
    expect(m.deadAtEnd).to.be.within(0, 32);
    const last = outcome.perEpoch!.at(-1)!;
    expect(last.cameBack).to.equal(m.cameBack);
    expect(last.deadSeen).to.equal(m.deadAtEnd! / 32);
    // Without new data, nothing can be active on "new" data when phase 2 begins.
    if (phase2 === "same") expect(m.activeOnPhase2Data).to.equal(0);
  }
});

Deno.test("revivalSweep rejects an unknown second-phase condition, naming it", () => {
  expect(() => defineSweep({ ...revivalSweep, grid: { ...revivalSweep.grid, phase2: ["more"] } }))
    .to.throw(RangeError, /phase2.*"more"/);
});

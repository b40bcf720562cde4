import { expect } from "chai";
import { dying, sweepByName, SWEEPS } from "relu-lab/chapters";

Deno.test("sweepByName() finds the chapters' sweeps and lists the valid names otherwise", () => {
  expect(sweepByName("dying-lr")).to.equal(dying.dyingLr);
  expect(() => sweepByName("dying")).to.throw(RangeError, /one of "[a-z-]+".*received "dying"/);
  expect(new Set(SWEEPS.map((s) => s.name)).size).to.equal(SWEEPS.length);
});

Deno.test("every chapter's sweep names a module that exports it under its name", async () => {
  for (const sweep of SWEEPS) {
    const exports: Record<string, unknown> = await import(sweep.module);
    expect(Object.values(exports), sweep.name).to.include(sweep);
    expect(sweep.module, sweep.name).to.match(/\/lib\/chapters\/0\d_[a-z_]+\/[a-z_]+\.ts$/);
  }
});

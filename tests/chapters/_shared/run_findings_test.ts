import { expect } from "chai";
import { Rng } from "relu-lab";
import { meanFinding } from "relu-lab/lab";
import { runMean, runPaired } from "../../../lib/chapters/_shared/run_findings.ts";

const values = [0.61, 0.4, 0.22, 0.73, 0.55, 0.38, 0.9, 0.12, 0.47, 0.66];
const rows = values.map((dead, i) => ({ seed: 1000 - 37 * i, replicate: i, dead }));

Deno.test("runMean() gives the same runs the same interval in any order, and other runs another", () => {
  const a = runMean(rows, "dead", { profile: "full" }).mean;
  const shuffled = [...rows].sort((x, y) => Math.sin(x.seed) - Math.sin(y.seed));
  expect(shuffled.map((r) => r.seed)).to.not.deep.equal(rows.map((r) => r.seed));
  expect(runMean(shuffled, "dead", { profile: "full" }).mean).to.deep.equal(a);
  const other = rows.map((r, i) => i === 0 ? { ...r, dead: 0.62 } : r);
  expect(runMean(other, "dead", { profile: "full" }).mean.low).to.not.equal(a.low);
  // The interval is a real bootstrap interval: it matches meanFinding's with some generator.
  const plain = meanFinding(rows, "dead", { rng: new Rng(1), profile: "full" }).mean;
  expect(a.value).to.be.closeTo(plain.value, 1e-12); // summed in seed order
  expect(a.low).to.be.closeTo(plain.low!, 0.05);
  expect(a.high).to.be.closeTo(plain.high!, 0.05);
});

Deno.test("runPaired() pairs by seed whatever the order of the rows", () => {
  const both = rows.flatMap((r) => [
    { setup: "a", seed: r.seed, dead: r.dead },
    { setup: "b", seed: r.seed, dead: r.dead - 0.1 + 0.01 * r.replicate },
  ]);
  const options = { field: "setup", a: "a", b: "b", metric: "dead", profile: "full" } as const;
  const paired = runPaired(both, options);
  expect(paired.n).to.equal(10);
  expect(paired.difference.value).to.be.closeTo(0.1 - 0.045, 1e-12);
  expect(runPaired([...both].reverse(), options).difference).to.deep.equal(paired.difference);
});

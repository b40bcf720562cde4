import { expect } from "chai";
import { defineSweep, parseShard, planRuns, runSeed, shardRuns } from "relu-lab/lab";
import fc from "fast-check";

const sweepOf = (grid: { x: number[]; act: string[] }, seedFields: ("x" | "act")[] = []) =>
  defineSweep({
    name: "plan",
    description: "Planning test.",
    module: import.meta.url,
    grid,
    seedFields,
    profiles: { quick: { seeds: 2, grid: { act: ["relu"] } }, full: { seeds: 3 } },
    metrics: ["y"],
    run: ({ x }) => ({ metrics: { y: x } }),
  });

Deno.test("planRuns() nests fields as declared with seeds innermost, and applies profile overrides", () => {
  const sweep = sweepOf({ x: [1, 2], act: ["relu", "elu"] });
  const full = planRuns(sweep, "full");
  expect(full).to.have.length(12);
  expect(full.slice(0, 4).map((r) => [r.settings.x, r.settings.act, r.replicate])).to.deep.equal([
    [1, "relu", 0],
    [1, "relu", 1],
    [1, "relu", 2],
    [1, "elu", 0],
  ]);
  expect(full.map((r) => r.index)).to.deep.equal([...Array(12).keys()]);
  expect(planRuns(sweep, "quick").map((r) => [r.settings.x, r.settings.act, r.replicate])).to.deep
    .equal([
      [1, "relu", 0],
      [1, "relu", 1],
      [2, "relu", 0],
      [2, "relu", 1],
    ]);
  expect(() => planRuns(sweep, "medium" as "full")).to.throw(RangeError, /profile/);
});

Deno.test("planRuns() gives a run the same seed and key whatever its position in the grid", () => {
  const forward = planRuns(sweepOf({ x: [1, 2, 3], act: ["relu", "elu"] }), "full");
  const reversed = planRuns(sweepOf({ x: [3, 2, 1], act: ["elu", "relu"] }), "full");
  const byKey = new Map(reversed.map((r) => [r.key, r.seed]));
  expect(forward.map((r) => byKey.get(r.key))).to.deep.equal(forward.map((r) => r.seed));
  expect(new Set(forward.map((r) => r.key)).size).to.equal(forward.length);
});

Deno.test("runSeed() pairs conditions on seeds by default and separates them by seedFields", () => {
  const paired = sweepOf({ x: [1, 2], act: ["relu"] });
  const separate = sweepOf({ x: [1, 2], act: ["relu"] }, ["x"]);
  expect(runSeed(paired, { x: 1, act: "relu" }, 0)).to.equal(
    runSeed(paired, { x: 2, act: "relu" }, 0),
  );
  expect(runSeed(separate, { x: 1, act: "relu" }, 0)).to.not.equal(
    runSeed(separate, { x: 2, act: "relu" }, 0),
  );
  expect(runSeed(separate, { x: 1, act: "relu" }, 0)).to.equal(
    runSeed(separate, { x: 1, act: "elu" }, 0),
  );
});

Deno.test("shardRuns() splits any list into n disjoint slices that cover it", () => {
  fc.assert(fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 7 }), (items, count) => {
    const shards = Array.from(
      { length: count },
      (_, i) => shardRuns(items, { index: i + 1, count }),
    );
    expect(shards.flat().sort()).to.deep.equal([...items].sort());
    expect(Math.max(...shards.map((s) => s.length)) - Math.min(...shards.map((s) => s.length))).to
      .be.at.most(1);
  }));
});

Deno.test("parseShard() accepts i/n with 1 <= i <= n and names the option otherwise", () => {
  expect(parseShard("1/1")).to.deep.equal({ index: 1, count: 1 });
  for (const bad of ["0/2", "3/2", "1/0", "a/b", "1-2", "", "1/2/3"]) {
    expect(() => parseShard(bad)).to.throw(RangeError, /Expected shard to be "i\/n"/);
  }
});

import { expect } from "chai";
import { seriesColor } from "relu-lab/plot";
import { remedies } from "relu-lab/chapters";

const findings = await remedies.remediesChapter.findings();

Deno.test("remedyMap() names every remedy in a legend, each point its own look, no text to collide", () => {
  const figure = remedies.remedyMap(findings);
  const names = figure.data.map((t) => t.name);
  expect(names).to.deep.equal(remedies.REMEDIES.map((r) => r.name));
  expect(figure.layout.showlegend).to.equal(true);
  expect(figure.data.some((t) => "text" in t || String(t.mode).includes("text"))).to.equal(false);
  const look = (t: (typeof figure.data)[number]) => {
    const { color, symbol } = t.marker as { color: string; symbol: string };
    return `${color} ${symbol}`;
  };
  expect(new Set(figure.data.map(look)).size).to.equal(figure.data.length);
  const colour = (name: string) =>
    (figure.data.find((t) => t.name === name)!.marker as { color: string }).color;
  expect(colour("baseline")).to.equal(seriesColor("relu", 0));
  expect(colour("leaky_relu")).to.equal(seriesColor("leaky_relu", 0));
  // One colour per kind of change, told apart across kinds.
  const kinds = new Map<string, Set<string>>();
  for (const t of figure.data) {
    const kind = remedies.REMEDY_KINDS[t.name as string]!;
    kinds.set(kind, (kinds.get(kind) ?? new Set()).add(colour(t.name as string)));
  }
  expect([...kinds.values()].every((colours) => colours.size === 1)).to.equal(true);
  expect(new Set([...kinds.values()].map((c) => [...c][0])).size).to.equal(kinds.size);
  expect(figure.layout.xaxis?.title?.text).to.be.a("string").and.not.equal("");
  expect(figure.layout.yaxis?.title?.text).to.be.a("string").and.not.equal("");
});

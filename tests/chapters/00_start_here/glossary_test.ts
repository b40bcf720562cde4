import { expect } from "chai";
import { glossaryIds } from "../01_relu/_notebook_rules.ts";

// The ids every chapter may link to as 00_start_here.ipynb#glossary-<id>.
const CONVENTION = [
  "bootstrap",
  "paired",
  "profile",
  "seed",
  "dead",
  "inactive",
  "subgradient",
  "logit",
  "wilson",
  "beta",
  "adam",
  "momentum",
  "batch-norm",
  "dropout",
  "marching-squares",
  "xavier",
  "he",
  "prelu",
  "rrelu",
  "learning-rate",
  "epoch",
];

Deno.test("chapter 0's glossary defines every agreed term once, and no other", () => {
  const ids = glossaryIds();
  expect([...ids].sort()).to.deep.equal([...CONVENTION].sort());
  expect(new Set(ids).size).to.equal(ids.length);
});

Deno.test("every glossary link in the notebooks points at a term chapter 0 defines", () => {
  const ids = new Set(glossaryIds());
  for (const entry of Deno.readDirSync("notebooks")) {
    if (!entry.name.endsWith(".ipynb")) continue;
    const text = Deno.readTextFileSync(`notebooks/${entry.name}`);
    for (const [, id] of text.matchAll(/#glossary-([a-z-]+)\)/g)) {
      expect(ids.has(id!), `${entry.name} links glossary-${id}`).to.equal(true);
    }
  }
});

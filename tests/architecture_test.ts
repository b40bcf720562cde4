// The layout docs/ARCHITECTURE.md describes: no import cycle between files or between
// folders, every import between lib's folders allowed by its table, nothing under lib/
// importing an entry point, and no speed or browser internals among the public exports.
import { expect } from "chai";
import { dirname, relative } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const ENTRIES = ["lib/mod.ts", "lib/lab.ts", "lib/plot.ts", "lib/chapters.ts"];

/** Import edges between the repository's own modules, from `deno info --json`. */
async function importGraph(entries: readonly string[]): Promise<Map<string, Set<string>>> {
  const graph = new Map<string, Set<string>>();
  for (const entry of entries) {
    const out = await new Deno.Command("deno", {
      args: ["info", "--json", entry],
      cwd: ROOT,
      stdout: "piped",
      stderr: "null",
    }).output();
    expect(out.success, `deno info --json ${entry}`).to.equal(true);
    const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
      modules: {
        specifier: string;
        dependencies?: { code?: { specifier: string }; type?: { specifier: string } }[];
      }[];
    };
    for (const module of info.modules) {
      const from = _local(module.specifier);
      if (from === undefined) continue;
      const targets = graph.get(from) ?? new Set<string>();
      for (const dependency of module.dependencies ?? []) {
        for (const to of [dependency.code?.specifier, dependency.type?.specifier]) {
          const local = to === undefined ? undefined : _local(to);
          if (local !== undefined) targets.add(local);
        }
      }
      graph.set(from, targets);
    }
  }
  return graph;
}

function _local(specifier: string): string | undefined {
  if (!specifier.startsWith("file://")) return undefined;
  const path = relative(ROOT, fromFileUrl(specifier));
  return path.startsWith("..") ? undefined : path;
}

/** The strongly connected components with more than one node (Tarjan). */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>(), found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** The graph of folders: an edge where some file of one imports a file of the other. */
function folderGraph(graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (dirname(from) === dirname(to)) continue;
      folders.set(dirname(from), (folders.get(dirname(from)) ?? new Set()).add(dirname(to)));
    }
  }
  return folders;
}

/** The top-level folder of lib/ a file is in (`core` for lib/core/layers/dense.ts). */
const area = (path: string) => /^lib\/([^/]+)\//.exec(path)?.[1];

/** The table "Allowed imports" of docs/ARCHITECTURE.md. */
function allowedImports(): Map<string, Set<string>> {
  const doc = Deno.readTextFileSync(`${ROOT}/docs/ARCHITECTURE.md`);
  const table = doc.slice(doc.indexOf("## Allowed imports"));
  const allowed = new Map<string, Set<string>>();
  for (const [, folder, targets] of table.matchAll(/^\| `(\w+)\/`\s*\|([^|]*)\|/gm)) {
    allowed.set(folder!, new Set([...targets!.matchAll(/`(\w+)\/`/g)].map((m) => m[1]!)));
  }
  return allowed;
}

const graph = await importGraph(ENTRIES);

Deno.test("the import graph of the entry points reaches every lib/ module and has no file cycle", () => {
  expect(graph.size).to.be.above(150);
  expect(cycles(graph)).to.deep.equal([]);
});

Deno.test("no two folders import each other, directly or through others", () => {
  expect(cycles(folderGraph(graph))).to.deep.equal([]);
});

Deno.test("every import between lib's folders is one docs/ARCHITECTURE.md allows", () => {
  const allowed = allowedImports();
  expect([...allowed.keys()].sort()).to.deep.equal(
    ["analysis", "chapters", "core", "data", "display", "lab", "playground", "plot", "stats"],
  );
  const forbidden: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a, b] = [area(from), area(to)];
      if (a === undefined || b === undefined || a === b) continue;
      if (!allowed.get(a)?.has(b)) forbidden.push(`${from} → ${to}`);
    }
  }
  expect(forbidden).to.deep.equal([]);
});

Deno.test("nothing under lib/ imports an entry point", () => {
  const importers = [...graph].filter(([from, targets]) =>
    area(from) !== undefined && ENTRIES.some((entry) => targets.has(entry))
  ).map(([from]) => from);
  expect(importers).to.deep.equal([]);
});

Deno.test("the public entry points export no kernels, browser or plotly plumbing", async () => {
  const internals = /gemm|rectify|denseBackward|plotly|browser|chromium|renderPng|reuse|^_/i;
  for (const entry of ENTRIES) {
    const names = Object.keys(await import(`${ROOT}/${entry}`));
    expect(names.filter((name) => internals.test(name)), entry).to.deep.equal([]);
  }
});

Deno.test("cycles() finds a cycle of three and ignores a chain", () => {
  const chain = new Map([["a", new Set(["b"])], ["b", new Set(["c"])]]);
  expect(cycles(chain)).to.deep.equal([]);
  const loop = new Map([["a", new Set(["b"])], ["b", new Set(["c"])], ["c", new Set(["a"])]]);
  expect(cycles(loop)).to.deep.equal([["a", "b", "c"]]);
});

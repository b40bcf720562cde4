import { expect } from "chai";
import { TRACE_TYPES } from "relu-lab/plot";
import {
  loadPlotlySource,
  PLOTLY_CHUNK_MARKER,
  plotlyChunks,
  plotlyVersion,
} from "../../lib/display/plotly_source.ts";

/** The source piece a chunk stores. */
const piece = (chunk: string) => JSON.parse(/^c\[\d+\] = (".*");$/m.exec(chunk)![1]!);

Deno.test("loadPlotlySource() gives the cartesian bundle with every trace type we use", async () => {
  const source = await loadPlotlySource();
  expect(source).to.contain("plotly.js (cartesian - minified)");
  expect(plotlyVersion(source)).to.equal("4.1.1"); // as pinned in deno.json
  for (const type of TRACE_TYPES) expect(source).to.contain(`name:"${type}"`);
  for (const component of ["sliders", "updatemenus"]) {
    expect(source).to.contain(`name:"${component}"`);
  }
});

Deno.test("plotlyChunks() cuts the source into marked ~256 KB scripts that join back", async () => {
  const source = await loadPlotlySource();
  const chunks = plotlyChunks(source, 262_144);
  expect(chunks).to.have.length(Math.ceil(source.length / 262_144));
  for (const chunk of chunks) {
    expect(chunk).to.contain(PLOTLY_CHUNK_MARKER);
    expect(chunk.length).to.be.below(300_000);
    expect(chunk.match(/<\/script>/g)).to.have.length(1);
  }
  expect(chunks.map(piece).join("")).to.equal(source);
  expect(chunks.at(-1)).to.contain(`for (var j = 0; j < ${chunks.length}; j++)`);
  expect(chunks[0]).to.not.contain(`c.join("")`);
});

Deno.test("plotlyChunks() rejects a chunk size below 1", () => {
  expect(() => plotlyChunks("x", 0)).to.throw(RangeError, /chunkSize/);
});

Deno.test("plotlyVersion() says unknown without a banner", () => {
  expect(plotlyVersion("var x;")).to.equal("unknown");
});

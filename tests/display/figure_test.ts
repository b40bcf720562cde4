import { expect } from "chai";
import { Figure, type TraceType } from "relu-lab/plot";

Deno.test("Figure rejects no traces and trace types outside the cartesian bundle", () => {
  expect(() => new Figure({ data: [], layout: {} })).to.throw(TypeError, /spec.data/);
  expect(() => new Figure({ data: [{ type: "table" as TraceType }], layout: {} }))
    .to.throw(RangeError, /spec.data\[0\].type.*"table"/);
});

Deno.test("Figure.bundle() offers HTML, plotly JSON and a summary line, PNG only on request", async () => {
  const fig = new Figure({
    data: [{ type: "scatter", y: [1] }, { type: "scatter", y: [2] }, { type: "bar", y: [3] }],
    layout: { title: { text: "Loss" } },
    frames: [{ name: "e1", data: [{ type: "scatter", y: [0] }] }],
  });
  const bundle = await fig.bundle({ png: false });
  expect(bundle["text/plain"]).to.equal('Figure "Loss" (2 scatter, 1 bar traces, 1 frames)');
  expect(bundle["application/vnd.plotly.v1+json"]).to.deep.equal(fig.toJSON());
  expect(fig.toJSON().frames).to.have.length(1);
  expect(bundle["text/html"]).to.contain("relu-lab-figure");
  expect(bundle).to.not.have.property("image/png");
  const plain = new Figure({ data: [{ type: "bar", y: [1] }], layout: {} });
  expect(plain.title).to.equal("untitled figure");
  expect(plain.toJSON()).to.not.have.property("frames");
});

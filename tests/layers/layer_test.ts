import { expect } from "chai";
import { Dense, Rng } from "../../lib/mod.ts";
import { reuse } from "../../lib/layers/layer.ts";
import { randomMatrix } from "../_gradcheck.ts";

Deno.test("reuse() keeps a buffer of the same shape and lends its memory to a smaller one", () => {
  const like = new Float32Array(0);
  const full = reuse(undefined, 32, 16, like);
  expect(reuse(full, 32, 16, like)).to.equal(full);
  const short = reuse(full, 8, 16, like);
  expect([short.rows, short.cols, short.data.length]).to.deep.equal([8, 16, 128]);
  expect(short.data.buffer, "borrowed").to.equal(full.data.buffer);
  expect(reuse(short, 32, 16, like).data.buffer, "back to the full batch").to.equal(
    full.data.buffer,
  );
  expect(reuse(full, 33, 16, like).data.buffer, "too small: new memory").to.not.equal(
    full.data.buffer,
  );
  expect(reuse(full, 8, 16, new Float64Array(0)).data).to.be.instanceOf(Float64Array);
});

Deno.test("reuse() does not pin a large buffer for small matrices", () => {
  const like = new Float32Array(0);
  const large = reuse(undefined, 60_000, 16, like); // 3.8 MB
  expect(reuse(large, 32, 16, like).data.buffer).to.not.equal(large.data.buffer);
  expect(reuse(large, 20_000, 16, like).data.buffer, "within 4×").to.equal(large.data.buffer);
});

Deno.test("Dense gives the same outputs and gradients when batches of different sizes alternate", () => {
  const batches = [32, 8, 32, 1000, 8].map((rows, i) => randomMatrix(rows, 5, new Rng(i)));
  const reused = new Dense(5, 3, new Rng(1), { dtype: "float64" });
  for (const x of batches) {
    const fresh = new Dense(5, 3, new Rng(1), { dtype: "float64" });
    const gradOut = randomMatrix(x.rows, 3, new Rng(x.rows));
    const want = Array.from(fresh.forward(x, "train").data);
    const wantGrad = Array.from(fresh.backward(gradOut).data);
    expect(Array.from(reused.forward(x, "train").data), `${x.rows} rows`).to.deep.equal(want);
    expect(Array.from(reused.backward(gradOut).data), `${x.rows} rows`).to.deep.equal(wantGrad);
  }
});

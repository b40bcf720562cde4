import { expect } from "chai";
import { Dense, PReLU, Rng } from "relu-lab";
import { reuse } from "../../../lib/core/layers/layer.ts";
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

Deno.test("PReLU in float32 gives x > 0 ? x : a·x rounded once, any slope, and −0 for a slope of 0", () => {
  const rng = new Rng(5);
  const values = Float32Array.from(
    { length: 96 },
    (_, i) => [0, -0, NaN, -2.5][i % 7] ?? rng.normal(),
  );
  for (const init of [0.25, -0.3, 1.7, 0]) {
    const slope = Math.fround(init); // the layer stores its slopes in float32
    for (const slopes of ["shared", "per_unit"] as const) {
      const layer = new PReLU(3, { slopes, init });
      const x = { rows: 32, cols: 3, data: values.slice() };
      const got = Array.from(layer.forward(x, "train").data);
      const want = Array.from(Float32Array.from(values, (v) => (v > 0 ? v : slope * v)));
      expect(got.map(Object.is.bind(null, 0)), `+0 where wanted, a = ${slope}, ${slopes}`)
        .to.deep.equal(want.map(Object.is.bind(null, 0)));
      expect(got, `a = ${slope}, ${slopes}`).to.deep.equal(want);
      const gradOut = { rows: 32, cols: 3, data: Float32Array.from(values, (_, i) => i - 40) };
      const gradIn = Array.from(layer.backward(gradOut).data);
      const wantGrad = Array.from(
        // A NaN input's gradient is NaN (the input itself).
        Float32Array.from(values, (v, i) => (v > 0 ? i - 40 : v <= 0 ? slope * (i - 40) : v)),
      );
      expect(gradIn, `gradient, a = ${slope}, ${slopes}`).to.deep.equal(wantGrad);
    }
  }
});

import { expect } from "chai";
import { Rng } from "relu-lab";
import { gemmThreads, setGemmThreads } from "../../../lib/core/kernels/gemm_threads.ts";
import { gemmWasm } from "../../../lib/core/kernels/gemm_wasm.ts";
import {
  helperFinish,
  helperHalves,
  helperReady,
  helperStart,
} from "../../../lib/core/kernels/gemm_threads.ts";

/** Turns the helper on and waits (up to 10 s) until it takes products. */
async function _startHelper(): Promise<void> {
  setGemmThreads(2);
  for (let tries = 0; !helperReady() && tries < 1000; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(helperReady(), "helper ready").to.equal(true);
}

Deno.test("gemmWasm() gives the same bits on two threads as on one, when products are split", async () => {
  const rng = new Rng(7);
  // Taller than wide splits rows, wider than tall splits columns; odd sizes leave ragged halves.
  const shapes: [number, number, number][] = [[257, 129, 40], [37, 301, 99], [128, 256, 784]];
  const cases = shapes.flatMap((shape) =>
    [[false, false], [false, true], [true, false], [true, true]].map(([ta, tb]) => {
      const [m, n, k] = shape;
      const random = (length: number) => Float32Array.from({ length }, () => rng.uniform(-1, 1));
      const [a, b, c] = [random(m * k), random(k * n), random(m * n)];
      // Half the cases add a bias row, which a column split must cut where it cuts C.
      return { ta: ta!, tb: tb!, m, n, k, a, b, c, bias: tb ? random(n) : undefined };
    })
  );
  const single = cases.map(({ ta, tb, m, n, k, a, b, c, bias }) => {
    const out = c.slice();
    gemmWasm(ta, tb, m, n, k, 0.5, a, b, 2, out, bias);
    return out;
  });
  await _startHelper();
  const before = helperHalves();
  try {
    // The main thread takes back halves the helper is too slow to take: repeat until the
    // helper has done some (it spins for a millisecond after each one it sees).
    for (let round = 0; round < 100 && helperHalves() === before; round++) {
      cases.forEach(({ ta, tb, m, n, k, a, b, c, bias }, i) => {
        const out = c.slice();
        gemmWasm(ta, tb, m, n, k, 0.5, a, b, 2, out, bias);
        expect(out, `${m}×${n}×${k}, trans ${ta}/${tb}`).to.deep.equal(single[i]);
      });
    }
    expect(helperHalves(), "halves the helper computed").to.be.above(before);
  } finally {
    setGemmThreads(1);
  }
});

Deno.test("helperFinish() computes the offered half itself, when no helper takes it", async () => {
  const worker = new Worker(new URL("./_gemm_steal_worker.ts", import.meta.url), {
    type: "module",
  });
  const { got, want, halves } = await new Promise<
    { got: number[]; want: number[]; halves: number }
  >((resolve) => worker.onmessage = (e) => resolve(e.data));
  worker.terminate();
  expect(got).to.deep.equal(want);
  expect(halves).to.equal(0);
});

Deno.test("helperFinish() throws, when the offered half of a product fails", async () => {
  await _startHelper();
  try {
    // An address past the end of memory makes the kernel trap, in the helper if it took
    // the half (then helperFinish reports it) or else in helperFinish itself.
    const bad = [0, 0, 8, 8, 8, 1, 2 ** 31 - 64, 8, 128, 8, 0, 128, 8, 1024, 0, 1] as const;
    helperStart([...bad]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => helperFinish([...bad])).to.throw(Error, /helper thread failed|out of bounds/);
  } finally {
    setGemmThreads(1);
  }
});

Deno.test("setGemmThreads() switches the thread count, and rejects counts other than 1 and 2", () => {
  expect(gemmThreads()).to.equal(1);
  setGemmThreads(2);
  expect(gemmThreads()).to.equal(2);
  setGemmThreads(1);
  expect(gemmThreads()).to.equal(1);
  expect(() => setGemmThreads(3)).to.throw(RangeError, /count.*\[1, 2\].*3/);
  expect(() => setGemmThreads(1.5)).to.throw(TypeError, /count.*1\.5/);
});

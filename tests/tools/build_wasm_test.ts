import { expect } from "chai";
import { compileWat, WASM_SOURCES } from "../../tools/build_wasm.ts";

Deno.test("compileWat() rebuilds every committed .wasm byte for byte, when given its .wat", async () => {
  expect(WASM_SOURCES).to.not.be.empty;
  for (const source of WASM_SOURCES) {
    const rebuilt = await compileWat(source, await Deno.readTextFile(source));
    const committed = await Deno.readFile(source.replace(/\.wat$/, ".wasm"));
    expect(rebuilt, `${source}: run deno task build:wasm`).to.deep.equal(committed);
  }
});

Deno.test("compileWat() throws naming the file, when the text is not valid WebAssembly", async () => {
  let error: unknown;
  try {
    await compileWat("broken.wat", "(module (func (result i32) (f32.const 1)))");
  } catch (e) {
    error = e;
  }
  expect(String(error)).to.match(/broken\.wat/);
});

import { expect } from "chai";
import { createHash } from "node:crypto";
import { downloadFashionMnist, FASHION_MNIST_MD5, FASHION_MNIST_URL } from "../../tools/data.ts";
import { tempDir } from "../data/_idx_files.ts";

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");

/** Serves `files` by name on 127.0.0.1, counting requests, while `fn` runs. */
async function serving(
  files: Record<string, Uint8Array>,
  fn: (baseUrl: string, requests: string[]) => Promise<void>,
): Promise<void> {
  const requests: string[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
    const name = new URL(request.url).pathname.slice(1);
    requests.push(name);
    const body = files[name];
    return body
      ? new Response(body as Uint8Array<ArrayBuffer>)
      : new Response("no such file", { status: 404 });
  });
  try {
    await fn(`http://127.0.0.1:${server.addr.port}/`, requests);
  } finally {
    await server.shutdown();
  }
}

const FILES = { "a.gz": new Uint8Array([1, 2, 3]), "b.gz": new Uint8Array([4, 5]) };
const CHECKSUMS = { "a.gz": md5(FILES["a.gz"]), "b.gz": md5(FILES["b.gz"]) };

Deno.test("downloadFashionMnist() saves each file after checking its MD5, and keeps intact ones", async () => {
  const dir = await tempDir();
  const log: string[] = [];
  await serving(FILES, async (baseUrl, requests) => {
    const paths = await downloadFashionMnist({
      dir,
      baseUrl,
      checksums: CHECKSUMS,
      log: (l) => log.push(l),
    });
    expect(paths).to.deep.equal([`${dir}/a.gz`, `${dir}/b.gz`]);
    expect(await Deno.readFile(`${dir}/b.gz`)).to.deep.equal(FILES["b.gz"]);
    await Deno.writeFile(`${dir}/b.gz`, new Uint8Array([9])); // damaged: fetched again
    await downloadFashionMnist({ dir, baseUrl, checksums: CHECKSUMS, log: (l) => log.push(l) });
    expect(requests).to.deep.equal(["a.gz", "b.gz", "b.gz"]);
    expect(await Deno.readFile(`${dir}/b.gz`)).to.deep.equal(FILES["b.gz"]);
  });
  expect(log).to.include(`${dir}/a.gz is already present`);
});

Deno.test("downloadFashionMnist() refuses a file whose MD5 differs, saving nothing", async () => {
  const dir = await tempDir();
  await serving(FILES, async (baseUrl) => {
    const checksums = { "a.gz": "0".repeat(32) };
    const error = await downloadFashionMnist({ dir, baseUrl, checksums, log: () => {} }).catch((
      e,
    ) => e);
    expect(error.message).to.include(
      `Downloaded ${baseUrl}a.gz has MD5 ${CHECKSUMS["a.gz"]}, expected ${"0".repeat(32)}`,
    );
  });
  expect(Array.from(Deno.readDirSync(dir))).to.deep.equal([]);
});

Deno.test("downloadFashionMnist() says how else to get the data when the server or network fails", async () => {
  const dir = await tempDir();
  await serving(FILES, async (baseUrl) => {
    const error = await downloadFashionMnist({
      dir,
      baseUrl,
      checksums: { "c.gz": "x" },
      log: () => {},
    })
      .catch((e) => e);
    expect(error.message).to.include(`Could not download ${baseUrl}c.gz: HTTP 404`)
      .and.include("sudo apt-get install dataset-fashion-mnist");
  });
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const closed = `http://127.0.0.1:${listener.addr.port}/`;
  listener.close();
  const error = await downloadFashionMnist({
    dir,
    baseUrl: closed,
    checksums: CHECKSUMS,
    log: () => {},
  })
    .catch((e) => e);
  expect(error.message).to.match(
    new RegExp(`^Could not download ${closed}a.gz: .+\\. Check the network`),
  );
});

Deno.test("FASHION_MNIST_MD5 names the four files at the published location", () => {
  expect(Object.keys(FASHION_MNIST_MD5)).to.have.members([
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz",
  ]);
  for (const sum of Object.values(FASHION_MNIST_MD5)) expect(sum).to.match(/^[0-9a-f]{32}$/);
  expect(new URL("train-images-idx3-ubyte.gz", FASHION_MNIST_URL).pathname).to.equal(
    "/train-images-idx3-ubyte.gz",
  );
});

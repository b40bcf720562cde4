/**
 * Downloads Fashion-MNIST's four gzipped IDX files into `data/fashion-mnist/` from the
 * dataset's published location (the "Get the Data" table of Zalando Research's README,
 * also shipped as /usr/share/doc/dataset-fashion-mnist/README.md.gz by Debian), and checks
 * each file's MD5 against the value published there. Files already present and intact
 * are kept.
 *
 * Usage: `deno task data [--dir DIR] [--base-url URL] [--force] [--help]`
 *
 * @module
 */

import { createHash } from "node:crypto";
import { FASHION_MNIST_DIR } from "relu-lab";
import { flag, readCommandLine, text, toggle } from "./_cli.ts";

/** Where Zalando Research publishes the files. */
export const FASHION_MNIST_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

/** The published MD5 of each gzipped file. */
export const FASHION_MNIST_MD5: Readonly<Record<string, string>> = {
  "train-images-idx3-ubyte.gz": "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
  "train-labels-idx1-ubyte.gz": "25c81989df183df01b3e8a0aad5dffbe",
  "t10k-images-idx3-ubyte.gz": "bef4ecab320f06d8554ea6380940ec79",
  "t10k-labels-idx1-ubyte.gz": "bb300cfdad3c16e7a12a480ee83cd310",
};

/** Options for {@linkcode downloadFashionMnist}. */
export interface DownloadOptions {
  /** Directory to write into. @default FASHION_MNIST_DIR (data/fashion-mnist/) */
  dir?: string;
  /** Base URL the file names are appended to. @default FASHION_MNIST_URL */
  baseUrl?: string;
  /** Download even the files already present and intact. @default false */
  force?: boolean;
  /** Expected MD5 per file name; the files downloaded are its keys. @default FASHION_MNIST_MD5 */
  checksums?: Readonly<Record<string, string>>;
  /** Receives one line of progress at a time. @default console.log */
  log?: (line: string) => void;
}

const _HOW_ELSE = "Check the network connection, or install Debian's copy instead: " +
  "sudo apt-get install dataset-fashion-mnist";

const _md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");

/** A fetch error's message with its cause (e.g. the DNS or connection failure), without the repeated URL. */
function _reason(error: Error): string {
  const cause = error.cause instanceof Error ? error.cause.message : "";
  return cause
    ? `${error.message} (${cause.replace(/^error sending request for url \([^)]*\): /, "")})`
    : error.message;
}

/** Returns the file's contents, or undefined if there is none. */
async function _read(path: string): Promise<Uint8Array | undefined> {
  return await Deno.readFile(path).catch((error) => {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  });
}

/**
 * Downloads the files named in `checksums` into `dir`, each checked against its MD5 and
 * written under a temporary name first, so a failed download never leaves a partial file.
 *
 * @param options Target directory, source, checksums and logging.
 * @returns The paths of the files now present.
 */
export async function downloadFashionMnist(options: DownloadOptions = {}): Promise<string[]> {
  const { dir = FASHION_MNIST_DIR, baseUrl = FASHION_MNIST_URL, force = false } = options;
  const { checksums = FASHION_MNIST_MD5, log = console.log } = options;
  await Deno.mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, md5] of Object.entries(checksums)) {
    const path = `${dir}/${name}`;
    paths.push(path);
    const existing = force ? undefined : await _read(path);
    if (existing && _md5(existing) === md5) {
      log(`${path} is already present`);
      continue;
    }
    const url = new URL(name, baseUrl).href;
    log(`Downloading ${url}`);
    const response = await fetch(url).catch((error: Error) => {
      throw new Error(`Could not download ${url}: ${_reason(error)}. ${_HOW_ELSE}`);
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(
        `Could not download ${url}: HTTP ${response.status} ${response.statusText}. ${_HOW_ELSE}`,
      );
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (_md5(bytes) !== md5) {
      throw new Error(
        `Downloaded ${url} has MD5 ${_md5(bytes)}, expected ${md5}; not saved. ${_HOW_ELSE}`,
      );
    }
    await Deno.writeFile(`${path}.part`, bytes);
    await Deno.rename(`${path}.part`, path);
    log(`Saved ${path} (${bytes.length} bytes, MD5 ok)`);
  }
  return paths;
}

const _USAGE = `Usage: deno task data [--dir DIR] [--base-url URL] [--force] [--help]

Downloads Fashion-MNIST's four gzipped IDX files and checks their published MD5 sums.

  --dir DIR       where to save them (default: ${FASHION_MNIST_DIR})
  --base-url URL  where to fetch them from (default: ${FASHION_MNIST_URL})
  --force         download again even the files already present
  --help          show this text`;

/** `raw` if it is an http or https URL, else undefined. */
function _httpUrl(raw: string): string | undefined {
  return URL.canParse(raw) && /^https?:$/.test(new URL(raw).protocol) ? raw : undefined;
}

if (import.meta.main) {
  const { flags } = readCommandLine({
    usage: _USAGE,
    flags: {
      dir: text("a directory"),
      "base-url": flag({ expected: "an http or https URL", parse: _httpUrl, default: undefined }),
      force: toggle(),
    },
  });
  try {
    await downloadFashionMnist({
      force: flags.force,
      ...(flags.dir === undefined ? {} : { dir: flags.dir }),
      ...(flags["base-url"] === undefined ? {} : { baseUrl: flags["base-url"] }),
    });
  } catch (error) {
    console.error((error as Error).message);
    Deno.exit(1);
  }
}

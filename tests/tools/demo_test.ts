// deno task demo is the first command a newcomer runs: its default run must show the story
// (ReLU loses units at a too-high learning rate, the leak keeps them), and its sentences must
// say what its table says.

import { expect } from "chai";

async function demo(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["task", "-q", "demo", ...args],
    env: { NO_COLOR: "1" },
  }).output();
  const text = new TextDecoder().decode(stdout);
  expect(code, new TextDecoder().decode(stderr)).to.equal(0);
  return text;
}

/** The table's row for an activation at a learning rate, split into its columns. */
function row(output: string, label: string, learningRate: string): string[] {
  const line = output.split("\n").find((l) =>
    l.startsWith(`${label} `) &&
    l.slice(label.length).trim().split(/\s{2,}/)[0] === learningRate
  );
  expect(line, `${label} at ${learningRate}`).to.be.a("string");
  return [label, ...line!.slice(label.length).trim().split(/\s{2,}/)];
}

Deno.test("deno task demo shows ReLU losing units at learning rate 3 and the leak keeping them", async () => {
  const output = await demo();
  // activation, learning rate, status, test acc, dead units, input always ≤ 0
  const [, , , saneAccuracy, saneDead] = row(output, "ReLU", "0.1");
  const [, , reluStatus, reluAccuracy, reluDead] = row(output, "ReLU", "3");
  const [, , leakyStatus, leakyAccuracy, leakyDead, leakyOff] = row(
    output,
    "Leaky ReLU (0.01)",
    "3",
  );
  expect(saneDead).to.equal("0/32 (0%)");
  expect(reluStatus).to.equal("completed");
  const lost = Number(/^(\d+)\/32/.exec(reluDead!)?.[1]);
  expect(lost).to.be.at.least(8);
  expect(leakyStatus).to.equal("completed");
  expect(leakyDead).to.equal("0/32 (0%)");
  expect(Number(leakyAccuracy)).to.be.above(Number(reluAccuracy));
  // The sentences quote the table.
  const prose = output.slice(output.lastIndexOf("\n\n")).replaceAll("\n", " ");
  expect(prose).to.contain(`At learning rate 3, ReLU lost ${reluDead} of its hidden units`);
  expect(prose).to.contain(
    `its test accuracy is ${reluAccuracy} (${saneAccuracy} at learning rate 0.1)`,
  );
  expect(prose).to.contain(
    `Leaky ReLU (0.01) lost none and reached ${leakyAccuracy}: ${leakyOff} of its units`,
  );
  for (const activation of ["PReLU", "tanh", "sigmoid"]) row(output, activation, "3");
});

Deno.test("deno task demo says so when no ReLU unit died", async () => {
  const output = await demo("--learning-rate", "0.1", "--epochs", "5");
  expect(output).to.contain("No ReLU unit died at learning rate 0.1");
  expect(output).to.not.contain(" 3 ");
});

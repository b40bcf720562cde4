import { expect } from "chai";
import { PLOTLY_CHUNK_MARKER } from "../../../lib/display/plotly_source.ts";
import { PROGRESS_MIME, progressHtml } from "../../../lib/display/progress_format.ts";
import {
  committedForm,
  type Notebook,
  outputShape,
  splitLines,
  stringifyNotebook,
} from "../../../tools/notebook/commit_form.ts";

const executed = (): Notebook => ({
  cells: [
    { cell_type: "markdown", source: ["# Title"] },
    {
      cell_type: "code",
      source: "await setupNotebook();",
      outputs: [
        { output_type: "display_data", data: { "text/html": `<script ${PLOTLY_CHUNK_MARKER}>` } },
        { output_type: "execute_result", data: { "text/plain": "Figures ready" } },
      ],
    },
    {
      cell_type: "code",
      source: "fig",
      outputs: [
        { output_type: "stream", name: "stdout", text: ["a\n"] },
        { output_type: "stream", name: "stdout", text: "b\nc" },
        { output_type: "stream", name: "stderr", text: "warn\n" },
        {
          output_type: "execute_result",
          data: {
            "text/plain": 'Figure "f"',
            "text/html": "<div>",
            "application/vnd.plotly.v1+json": { data: [] },
            "image/png": "iVBOR",
          },
        },
      ],
    },
  ],
  metadata: { kernelspec: { name: "deno" } },
  nbformat: 4,
  nbformat_minor: 4,
});

Deno.test("committedForm() drops plotly.js, keeps figures as PNG + text, merges streams", () => {
  const nb = executed();
  const committed = committedForm(nb);
  expect(committed.cells[1]!.outputs).to.deep.equal([
    { output_type: "execute_result", data: { "text/plain": "Figures ready" } },
  ]);
  expect(committed.cells[2]!.outputs).to.deep.equal([
    { output_type: "stream", name: "stdout", text: ["a\n", "b\n", "c"] },
    { output_type: "stream", name: "stderr", text: "warn\n" },
    { output_type: "execute_result", data: { "image/png": "iVBOR", "text/plain": 'Figure "f"' } },
  ]);
  expect(nb).to.deep.equal(executed()); // the input is left as it was
});

Deno.test("outputShape() lists output types with stream names or MIME types", () => {
  expect(outputShape(committedForm(executed()))).to.deep.equal([
    ["execute_result text/plain"],
    ["stream stdout", "stream stderr", "execute_result image/png text/plain"],
  ]);
});

Deno.test("stringifyNotebook() writes sorted keys with one-space indent, like Jupyter", () => {
  const text = stringifyNotebook({
    nbformat_minor: 4,
    cells: [],
    nbformat: 4,
    metadata: { b: 1, a: 2 },
  });
  expect(text).to.equal(
    '{\n "cells": [],\n "metadata": {\n  "a": 2,\n  "b": 1\n },\n "nbformat": 4,\n "nbformat_minor": 4\n}\n',
  );
});

Deno.test("splitLines() keeps line ends and a last partial line", () => {
  expect(splitLines("a\n\nb")).to.deep.equal(["a\n", "\n", "b"]);
  expect(splitLines("")).to.deep.equal([]);
});

Deno.test("committedForm() keeps a progress bar's final state without its elapsed time", () => {
  const bar = (elapsed: string) => ({
    output_type: "display_data" as const,
    data: {
      "text/plain": `train 3/3 [####################] loss 0.3333 | ${elapsed} elapsed`,
      "text/html":
        `<div>train <progress value="3" max="3"></progress> 3/3 · ${elapsed} elapsed</div>`,
      // The fields as pairs: a notebook writer that sorts keys keeps their order.
      [PROGRESS_MIME]: {
        label: "train",
        done: 3,
        total: 3,
        fields: [["loss", 1 / 3], ["failed", 0]],
      },
    },
    metadata: {},
  });
  const nb = (elapsed: string): Notebook => ({
    cells: [{ cell_type: "code", source: "train()", outputs: [bar(elapsed)] }],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 4,
  });
  const committed = committedForm(nb("0:04"));
  expect(committed.cells[0]!.outputs![0]!.data).to.deep.equal({
    "text/html": progressHtml({
      label: "train",
      done: 3,
      total: 3,
      fields: { loss: 1 / 3, failed: 0 },
    }),
    "text/plain": "train 3/3 [####################] loss 0.3333 failed 0",
  });
  expect(JSON.stringify(committed)).to.not.contain("elapsed");
  // Two runs that took different times commit the same bytes.
  expect(stringifyNotebook(committedForm(nb("1:17")))).to.equal(stringifyNotebook(committed));
});

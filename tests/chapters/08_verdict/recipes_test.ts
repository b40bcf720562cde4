import { expect } from "chai";
import { DatasetNotFoundError } from "relu-lab";
import {
  recipeData,
  VERDICT_DATASETS,
  verdictRecipe,
} from "../../../lib/chapters/08_verdict/recipes.ts";

Deno.test("verdictRecipe() keeps network and optimiser in the small budget and cuts the data", () => {
  for (const dataset of VERDICT_DATASETS) {
    const standard = verdictRecipe(dataset, "standard");
    const small = verdictRecipe(dataset, "small");
    expect(small.sizes).to.deep.equal(standard.sizes);
    expect([small.learningRate, small.momentum, small.batchSize])
      .to.deep.equal([standard.learningRate, standard.momentum, standard.batchSize]);
    expect(small.train).to.be.below(standard.train);
  }
  expect(() => verdictRecipe("mnist", "small")).to.throw(RangeError, /dataset.*"mnist"/);
  expect(() => verdictRecipe("xor", "huge" as "small")).to.throw(RangeError, /budget/);
});

Deno.test("recipeData() draws synthetic sets from the seed and keeps train and test apart", async () => {
  const recipe = verdictRecipe("moons", "small");
  const a = await recipeData("moons", recipe, 1);
  const b = await recipeData("moons", recipe, 1);
  const c = await recipeData("moons", recipe, 2);
  expect([a.train.x.rows, a.test.x.rows]).to.deep.equal([400, 1000]);
  expect(a.train.x.data).to.deep.equal(b.train.x.data);
  expect(a.train.x.data).to.not.deep.equal(c.train.x.data);
  expect(a.train.x.data).to.not.deep.equal(a.test.x.data.subarray(0, 800));
});

Deno.test("recipeData() takes disjoint Fashion-MNIST images from the test file for the small budget", async () => {
  try {
    const { train, test } = await recipeData(
      "fashion-mnist",
      verdictRecipe("fashion-mnist", "small"),
      0,
    );
    expect([train.x.rows, test.x.rows, train.x.cols, train.classes]).to.deep.equal([
      2000,
      2000,
      784,
      10,
    ]);
    expect(train.x.data.subarray(0, 784)).to.not.deep.equal(test.x.data.subarray(0, 784));
  } catch (error) {
    if (!(error instanceof DatasetNotFoundError) || Deno.env.get("CI") === "true") throw error;
    console.log("skipped: Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
  }
});

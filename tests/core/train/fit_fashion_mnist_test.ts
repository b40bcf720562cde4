import { expect } from "chai";
import { fit, loadFashionMnist, mlp, sgd } from "relu-lab";
import { realFashionMnistTest } from "../../_fashion_mnist_gate.ts";

Deno.test(realFashionMnistTest(
  "fit() trains a 784-256-128-10 ReLU MLP to >= 80% Fashion-MNIST test accuracy in one epoch",
  async () => {
    const train = await loadFashionMnist({ split: "train" });
    const test = await loadFashionMnist({ split: "test" });
    const model = mlp({ sizes: [784, 256, 128, 10], activation: "relu", seed: 0 });
    const history = await fit(model, train, {
      epochs: 1,
      learningRate: 0.05,
      batchSize: 128,
      optimizer: sgd({ momentum: 0.9 }),
      test,
    });
    expect(history.status).to.equal("completed");
    expect(history.epochs[0]!.testAccuracy).to.be.at.least(0.8);
  },
));

import { expect } from "chai";
import { boundaryShapeSweep } from "../../../lib/chapters/02_boundaries/boundary_shape.ts";

Deno.test("boundaryShapeSweep counts linear pieces only for piecewise-linear activations", async () => {
  for (const activation of ["leaky_relu(0.1)", "sigmoid"]) {
    const { metrics, status } = await boundaryShapeSweep.run({ activation, epochs: 3 }, 7);
    expect(status).to.equal("completed");
    const linear = activation.startsWith("leaky");
    expect(metrics.boundaryPieces === null).to.equal(!linear);
    expect(metrics.regions === null).to.equal(!linear);
    for (const key of ["segmentsCoarse", "segmentsMedium", "segmentsFine"] as const) {
      expect(metrics[key]).to.be.a("number").and.at.least(1);
    }
  }
});

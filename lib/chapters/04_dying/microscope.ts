/**
 * Chapter 4's microscope: one neuron, act(w·x + b), trained by gradient descent to fit
 * y = 2x on positive inputs, started with its weight pushed far negative (−3 and
 * −100,000), with ReLU and with Leaky ReLU; what it records and what its numbers say.
 *
 * @module
 */

import { type NeuronTrace, traceNeuron } from "../../analysis/neuron_trace.ts";
import { requireInteger, requirePositive } from "../../core/_validate.ts";

/** The microscope's settings, as the chapter states them. */
export const MICROSCOPE = {
  /** Full-batch gradient steps. */
  steps: 2000,
  /** Step size. */
  learningRate: 0.05,
  /** Training inputs, x uniform in [0.5, 2]; targets 2x; mean squared error. */
  samples: 64,
  /** The initial weights (the bias starts at 0). */
  weights: [-3, -100000],
  /** Leaky ReLU's slope. */
  leak: 0.01,
} as const;

/** One started neuron and its trajectory. */
export interface NeuronCase {
  /** `"relu"` or `"leaky_relu(a)"`. */
  readonly activation: string;
  /** The initial weight. */
  readonly weight: number;
  /** Weight, bias, mean output, weight gradient and loss at every step. */
  readonly trace: NeuronTrace;
}

/** What the microscope's numbers say. */
export interface MicroscopeFindings {
  /** Gradient steps taken. */
  readonly steps: number;
  /** Leaky ReLU's slope. */
  readonly leak: number;
  /** Steps at which ReLU's weight gradient was not 0, from −3 and from −100,000. */
  readonly reluNonzeroSteps: readonly [number, number];
  /** ReLU's mean output at the end (both starts). */
  readonly reluOutput: number;
  /** ReLU's loss at the end (both starts: the weight never moved). */
  readonly reluLoss: number;
  /** Leaky ReLU from −3: the weight and the loss at the end. */
  readonly leakyNear: { readonly weight: number; readonly loss: number };
  /** Leaky ReLU from −100,000: the weight and mean output at the end, the last step's move. */
  readonly leakyFar: { readonly weight: number; readonly output: number; readonly pace: number };
  /** Steps the far leaky weight would need to reach 0 at its last pace (a lower bound). */
  readonly stepsToZero: number;
}

/** The four neurons and their findings. */
export interface Microscope {
  /** ReLU and Leaky ReLU from each initial weight, in the order of {@linkcode MICROSCOPE}. */
  readonly cases: readonly NeuronCase[];
  /** Their numbers. */
  readonly findings: MicroscopeFindings;
}

/** Options of {@linkcode microscope}. */
export interface MicroscopeOptions {
  /**
   * Gradient steps.
   * @default MICROSCOPE.steps
   */
  readonly steps?: number;
  /**
   * Leaky ReLU's slope, in (0, 1].
   * @default MICROSCOPE.leak
   */
  readonly leak?: number;
}

/**
 * Trains the four neurons (ReLU and Leaky ReLU, from each initial weight) and reads their
 * numbers. Deterministic: it takes about a second.
 *
 * @param options Steps and leak.
 * @returns The trajectories and findings.
 * @throws {RangeError | TypeError} On a non-integer or non-positive `steps` (at least 2, so
 * the last step has a pace) or a `leak` outside (0, 1].
 *
 * @example A dead ReLU neuron never moves; the leaky one does
 * ```ts
 * import { microscope } from "./microscope.ts";
 * import { expect } from "chai";
 *
 * const { findings } = microscope({ steps: 200 });
 * expect(findings.reluNonzeroSteps).to.deep.equal([0, 0]);
 * expect(findings.leakyFar.weight).to.be.above(-100000);
 * ```
 */
export function microscope(options: MicroscopeOptions = {}): Microscope {
  const { steps = MICROSCOPE.steps, leak = MICROSCOPE.leak } = options;
  requireInteger("steps", steps, 2);
  requirePositive("leak", leak);
  if (leak > 1) throw new RangeError(`Expected leak to be in (0, 1], received ${leak}`);
  const activations = ["relu", `leaky_relu(${leak})`];
  const cases = MICROSCOPE.weights.flatMap((weight) =>
    activations.map((activation) => ({
      activation,
      weight,
      trace: traceNeuron({
        activation,
        weight,
        steps,
        learningRate: MICROSCOPE.learningRate,
        samples: MICROSCOPE.samples,
      }),
    }))
  );
  const [reluNear, leakyNear, reluFar, leakyFar] = cases.map((c) => c.trace) as [
    NeuronTrace,
    NeuronTrace,
    NeuronTrace,
    NeuronTrace,
  ];
  const nonzero = (t: NeuronTrace) => t.weightGrad.filter((g) => g !== 0).length;
  const pace = leakyFar.weight.at(-1)! - leakyFar.weight.at(-2)!;
  return {
    cases,
    findings: {
      steps,
      leak,
      reluNonzeroSteps: [nonzero(reluNear), nonzero(reluFar)],
      reluOutput: reluNear.meanOutput.at(-1)!,
      reluLoss: reluNear.loss.at(-1)!,
      leakyNear: { weight: leakyNear.weight.at(-1)!, loss: leakyNear.loss.at(-1)! },
      leakyFar: { weight: leakyFar.weight.at(-1)!, output: leakyFar.meanOutput.at(-1)!, pace },
      stepsToZero: pace > 0 ? Math.round(-leakyFar.weight.at(-1)! / pace) : Infinity,
    },
  };
}

/**
 * {@linkcode RatioFinding}: the geometric mean of a positive ratio over seeds (how much of
 * the last layer's gradient reaches the first), with its bootstrap interval. Such ratios
 * span a dozen decades, so they are averaged as logarithms: the finding is a `Finding` on
 * log₁₀ of the ratio, read back as powers of ten wherever it is quoted.
 *
 * @module
 */

import { deriveSeed, Rng } from "../../core/random.ts";
import type { Finding, FindingProfile } from "../../stats/finding.ts";
import { meanFinding } from "../../stats/row_findings.ts";
import { powerOfTen } from "../01_relu/powers_of_ten.ts";

/** A geometric mean over seeds with its interval, quoted as powers of ten. */
export class RatioFinding {
  /** The mean of log₁₀ of the ratio over seeds, with its bootstrap interval. */
  readonly log: Finding;
  /** Runs without a ratio (the last layer got no gradient). */
  readonly missing: number;

  /**
   * Wraps a finding on log₁₀ of a ratio.
   *
   * @param log The mean of the logarithms, with its interval.
   * @param missing Runs left out for want of a ratio.
   */
  constructor(log: Finding, missing = 0) {
    this.log = log;
    this.missing = missing;
    Object.freeze(this);
  }

  /** The geometric mean. */
  get value(): number {
    return 10 ** this.log.value;
  }

  /** The interval's lower end, or `null`. */
  get low(): number | null {
    return this.log.low === null ? null : 10 ** this.log.low;
  }

  /** The interval's upper end, or `null`. */
  get high(): number | null {
    return this.log.high === null ? null : 10 ** this.log.high;
  }

  /** Seeds it rests on. */
  get n(): number {
    return this.log.n;
  }

  /** The value alone, e.g. `0.61`, or `8.4 × 10⁻⁴` (see {@linkcode RatioFinding.withInterval}). */
  get short(): string {
    return this.#format(this.value);
  }

  /**
   * The value with its interval, for table cells: plain, `0.61 (0.48 to 0.75)`, when the
   * value and both ends lie in [0.1, 10), else as powers of ten,
   * `8.4 × 10⁻⁴ (6.8 × 10⁻⁴ to 1.0 × 10⁻³)`.
   */
  get withInterval(): string {
    if (this.low === null || this.high === null) return this.short;
    return `${this.short} (${this.#format(this.low)} to ${this.#format(this.high)})`;
  }

  /** The full quotation, e.g. `0.61 (95% CI 0.48 to 0.75; 30 seeds, full profile)`. */
  toString(): string {
    const { n, of, profile } = this.log;
    const source = `${n.toLocaleString("en")} ${of}, ${profile} profile`;
    if (this.low === null || this.high === null) return `${this.short} (${source})`;
    const level = `${Math.round(100 * this.log.level)}% CI`;
    return `${this.short} (${level} ${this.#format(this.low)} to ${
      this.#format(this.high)
    }; ${source})`;
  }

  /** One format for the value and its ends: plain if all lie in [0.1, 10), else powers of ten. */
  #format(v: number): string {
    const all = [this.value, this.low, this.high].filter((x): x is number => x !== null);
    return all.every((x) => x >= 0.1 && x < 10) ? v.toPrecision(2) : powerOfTen(v);
  }
}

/**
 * The geometric mean of `metric` over `rows` (positive values; `null` ones left out and
 * counted), with a percentile bootstrap interval of the mean of log₁₀ over runs, drawn from
 * a generator seeded by `label`, so that no finding depends on which others were computed
 * before it.
 *
 * @param rows Result rows of one condition.
 * @param metric A positive ratio, e.g. `"deltaRatio"`.
 * @param profile The profile the rows come from.
 * @param label What it measures, e.g. `["deltaRatio", "20", "he", "relu"]`: seeds the resamples.
 * @returns The finding.
 * @throws {RangeError} If no row has a value, or a value is not positive.
 *
 * @example Ratios of 10⁻² and 10⁻⁴ have a geometric mean of 10⁻³
 * ```ts
 * import { geometricMeanFinding } from "./ratio_finding.ts";
 * import { expect } from "chai";
 *
 * const rows = [{ ratio: 1e-2 }, { ratio: 1e-4 }, { ratio: null }];
 * const found = geometricMeanFinding(rows, "ratio", "quick", ["example"]);
 * expect(found.value).to.be.closeTo(1e-3, 1e-15);
 * expect([found.short, found.n, found.missing]).to.deep.equal(["1.0 × 10⁻³", 2, 1]);
 * ```
 */
export function geometricMeanFinding(
  rows: readonly Readonly<Record<string, unknown>>[],
  metric: string,
  profile: FindingProfile,
  label: readonly string[],
): RatioFinding {
  const logs = rows.map((row, i) => {
    const value = row[metric];
    if (value === null || value === undefined) return { log: null };
    if (typeof value !== "number" || !(value > 0)) {
      throw new RangeError(
        `Expected rows[${i}].${metric} to be a positive ratio or null, received ${value}`,
      );
    }
    return { log: Math.log10(value) };
  });
  const rng = new Rng(deriveSeed("gradients", ...label));
  const { mean, missing } = meanFinding(logs, "log", { rng, profile, unit: "number", digits: 3 });
  return new RatioFinding(mean, missing);
}

/**
 * {@linkcode Finding}: one number a chapter states, with its interval, how many seeds (or
 * networks, pairs) it rests on and which profile produced it, formatted the same way
 * wherever it is quoted: in prose, in a table, on the site and in README. A chapter computes
 * each finding once; everything that shows it shows that value, so the same statistic
 * cannot appear with two intervals.
 *
 * @module
 */

import { describe, requireFinite, requireInteger, requireOneOf } from "../core/_validate.ts";
import { formatEstimate } from "./format_estimate.ts";

/**
 * How a finding's value reads.
 *
 * @example
 * ```ts
 * import { Finding } from "relu-lab/lab";
 * import type { FindingUnit } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const unit: FindingUnit = "points";
 * expect(new Finding({ value: 0.021, n: 5, profile: "full", unit }).short).to.equal("+2.1 points");
 * ```
 */
export type FindingUnit =
  /** A share, as `72.3%`. */
  | "percent"
  /** A difference of shares, in percentage points, as `+1.2 points`. */
  | "points"
  /** A plain number, as `2.47`. */
  | "number";

/**
 * Which profile of a sweep a finding comes from: the committed full one or a live quick one.
 *
 * @example
 * ```ts
 * import { Finding } from "relu-lab/lab";
 * import type { FindingProfile } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const profile: FindingProfile = "quick";
 * expect(new Finding({ value: 0.5, n: 3, profile }).profile).to.equal("quick");
 * ```
 */
export type FindingProfile = "full" | "quick";

/**
 * What {@linkcode Finding} is made from.
 *
 * @example
 * ```ts
 * import { Finding } from "relu-lab/lab";
 * import type { FindingInit } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const init: FindingInit = { value: 0.97, interval: [0.95, 0.98], n: 20, profile: "full", unit: "percent", digits: 1 };
 * expect(new Finding(init).short).to.equal("97.0%");
 * ```
 */
export interface FindingInit {
  /** The estimate: a mean, a rate, a difference, a threshold. */
  readonly value: number;
  /**
   * Its interval `[low, high]`, if it has one.
   * @default undefined
   */
  readonly interval?: readonly [number, number];
  /**
   * How the interval was made, e.g. `"bootstrap"`, `"paired bootstrap"`, `"Wilson"`.
   * @default "bootstrap"
   */
  readonly method?: string;
  /**
   * Confidence level of the interval.
   * @default 0.95
   */
  readonly level?: number;
  /** How many independent observations it rests on (seeds, networks, pairs). */
  readonly n: number;
  /**
   * What `n` counts, plural.
   * @default "seeds"
   */
  readonly of?: string;
  /** The profile of the sweep it comes from. */
  readonly profile: FindingProfile;
  /**
   * How it reads.
   * @default "percent"
   */
  readonly unit?: FindingUnit;
  /**
   * Digits after the decimal point.
   * @default 1
   */
  readonly digits?: number;
}

/**
 * A stated number with its uncertainty and provenance.
 *
 * @example A share over seeds, quoted in prose and in a table cell
 * ```ts
 * import { Finding } from "relu-lab/lab";
 * import { expect } from "chai";
 *
 * const dead = new Finding({ value: 0.54, interval: [0.41, 0.66], n: 10, profile: "full" });
 * expect(`${dead}`).to.equal("54.0% (95% CI 41.0% to 66.0%; 10 seeds, full profile)");
 * expect(dead.short).to.equal("54.0%");
 * expect(dead.withInterval).to.equal("54.0% (41.0% to 66.0%)");
 * ```
 */
export class Finding {
  /** The estimate. */
  readonly value: number;
  /** Lower end of the interval, or `null` without one. */
  readonly low: number | null;
  /** Upper end of the interval, or `null` without one. */
  readonly high: number | null;
  /** How the interval was made. */
  readonly method: string;
  /** Confidence level of the interval. */
  readonly level: number;
  /** Independent observations behind it. */
  readonly n: number;
  /** What `n` counts. */
  readonly of: string;
  /** The sweep profile it comes from. */
  readonly profile: FindingProfile;
  /** How it reads. */
  readonly unit: FindingUnit;
  /** Digits after the decimal point. */
  readonly digits: number;

  /**
   * Checks and keeps a finding.
   *
   * @param init The value, its interval, n, profile and format.
   * @throws {RangeError | TypeError} On a non-finite value or bound, an interval that does
   * not contain the value, or a bad n, level, unit or profile; the message names the field.
   *
   * @example An interval must contain its value
   * ```ts
   * import { Finding } from "relu-lab/lab";
   * import { expect } from "chai";
   *
   * const ok = new Finding({ value: 0.5, interval: [0.4, 0.6], n: 10, profile: "full" });
   * expect(ok.value).to.equal(0.5);
   * expect(() => new Finding({ value: 0.7, interval: [0.4, 0.6], n: 10, profile: "full" }))
   *   .to.throw(RangeError);
   * ```
   */
  constructor(init: FindingInit) {
    requireFinite("value", init.value);
    this.value = init.value;
    if (init.interval === undefined) {
      this.low = this.high = null;
    } else {
      const [low, high] = init.interval;
      requireFinite("interval[0]", low);
      requireFinite("interval[1]", high);
      if (!(low <= init.value && init.value <= high)) {
        throw new RangeError(
          `Expected interval to contain value ${init.value}, received ${describe(init.interval)}`,
        );
      }
      this.low = low;
      this.high = high;
    }
    this.method = init.method ?? "bootstrap";
    this.level = init.level ?? 0.95;
    if (!(this.level > 0 && this.level < 1)) {
      throw new RangeError(`Expected level to be in (0, 1), received ${describe(this.level)}`);
    }
    requireInteger("n", init.n, 1);
    this.n = init.n;
    this.of = init.of ?? "seeds";
    requireOneOf("profile", init.profile, ["full", "quick"]);
    this.profile = init.profile;
    const unit = init.unit ?? "percent";
    requireOneOf("unit", unit, ["percent", "points", "number"]);
    this.unit = unit;
    const digits = init.digits ?? 1;
    requireInteger("digits", digits, 0);
    if (digits > 20) throw new RangeError(`Expected digits to be at most 20, received ${digits}`);
    this.digits = digits;
    Object.freeze(this);
  }

  /**
   * A finding from a summary row (`summarize`) or any `{ mean, low, high, n }`: the mean with
   * its interval (if both ends exist).
   *
   * @param row The summary, with a non-null `mean`.
   * @param options Profile, unit, digits and what n counts.
   * @returns The finding.
   * @throws {RangeError} If the row has no mean (every run missing).
   *
   * @example
   * ```ts
   * import { Finding } from "relu-lab/lab";
   * import { expect } from "chai";
   *
   * const row = { mean: 0.723, low: 0.638, high: 0.804, n: 20 };
   * expect(Finding.of(row, { profile: "full" }).withInterval).to.equal("72.3% (63.8% to 80.4%)");
   * ```
   */
  static of(
    row: {
      readonly mean: number | null;
      readonly low: number | null;
      readonly high: number | null;
      readonly n: number;
    },
    options: Omit<FindingInit, "value" | "interval" | "n">,
  ): Finding {
    if (row.mean === null) {
      throw new RangeError(`Expected a summary with a mean, received ${describe(row)}`);
    }
    const interval = row.low === null || row.high === null
      ? undefined
      : [row.low, row.high] as const;
    return new Finding({ ...options, value: row.mean, n: row.n, ...(interval && { interval }) });
  }

  /** The value alone, e.g. `54.0%`, or `+8.2 points` for a difference. */
  get short(): string {
    return this.#format(this.value) + (this.unit === "points" ? " points" : "");
  }

  /** The value with its interval, e.g. `54.0% (41.0% to 66.0%)`; for table cells. */
  get withInterval(): string {
    return formatEstimate(this.estimate, { unit: this.unit, digits: this.digits });
  }

  /**
   * The full quotation: value, interval with its level, n and profile, e.g.
   * `54.0% (95% CI 41.0% to 66.0%; 10 seeds, full profile)`.
   */
  toString(): string {
    const source = `${this.n.toLocaleString("en")} ${this.of}, ${this.profile} profile`;
    if (this.low === null || this.high === null) return `${this.short} (${source})`;
    const level = `${Math.round(100 * this.level)}%`;
    const method = this.method === "bootstrap" ? "CI" : `${this.method} CI`;
    const [low, high] = [this.low, this.high].map((v) => this.#format(v));
    return `${this.short} (${level} ${method} ${low} to ${high}; ${source})`;
  }

  /** The value and interval as `{ mean, low, high }`, as summary rows and plots take them. */
  get estimate(): { mean: number; low: number | null; high: number | null } {
    return { mean: this.value, low: this.low, high: this.high };
  }

  /** Whether the interval excludes `reference` (0 by default): a clear difference. */
  excludes(reference = 0): boolean {
    return this.low !== null && this.high !== null &&
      (this.high < reference || this.low > reference);
  }

  #format(value: number): string {
    return formatEstimate(
      { mean: value, low: null, high: null },
      { unit: this.unit, digits: this.digits },
    );
  }
}

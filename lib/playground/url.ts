/**
 * The playground's state in a URL: {@linkcode configToQuery} writes the settings that differ
 * from the defaults as `key=value` pairs, {@linkcode configFromQuery} reads them back. A link
 * therefore reproduces a run: same settings, same seed, same pushes at the same steps.
 * Unknown, malformed or out-of-range parameters fall back or are clamped, each with a note.
 *
 * Forms: numbers and names as written (`learningRate=3`, `activation=leaky_relu`), booleans
 * as `1`/`0`, widths as `hidden=8,8`, the comparison as `compare=activation:leaky_relu` (or
 * `compare=none`), each push as `push=layer.unit.target:value@step` (target `bias`,
 * `weights` or an input's index; several `push` parameters apply in order).
 *
 * @module
 */

import {
  type Comparison,
  type ConfigNote,
  DEFAULT_CONFIG,
  normalizeConfig,
  type PlaygroundConfig,
  type Push,
  SETTINGS,
} from "./config.ts";

function _format(value: unknown): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

/** Parses one value by its setting's kind; returns the text itself when it does not parse. */
function _parse(key: keyof typeof SETTINGS, text: string): unknown {
  const kind = SETTINGS[key].kind;
  if (kind === "number" || kind === "integer") {
    const number = text.trim() === "" ? NaN : Number(text);
    return Number.isNaN(number) ? text : number;
  }
  if (kind === "boolean") {
    return text === "1" || text === "true" ? true : text === "0" || text === "false" ? false : text;
  }
  if (kind === "widths") {
    const widths = text.split(",").map((w) => (w.trim() === "" ? NaN : Number(w)));
    return widths.some(Number.isNaN) ? text : widths;
  }
  return text;
}

function _formatPush(push: Push): string {
  return `${push.layer}.${push.unit}.${push.target}:${push.value}@${push.step}`;
}

function _parsePush(text: string): Partial<Push> | string {
  const match = /^(\d+)\.(\d+)\.(bias|weights|\d+):([^@]+)@(\d+)$/.exec(text);
  if (!match) return text;
  const target = match[3] === "bias" || match[3] === "weights" ? match[3] : Number(match[3]);
  return {
    layer: Number(match[1]),
    unit: Number(match[2]),
    target,
    value: Number(match[4]),
    step: Number(match[5]),
  };
}

/**
 * Writes a configuration as URL query text: only the settings that differ from the defaults.
 *
 * @param config A normalized configuration.
 * @returns Text such as `learningRate=3&compare=activation:leaky_relu` (empty for the defaults).
 *
 * @example
 * ```ts
 * import { configToQuery, DEFAULT_CONFIG } from "./mod.ts";
 * import { expect } from "chai";
 *
 * expect(configToQuery({ ...DEFAULT_CONFIG, learningRate: 3, hidden: [4, 4, 4] }))
 *   .to.equal("hidden=4,4,4&learningRate=3");
 * ```
 */
export function configToQuery(config: Readonly<PlaygroundConfig>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(SETTINGS) as (keyof typeof SETTINGS)[]) {
    const text = _format(config[key]);
    if (text !== _format(DEFAULT_CONFIG[key])) params.append(key, text);
  }
  const compare = config.compare === null
    ? "none"
    : `${config.compare.setting}:${_format(config.compare.value)}`;
  const defaultCompare = `${DEFAULT_CONFIG.compare!.setting}:${
    _format(DEFAULT_CONFIG.compare!.value)
  }`;
  if (compare !== defaultCompare) params.append("compare", compare);
  for (const push of config.pushes) params.append("push", _formatPush(push));
  return params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":").replaceAll("%40", "@");
}

/**
 * Reads a configuration from URL query (or hash) text, as {@linkcode configToQuery} writes it.
 * Parameters it does not know, values it cannot read and values out of range fall back to
 * the defaults or are clamped; each gets a note that names the parameter.
 *
 * @param query Text after `?` or `#` (a leading `?` or `#` is skipped).
 * @returns The configuration and the notes.
 *
 * @example A malformed value keeps its default, with a note naming it
 * ```ts
 * import { configFromQuery } from "./mod.ts";
 * import { expect } from "chai";
 *
 * const { config, notes } = configFromQuery("?learningRate=fast&hidden=4,4");
 * expect(config.learningRate).to.equal(0.03);
 * expect(config.hidden).to.deep.equal([4, 4]);
 * expect(notes[0]!.parameter).to.equal("learningRate");
 * ```
 */
export function configFromQuery(query: string): { config: PlaygroundConfig; notes: ConfigNote[] } {
  const params = new URLSearchParams(query.replace(/^[?#]/, ""));
  const partial: Record<string, unknown> = {};
  const notes: ConfigNote[] = [];
  const pushes: unknown[] = [];
  for (const [key, text] of params) {
    if (key === "push") pushes.push(_parsePush(text));
    else if (key === "compare") partial.compare = _parseCompare(text);
    else if (key in SETTINGS) partial[key] = _parse(key as keyof typeof SETTINGS, text);
    else {
      notes.push({
        parameter: key,
        message: `Unknown parameter ${JSON.stringify(key)} in the URL: ignored`,
      });
    }
  }
  if (pushes.length > 0) partial.pushes = pushes;
  const normalized = normalizeConfig(partial);
  return { config: normalized.config, notes: [...notes, ...normalized.notes] };
}

function _parseCompare(text: string): Comparison | null | string {
  if (text === "none") return null;
  const at = text.indexOf(":");
  if (at < 0) return text;
  const setting = text.slice(0, at) as keyof typeof SETTINGS;
  if (!(setting in SETTINGS)) {
    return { setting, value: text.slice(at + 1) } as unknown as Comparison;
  }
  return { setting, value: _parse(setting, text.slice(at + 1)) } as Comparison;
}

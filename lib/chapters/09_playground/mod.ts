/**
 * Chapter 9, the live playground: its starting states, their links, the notebook cells that
 * open it, the findings of its states run in Deno, and the browser build and page it ships.
 *
 * @module
 */

export * from "./states.ts";
export * from "./findings.ts";
export * from "./show.ts";
export * from "./chapter.ts";
export { buildPlayground, type PlaygroundBuild } from "../../playground/build.ts";
export { playgroundPage } from "../../playground/page.ts";
export {
  type ConfigNote,
  DEFAULT_CONFIG,
  type NetworkSettings,
  type PlaygroundConfig,
  type Push,
} from "../../playground/config.ts";
export { type NetworkState, Session } from "../../playground/session.ts";

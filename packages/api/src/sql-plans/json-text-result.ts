// A planned answer as the database wrote it. Parsing the plan's JSON only to have yoga
// stringify it again was about an eighth of the server's CPU on issue 7's Q1 (node-postgres'
// parseRow and yoga's stringify over 75 KB, and the garbage between): the text goes out as it
// came, inside `{"data":…}`.
import type { ExecutionResult } from "graphql";

/**
 * `data` is an own enumerable property, parsed on first read, so a plugin that reads, spreads
 * or stores the result sees a plain ExecutionResult. `stringify` is what yoga's JSON processor
 * calls to make the body: it hands over the text only when given this very result (yoga passes
 * it unchanged when there are no errors), and stringifies anything a plugin derived from it.
 */
export function jsonTextResult(text: string | null): ExecutionResult {
  let data: ExecutionResult["data"] | undefined;
  const result = {} as ExecutionResult & { stringify(value: unknown): string };
  Object.defineProperty(result, "data", {
    enumerable: true,
    configurable: true,
    get: () => (data ??= text === null ? null : (JSON.parse(text) as ExecutionResult["data"])),
    set: (value: ExecutionResult["data"]) => {
      data = value;
      text = JSON.stringify(value) ?? null;
    },
  });
  result.stringify = (value) => (value === result && text !== null ? `{"data":${text}}` : JSON.stringify(value));
  return result;
}

// What every answer must be, whatever was asked: no 5xx, a JSON body, no leak. Also counted, as
// findings rather than failures: errors without a code, and masked errors ("Unexpected error."
// leaks nothing, but means a resolver broke on an input it should have refused).
import { findLeaks, type Leak } from "./leaks.ts";
import type { HttpResponse } from "./request.ts";

export interface Verdict {
  serverError: boolean;
  notJson: boolean;
  leaks: Leak[];
  masked: number;
  uncoded: string[];
  codes: string[];
  ok: boolean;
}

export function judge(response: HttpResponse, requestText: string): Verdict {
  const errors: { message?: string; extensions?: { code?: unknown } }[] = Array.isArray(response.json?.errors) ? response.json.errors : [];
  const serverError = response.status >= 500;
  const notJson = typeof response.json !== "object" || response.json === null;
  const leaks = findLeaks(response.text, requestText);
  const masked = errors.filter((e) => e.message === "Unexpected error.").length;
  const uncoded = errors.filter((e) => typeof e.extensions?.code !== "string").map((e) => String(e.message).slice(0, 160));
  const codes = errors.map((e) => String(e.extensions?.code));
  return { serverError, notJson, leaks, masked, uncoded, codes, ok: !serverError && !notJson && leaks.length === 0 };
}
